import type { PreviewRequest, PreviewResponseDto } from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import { toChannelMessage } from '@hub/assistant/src/channels/index.ts';
import { answerCard } from '@hub/assistant/src/cards/answer-card.ts';
import { createTranslator } from '@hub/assistant/src/i18n/i18n.ts';
import { toServiceDetail } from '@hub/knowledge/src/present/service-dto.ts';
import { pageContext } from '../directory/context.ts';
import { servicePage } from '../directory/views/service/page.ts';
import { checkGuide } from './problems.ts';

const assistantText = createTranslator();

/**
 * A draft as citizens would see it, rendered by the same code as the real surfaces: the directory's guide
 * page, the bot's answer card (as the chat widget receives it) and the kiosk's guide DTO. Rendered even
 * when validation finds problems, as long as both files parse.
 */
export function previewGuide(
  kb: KnowledgeBase,
  input: PreviewRequest,
  publicOrigin: string,
): PreviewResponseDto {
  const { problems, service } = checkGuide(kb, input.slug, input.sources);
  if (!service) return { problems, web: null, chat: null, kiosk: null };
  const guide = service.guides[input.lang];
  const web = servicePage(pageContext(input.lang), kb, service).value;
  const chat =
    toChannelMessage(answerCard(guide, input.lang, assistantText(input.lang), publicOrigin)).content ?? null;
  return { problems, web, chat, kiosk: toServiceDetail(service, input.lang) };
}
