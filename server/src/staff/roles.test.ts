import { describe, expect, it } from 'vitest';
import { roleAllows } from './roles.ts';

describe('roleAllows', () => {
  it.each([
    ['agent', 'agent', true],
    ['agent', 'supervisor', false],
    ['supervisor', 'agent', true],
    ['supervisor', 'editor', false],
    ['editor', 'agent', false],
    ['editor', 'editor', true],
    ['admin', 'supervisor', true],
    ['admin', 'editor', true],
    ['nobody', 'agent', false],
  ] as const)('%s may act as %s: %s', (actual, required, allowed) => {
    expect(roleAllows(actual, required)).toBe(allowed);
  });
});
