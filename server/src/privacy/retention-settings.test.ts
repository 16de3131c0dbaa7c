import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.ts';
import { DEFAULT_RETENTION } from './retention-settings.ts';

const base = { SESSION_SECRET: 's'.repeat(40), ANON_TOKEN_SECRET: 'a'.repeat(40), DATA_DIR: '/nonexistent' };

describe('RETENTION_* configuration', () => {
  it('defaults: conversations 90 days, identity 30, analytics detail 30, analytics 395, audit 365, hourly', () => {
    expect(loadConfig(base).retention).toEqual(DEFAULT_RETENTION);
    expect(DEFAULT_RETENTION).toEqual({
      policy: {
        conversationDays: 90,
        identityDays: 30,
        analyticsDetailDays: 30,
        analyticsDays: 395,
        auditDays: 365,
      },
      intervalMinutes: 60,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      ...base,
      RETENTION_CONVERSATION_DAYS: '60',
      RETENTION_IDENTITY_DAYS: '7',
      RETENTION_ANALYTICS_DETAIL_DAYS: '14',
      RETENTION_ANALYTICS_DAYS: '365',
      RETENTION_AUDIT_DAYS: '730',
      RETENTION_INTERVAL_MINUTES: '15',
    });
    expect(config.retention).toEqual({
      policy: {
        conversationDays: 60,
        identityDays: 7,
        analyticsDetailDays: 14,
        analyticsDays: 365,
        auditDays: 730,
      },
      intervalMinutes: 15,
    });
  });

  it('names the variable of every problem', () => {
    expect(() => loadConfig({ ...base, RETENTION_AUDIT_DAYS: '0', RETENTION_INTERVAL_MINUTES: 'x' })).toThrow(
      /RETENTION_AUDIT_DAYS[\s\S]*RETENTION_INTERVAL_MINUTES|RETENTION_INTERVAL_MINUTES[\s\S]*RETENTION_AUDIT_DAYS/,
    );
    expect(() =>
      loadConfig({ ...base, RETENTION_CONVERSATION_DAYS: '10', RETENTION_IDENTITY_DAYS: '20' }),
    ).toThrow(/RETENTION_IDENTITY_DAYS: must not exceed/);
  });
});
