import express, { type Request, type Response } from 'express';
import { pageContext } from './context.ts';
import type { DirectoryDeps } from './deps.ts';
import type { SafeHtml } from './html.ts';
import type { Lang } from './kb.ts';
import { recordSafely, recordWithin } from './record.ts';
import { homeServices, servicesForLifeEvent, servicesInCategory } from './select.ts';
import { allServicesPage } from './views/all-services.ts';
import { collectionPage } from './views/collection.ts';
import { districtListPage, districtPage } from './views/districts.ts';
import { homePage } from './views/home.ts';
import { notFoundPage } from './views/not-found.ts';
import { privacyPage } from './views/privacy.ts';
import { privacyNoticeFacts } from '../privacy/notice-facts.ts';
import { MAX_QUERY_LENGTH } from './views/search-form.ts';
import { searchPage } from './views/search.ts';
import { servicePage } from './views/service/page.ts';

const HOME_SERVICES = 8;
const SEARCH_LIMIT = 10;
/** How long the e-service redirect waits for the click-out to be stored. */
const CLICK_OUT_WAIT_MS = 1000;

export function send(res: Response, lang: Lang, body: SafeHtml, status = 200): void {
  res.status(status).set('Content-Language', lang).type('html').send(body.value);
}

export function sendNotFound(res: Response, lang: Lang): void {
  send(res, lang, notFoundPage(pageContext(lang)), 404);
}

/** A query parameter as one trimmed string (repeated or nested parameters count as absent). */
function queryParam(req: Request, name: string): string {
  const value = (req.query as Record<string, unknown>)[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** All directory pages in one language; mounted at / for Bulgarian and at /en for English. */
export function pagesRouter(lang: Lang, deps: DirectoryDeps): express.Router {
  const router = express.Router({ strict: false });
  const ctx = pageContext(lang);
  const { kb } = deps;
  const isGet = (req: Request) => req.method === 'GET';

  router.get('/', async (_req, res) => {
    send(res, lang, homePage(ctx, kb, await homeServices(kb, deps.topServices.bind(deps), HOME_SERVICES)));
  });

  router.get('/categories/:slug', (req, res) => {
    const category = kb.categories.find((c) => c.slug === req.params.slug);
    if (!category) return sendNotFound(res, lang);
    send(
      res,
      lang,
      collectionPage(ctx, {
        kicker: ctx.t('home.categoriesTitle'),
        title: category.title[lang],
        description: category.description[lang],
        listTitle: ctx.t('category.servicesTitle'),
        services: servicesInCategory(kb, category.slug, lang),
        altHref: ctx.altPaths.category(category.slug),
      }),
    );
  });

  router.get('/life-events/:slug', (req, res) => {
    const event = kb.lifeEvents.find((e) => e.slug === req.params.slug);
    if (!event) return sendNotFound(res, lang);
    send(
      res,
      lang,
      collectionPage(ctx, {
        kicker: ctx.t('lifeEvent.kicker'),
        title: event.title[lang],
        description: event.description[lang],
        listTitle: ctx.t('lifeEvent.servicesTitle'),
        services: servicesForLifeEvent(kb, event.slug, lang),
        altHref: ctx.altPaths.lifeEvent(event.slug),
      }),
    );
  });

  router.get('/services', (_req, res) => send(res, lang, allServicesPage(ctx, kb)));

  router.get('/services/:slug', (req, res) => {
    const service = kb.getService(req.params.slug);
    if (!service) return sendNotFound(res, lang);
    const district = queryParam(req, 'district') || undefined;
    if (isGet(req)) void recordSafely(deps, { type: 'guide_view', slug: service.slug, lang, channel: 'web' });
    // ?t=90 (from the help desk's "video at step N") starts the video at that second.
    const start = Number.parseInt(queryParam(req, 't'), 10);
    const startSeconds = Number.isFinite(start) && start > 0 && start < 86_400 ? start : undefined;
    const media = deps.media ? { deps: deps.media, ...(startSeconds ? { startSeconds } : {}) } : undefined;
    send(res, lang, servicePage(ctx, kb, service, district, media));
  });

  // The only way out to an e-service: the URL comes from the guide, never from the request (no open redirect).
  router.get('/go/:slug', async (req, res) => {
    const service = kb.getService(req.params.slug);
    const url = service?.guides[lang].online?.url;
    if (!service || !url) return sendNotFound(res, lang);
    if (isGet(req))
      await recordWithin(
        deps,
        { type: 'click_out', slug: service.slug, lang, channel: 'web' },
        CLICK_OUT_WAIT_MS,
      );
    res.set('Cache-Control', 'no-store').redirect(302, url);
  });

  router.get('/districts', (_req, res) => send(res, lang, districtListPage(ctx, kb.districts)));

  router.get('/districts/:slug', (req, res) => {
    const district = kb.districts.find((d) => d.slug === req.params.slug);
    if (!district) return sendNotFound(res, lang);
    send(res, lang, districtPage(ctx, district));
  });

  router.get('/privacy', (_req, res) =>
    send(res, lang, privacyPage(ctx, deps.privacy ?? privacyNoticeFacts(undefined))),
  );

  router.get('/search', (req, res) => {
    const query = queryParam(req, 'q').slice(0, MAX_QUERY_LENGTH);
    if (!query) return send(res, lang, searchPage(ctx, kb, '', undefined));
    const response = kb.search(query, { lang, limit: SEARCH_LIMIT });
    if (isGet(req)) void recordSafely(deps, { type: 'search', query, lang, channel: 'web' });
    res.set('Cache-Control', 'no-store');
    send(res, lang, searchPage(ctx, kb, query, response));
  });

  return router;
}
