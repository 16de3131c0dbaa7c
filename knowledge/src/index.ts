export * from './types.ts';
export * from './schema/guide.ts';
export * from './schema/reference.ts';
export { loadKnowledgeBase, createKnowledgeBase, type LoadOptions } from './load/load-knowledge.ts';
export { parseGuideSource } from './load/read-guides.ts';
export { formatProblem, type Problem } from './validate/problem.ts';
export { tokenize, analyzeBg } from './search/bg/analyze.ts';
