import { describe, expect, it } from 'vitest';
import { builderConfig, FUSES } from './builder-config.ts';

describe('packaging', () => {
  const config = builderConfig({ appDir: '/stage', outputDir: '/out', electronVersion: '41.7.1' });

  it('flips the fuses Electron Fiddle flips', () => {
    expect(config.electronFuses).toEqual(FUSES);
    expect(FUSES).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('builds an asar-packed AppImage and .deb from the staged app', () => {
    expect(config.asar).toBe(true);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.directories).toEqual({ app: '/stage', output: '/out' });
  });
});
