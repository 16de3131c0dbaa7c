const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Input with every lone UTF-16 surrogate replaced by U+FFFD. JSON may carry them ("\ud800"); the database
 * driver refuses such strings, so a message with one failed with an internal error instead of being stored.
 * Applied to every parsed socket payload and HTTP input before validation.
 */
export function wellFormed<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\ufffd') as T;
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: unknown) => wellFormed(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[wellFormed(k)] = wellFormed(v, depth + 1);
  return out as T;
}
