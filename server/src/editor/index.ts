// The guide editor (issue #8 item 3): drafts in both languages, validation with the rules of `kb validate`,
// a second editor's review, versions with roll-back, previews, export to knowledge/content, and publishing
// that swaps every node's knowledge base in place (bus topic 'kb.published'). See README.md.
import cookieParser from 'cookie-parser';
import express, { Router } from 'express';
import type { Cluster } from '../cluster/index.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { SessionCookie } from '../staff/cookie.ts';
import { loadStaffSession } from '../staff/middleware.ts';
import type { LiveKnowledgeBase } from './live-kb.ts';
import { createPublisher, type Publisher } from './publisher.ts';
import { editorRouter } from './routes.ts';
import { createWorkflow } from './workflow.ts';

export { liveKnowledgeBase, isLive, type LiveKnowledgeBase } from './live-kb.ts';
export { applyPublishedGuides } from './publisher.ts';
export { exportGuides, writeExport } from './export.ts';

/** Two guide files with JSON overhead stay far below this (the API's general body limit is smaller). */
const BODY_LIMIT = '300kb';

export interface EditorDeps {
  db: Db;
  kb: LiveKnowledgeBase;
  cluster: Cluster;
  logger: Logger;
  cookie: SessionCookie;
  sessionSecret: string;
  allowedOrigins: readonly string[];
  publicOrigin: string;
}

export interface Editor {
  /** Mount at /api/editor, before the general /api router (it has its own, larger body limit). */
  router: Router;
  publisher: Publisher;
  /** Resolves when revisions published while this node started are applied too. */
  ready: Promise<number>;
}

export function createEditor(deps: EditorDeps): Editor {
  const publisher = createPublisher(deps);
  const workflow = createWorkflow({ db: deps.db, kb: deps.kb, publisher });
  const router = Router();
  router.use(
    express.json({ limit: BODY_LIMIT }),
    cookieParser(deps.sessionSecret),
    loadStaffSession(deps.db, deps.cookie),
    editorRouter({ ...deps, workflow }),
  );
  const ready = publisher.sync().catch((error: unknown) => {
    deps.logger.warn({ error: String(error) }, 'could not apply published guides');
    return 0;
  });
  return { router, publisher, ready };
}
