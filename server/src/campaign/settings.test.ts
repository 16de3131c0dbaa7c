import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/load.ts';
import { campaignResources } from './i18n.ts';

const secrets = { SESSION_SECRET: 's'.repeat(40), ANON_TOKEN_SECRET: 'a'.repeat(40) };
const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'hub-autogen-'));

describe('MEDIA_AUTOGEN', () => {
  it('is on by default (npm start makes the first videos) and off with off/false/0', () => {
    expect(loadConfig({ ...secrets, DATA_DIR: dataDir() }).mediaAutogen).toBe(true);
    for (const value of ['off', 'false', '0'])
      expect(loadConfig({ ...secrets, DATA_DIR: dataDir(), MEDIA_AUTOGEN: value }).mediaAutogen).toBe(false);
    expect(() => loadConfig({ ...secrets, DATA_DIR: dataDir(), MEDIA_AUTOGEN: 'sometimes' })).toThrow(
      ConfigError,
    );
  });
});

describe('campaign texts', () => {
  it('has every Bulgarian key in English and no more', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'string' ? [`${p}${k}`] : keys(v as object, `${p}${k}.`),
      );
    expect(keys(campaignResources.en).sort()).toEqual(keys(campaignResources.bg).sort());
  });
});
