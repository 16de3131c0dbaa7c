/** Prints one of the suite's figures (inputs tried, requests made) into the test output. */
export function figure(text: string): void {
  process.stdout.write(`[security] ${text}\n`);
}
