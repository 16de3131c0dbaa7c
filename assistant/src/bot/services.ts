import type { Lang } from '@hub/knowledge';
import type { Translate } from '../i18n/i18n.ts';
import type { WorkingHours } from '../hours/working-hours.ts';
import type { AssistantEvents, AssistantKnowledge, Availability, Clock, Logger } from './deps.ts';

/** What the dialogs need, built once by createAssistant. */
export interface AssistantServices {
  kb: AssistantKnowledge;
  events: AssistantEvents;
  logger: Logger;
  clock: Clock;
  hours: WorkingHours;
  availability?: () => Promise<Availability>;
  translator: (lang: Lang) => Translate;
  publicBaseUrl: string;
  minutesPerConversation: number;
  accountFallbackSlug: string;
}
