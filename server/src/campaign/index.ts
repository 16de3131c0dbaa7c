import path from 'node:path';
import type { AnalyticsEventInput } from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import express from 'express';
import type { Cluster } from '../cluster/index.ts';
import type { Db } from '../db/client.ts';
import type { DirectoryMedia } from '../directory/index.ts';
import type { Logger } from '../logger.ts';
import { campaignOgGenerator, campaignVideoGenerator } from './autogen/campaign-generator.ts';
import {
  MEDIA_UPDATED_TOPIC,
  startMediaAutogen,
  type AutogenJob,
  type VideoGenerator,
} from './autogen/job.ts';
import { missingVideoTools } from './autogen/tools.ts';
import { linksApi } from './links/links-api.ts';
import { shortLinkRouter } from './links/redirect-route.ts';
import { linkRegistry, type LinkRegistry } from './links/registry.ts';
import { visitCampaign } from './links/visit-campaign.ts';
import { directoryMedia } from './media/directory-media.ts';
import type { MediaLibrary } from './media/library.ts';
import { mediaRouter } from './media/media-route.ts';
import { ogCards, type OgGenerator } from './og/og-cards.ts';
import { campaignPosterMaker, posterApi, type PosterMaker } from './poster/poster-api.ts';

export { withVisitCampaign } from './links/visit-campaign.ts';
export { MEDIA_UPDATED_TOPIC } from './autogen/job.ts';
export type { VideoGenerator } from './autogen/job.ts';

export interface CampaignDeps {
  db: Db;
  /** The knowledge base with videos (withMediaVideos over `library`), as every surface reads it. */
  kb: KnowledgeBase;
  library: MediaLibrary;
  logger: Logger;
  cluster: Pick<Cluster, 'jobs' | 'bus'>;
  record(event: AnalyticsEventInput): Promise<void>;
  topServices(limit: number): Promise<string[]>;
  dataDir: string;
  publicOrigin: string;
  allowedOrigins: readonly string[];
  secureCookie: boolean;
  /** Replace the campaign kit (Chromium, ffmpeg, espeak-ng) in tests. */
  makers?: {
    poster?: PosterMaker;
    og?: OgGenerator | null;
    video?: VideoGenerator;
    missingTools?: () => Promise<string[]>;
  };
}

export interface CampaignModule {
  library: MediaLibrary;
  links: LinkRegistry;
  /** For the directory: the player's URLs and social cards. */
  directoryMedia: DirectoryMedia;
  /** Runs every later request in its visit's campaign scope; mount first. */
  visitScope: express.RequestHandler;
  /** /s/<code> and /media/…; mount before the directory. */
  publicRouter: express.Router;
  /** /api/campaign/… (links, poster); mount under /api/campaign after the staff session loader. */
  apiRouter: express.Router;
  /** Starts background video generation (server start only; MEDIA_AUTOGEN). */
  startAutogen(options?: { delayMs?: number }): AutogenJob;
  close(): void;
}

/** Short links with attribution, served media, social cards, print materials and the first-start videos. */
export function createCampaign(deps: CampaignDeps): CampaignModule {
  const mediaDir = deps.library.dir;
  const campaignDir = path.join(deps.dataDir, 'campaign');
  const { kb, library } = deps;
  // Read the media folder now, so the first page already shows the videos that exist.
  void library.refresh();
  const links = linkRegistry(deps.db, path.join(campaignDir, 'posters'));
  const og = ogCards(
    kb,
    mediaDir,
    deps.makers?.og === null ? undefined : (deps.makers?.og ?? campaignOgGenerator(kb)),
  );
  const unsubscribe = deps.cluster.bus.subscribe(MEDIA_UPDATED_TOPIC, () => library.refresh());

  const publicRouter = express.Router();
  publicRouter.use(
    shortLinkRouter({ kb, links, record: deps.record, secureCookie: deps.secureCookie, logger: deps.logger }),
  );
  publicRouter.use(mediaRouter(mediaDir, og));

  const apiRouter = express.Router();
  apiRouter.use(
    linksApi({ kb, links, publicOrigin: deps.publicOrigin, allowedOrigins: deps.allowedOrigins }),
  );
  apiRouter.use(
    posterApi({
      kb,
      links,
      publicOrigin: deps.publicOrigin,
      allowedOrigins: deps.allowedOrigins,
      campaignDir,
      makePoster: deps.makers?.poster ?? campaignPosterMaker(kb),
      logger: deps.logger,
    }),
  );

  return {
    library,
    links,
    directoryMedia: directoryMedia(deps.publicOrigin, library),
    visitScope: visitCampaign,
    publicRouter,
    apiRouter,
    startAutogen: (options = {}) =>
      startMediaAutogen({
        kb,
        library,
        topServices: deps.topServices,
        cluster: deps.cluster,
        logger: deps.logger,
        generator: deps.makers?.video ?? campaignVideoGenerator(kb, mediaDir, deps.publicOrigin),
        missingTools: deps.makers?.missingTools ?? (() => missingVideoTools()),
        ...options,
      }),
    close: () => {
      unsubscribe();
    },
  };
}

export { withMediaVideos } from './media/kb-with-videos.ts';
export { mediaLibrary, type MediaLibrary } from './media/library.ts';
