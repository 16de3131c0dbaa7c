/**
 * The page a login returns to learns the outcome from its fragment (`#eauth=ok` or `#eauth=<error code>`):
 * fragments never reach a server or a log, and the page removes it at once.
 */
export function withOutcome(returnPath: string, outcome: string): string {
  const hash = returnPath.indexOf('#');
  return `${hash === -1 ? returnPath : returnPath.slice(0, hash)}#eauth=${encodeURIComponent(outcome)}`;
}
