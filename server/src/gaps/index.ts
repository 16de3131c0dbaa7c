export { gapGroups, groupKeyOf, keysOf, belongsTo } from './groups.ts';
export { gapQuestions, type SourcedQuestion } from './questions.ts';
export { answerRate, createTask, listTasks, markGuideChanged, setTaskStatus } from './tasks.ts';
export { subscribeGapTasks } from './subscribe.ts';
export { computeGaps } from './compute.ts';
