import type { Lang } from '@hub/contract';

/** What the help desk itself says to citizens (system messages), in the conversation's language. */
const TEXTS = {
  transferred: {
    bg: 'Предаваме разговора на колега, който ще продължи с Вас. Моля, изчакайте.',
    en: 'We are passing your conversation to a colleague who will continue with you. Please wait.',
  },
  csat: {
    bg: 'Благодарим Ви! Как оценявате помощта, която получихте? Изберете от 1 (лошо) до 5 (отлично).',
    en: 'Thank you! How would you rate the help you received? Choose from 1 (poor) to 5 (excellent).',
  },
  guideCard: { bg: 'Упътване', en: 'Guide' },
  step: { bg: 'Стъпка', en: 'Step' },
  video: { bg: 'Видео', en: 'Video' },
  walkthrough: {
    bg: 'Да минем заедно през стъпките. Отбелязвайте всяка стъпка, когато я завършите:',
    en: "Let's go through the steps together. Tick each step when you have done it:",
  },
} as const;

export type CitizenText = keyof typeof TEXTS;

export function citizenText(key: CitizenText, lang: string): string {
  return TEXTS[key][(lang === 'en' ? 'en' : 'bg') satisfies Lang];
}
