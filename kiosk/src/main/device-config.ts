import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
/** A bare host name (optionally "*.example.org" for its subdomains): no scheme, path or port. */
const hostPattern = z
  .string()
  .regex(
    /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/,
    'must be a host name like egov.bg',
  );

/** The device configuration an administrator provisions as a JSON file on each kiosk. */
export const deviceConfigSchema = z
  .object({
    deviceId: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, dot, dash and underscore only'),
    serverUrl: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
      .transform((u) => new URL(u).origin),
    district: slug,
    location: z.string().trim().max(120).default(''),
    lang: z.enum(['bg', 'en']).default('bg'),
    idleTimeoutSeconds: z.number().int().min(30).max(3600).default(120),
    idleWarningSeconds: z.number().int().min(5).max(120).default(20),
    dailyRestartHour: z.number().int().min(0).max(23).default(4),
    eServiceHosts: z.array(hostPattern).max(50).default([]),
    heartbeatSeconds: z.number().int().min(10).max(3600).default(60),
    /** Secret the server issued to this device; sent with heartbeats, never shown to the screens. */
    deviceToken: z.string().min(16).max(200).optional(),
  })
  .strict()
  .refine((c) => c.idleWarningSeconds < c.idleTimeoutSeconds, {
    message: 'must be shorter than idleTimeoutSeconds',
    path: ['idleWarningSeconds'],
  });

export type DeviceConfig = z.infer<typeof deviceConfigSchema>;

export type ConfigResult = { ok: true; config: DeviceConfig } | { ok: false; problems: string[] };

/** Parses the provisioned file's text; every problem is reported as `field: message`. */
export function parseDeviceConfig(text: string): ConfigResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return {
      ok: false,
      problems: [`(file): not valid JSON: ${err instanceof Error ? err.message : String(err)}`],
    };
  }
  const parsed = deviceConfigSchema.safeParse(json);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
  };
}

export function loadDeviceConfig(path: string, readFile: (path: string) => string): ConfigResult {
  let text: string;
  try {
    text = readFile(path);
  } catch (err) {
    return {
      ok: false,
      problems: [`${path}: cannot read: ${err instanceof Error ? err.message : String(err)}`],
    };
  }
  return parseDeviceConfig(text);
}
