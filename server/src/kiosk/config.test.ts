import { describe, expect, it } from 'vitest';
import { envSchema } from '../config/schema.ts';

describe('KIOSK_ORIGINS', () => {
  it('allows the kiosk app origin by default, a list, or none, and nothing that is not an app:// origin', () => {
    expect(envSchema.parse({}).KIOSK_ORIGINS).toEqual(['app://kiosk']);
    expect(envSchema.parse({ KIOSK_ORIGINS: 'app://kiosk, app://lobby-2' }).KIOSK_ORIGINS).toEqual([
      'app://kiosk',
      'app://lobby-2',
    ]);
    expect(envSchema.parse({ KIOSK_ORIGINS: '' }).KIOSK_ORIGINS).toEqual([]);
    for (const bad of ['https://evil.example', 'app://kiosk/path', 'null', '*'])
      expect(envSchema.safeParse({ KIOSK_ORIGINS: bad }).success, bad).toBe(false);
  });
});
