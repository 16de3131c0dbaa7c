/**
 * The screens' own part of a reset (main also wipes the whole session and reloads): nothing of the last visitor
 * may survive in web storage, even for the moment before the reload.
 */
export function wipeRendererStorage(): void {
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // storage unavailable: nothing to wipe
  }
  for (const input of document.querySelectorAll('input, textarea')) (input as HTMLInputElement).value = '';
}
