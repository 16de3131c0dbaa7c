export const DialogIds = {
  main: 'main',
  router: 'router',
  service: 'service',
  followUp: 'followUp',
  district: 'district',
  smallTalk: 'smallTalk',
  categories: 'categories',
  account: 'account',
  feedback: 'feedback',
  handoff: 'handoff',
  callback: 'callback',
} as const;
