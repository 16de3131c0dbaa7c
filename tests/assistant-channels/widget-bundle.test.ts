// The chat widget is loaded on every directory page and embedded on other municipal sites: it must stay small.
// It imports single contract modules (never the `@hub/contract` index, which brings all of zod: 121.7 KiB
// gzipped instead of ~25 KiB on 2026-11-28). This keeps that from coming back unnoticed.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtAppsDir } from '../helpdesk/support/apps.ts';

describe('the built chat widget', () => {
  const code = fs.readFileSync(path.join(builtAppsDir(), 'widget', 'widget.js'));

  it('does not bundle zod (the contract package index)', () => {
    const text = code.toString('utf8');
    // zod's error class and its core type registry appear in any bundle that contains zod.
    expect(text).not.toMatch(/ZodError|\$ZodType/);
    // …and would be found if it were there: the console's bundle imports the index.
    const console = fs.readFileSync(path.join(builtAppsDir(), 'helpdesk', 'helpdesk.js'), 'utf8');
    expect(console).toMatch(/ZodError|\$ZodType/);
  });

  it('stays under 40 KiB gzipped', () => {
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(40 * 1024);
  });
});
