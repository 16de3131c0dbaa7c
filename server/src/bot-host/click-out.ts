import { channelSchema, langSchema, LANGS, type CardAction, type MessageContent } from '@hub/contract';
import type { AssistantKnowledge } from '@hub/assistant';
import { Router } from 'express';
import { z } from 'zod';
import type { Analytics } from '../analytics/index.ts';
import { safeError, type Logger } from '../logger.ts';
import { analyticsChannel } from './assistant-events.ts';

const CLICK_OUT_PATH = '/chat/go';
const querySchema = z.object({ channel: channelSchema.default('chat'), lang: langSchema.default('bg') });

/**
 * GET /api/chat/go/:slug — the e-service link of a chat answer, counted as a click-out of its channel (chat,
 * viber, …) before the redirect. The target comes from the guide, never from the request: no open redirect.
 */
export function clickOutRouter(deps: {
  kb: AssistantKnowledge;
  analytics: Analytics;
  logger: Logger;
}): Router {
  const router = Router();
  router.get(`${CLICK_OUT_PATH}/:slug`, async (req, res) => {
    const query = querySchema.safeParse(req.query);
    const { channel, lang } = query.success ? query.data : { channel: 'chat' as const, lang: 'bg' as const };
    const url = deps.kb.getService(req.params.slug)?.guides[lang].online?.url;
    if (!url) {
      res.status(404).json({ code: 'not_found', message: 'no such e-service' });
      return;
    }
    try {
      await deps.analytics.record({ type: 'click_out', channel, lang, slug: req.params.slug });
    } catch (error) {
      deps.logger.warn({ error: safeError(error) }, 'click-out not recorded');
    }
    res.set('Cache-Control', 'no-store').redirect(302, url);
  });
  return router;
}

/** Points the e-service buttons of an answer at the counting redirect; every other link stays as it is. */
export function trackClickOuts(
  content: MessageContent | undefined,
  options: { kb: AssistantKnowledge; channelId: string; baseUrl: string },
): MessageContent | undefined {
  const slug = content?.slug;
  const service = slug ? options.kb.getService(slug) : undefined;
  if (!content || !slug || !service) return content;
  const rewrite = (action: CardAction): CardAction => {
    if (action.type !== 'openUrl') return action;
    const lang = LANGS.find((l) => service.guides[l].online?.url === action.value);
    if (!lang) return action;
    const channel = analyticsChannel(options.channelId);
    const value = `${options.baseUrl}/api${CLICK_OUT_PATH}/${encodeURIComponent(slug)}?channel=${channel}&lang=${lang}`;
    return { ...action, value };
  };
  return {
    ...content,
    ...(content.attachments
      ? {
          attachments: content.attachments.map((a) =>
            a.contentType === 'application/vnd.microsoft.card.hero'
              ? {
                  ...a,
                  content: {
                    ...a.content,
                    ...(a.content.buttons ? { buttons: a.content.buttons.map(rewrite) } : {}),
                  },
                }
              : {
                  ...a,
                  content: {
                    ...a.content,
                    ...(a.content.actions ? { actions: a.content.actions.map(rewrite) } : {}),
                  },
                },
          ),
        }
      : {}),
  };
}
