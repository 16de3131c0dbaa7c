export { helpdeskRouter } from './routes.ts';
export { helpdeskRuntime, DEFAULT_MAX_CONVERSATIONS } from './runtime.ts';
