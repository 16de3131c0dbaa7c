/**
 * Buttons that post a value back (feedback thumbs, …) travel through Viber as the text of a silent reply:
 * `hub:` + JSON. Anything else is what the citizen typed or a quick reply's own text.
 */
const PREFIX = 'hub:';

export function encodeActionBody(value: unknown): string {
  return typeof value === 'string' ? value : `${PREFIX}${JSON.stringify(value)}`;
}

export function decodeActionBody(text: string): { text: string; value?: Record<string, unknown> } {
  if (!text.startsWith(PREFIX)) return { text };
  try {
    const value: unknown = JSON.parse(text.slice(PREFIX.length));
    if (value && typeof value === 'object' && !Array.isArray(value))
      return { text: '', value: value as Record<string, unknown> };
  } catch {
    // Not ours after all: treat as text.
  }
  return { text };
}
