export * from './common.ts';
export * from './errors.ts';
export * from './directory.ts';
export * from './analytics.ts';
export * from './staff.ts';
export * from './realtime.ts';
export * from './masking/index.ts';
export * from './helpdesk.ts';
