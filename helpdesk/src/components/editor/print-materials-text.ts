import { useI18n } from '../../lib/i18n.ts';

// "Print materials" strings (campaign kit, issue #9): Bulgarian source, English complete; a test checks both.
export const PRINT_TEXT = {
  bg: {
    open: 'Печатни материали',
    title: 'Печатни материали за услугата',
    lead: 'PDF за печат с QR код към указанието. Всяко място получава собствена кратка връзка, за да се види откъде идват хората.',
    format: 'Формат',
    a4: 'Плакат A4',
    a3: 'Плакат A3',
    banner: 'Банер 1000 × 250 мм (трамвай, автобус, метро)',
    lang: 'Език',
    bg: 'Само български',
    bgEn: 'Български и английски',
    campaign: 'Кампания (латиница, без интервали)',
    placement: 'Място (напр. „трамвай 5“, „фоайе Триадица“)',
    download: 'Изтегли PDF',
    busy: 'PDF се подготвя…',
    done: 'Готово: {file}. Кратка връзка: {link}',
    failed: 'PDF не можа да бъде направен. Опитайте отново.',
    unavailable: 'На сървъра липсва Chromium и PDF не може да бъде направен. Обърнете се към администратора.',
    invalid: 'Проверете кампанията (латински букви, цифри, тире) и мястото.',
  },
  en: {
    open: 'Print materials',
    title: 'Print materials for this service',
    lead: 'A print PDF with a QR code to the guide. Each placement gets its own short link, so you can see where people come from.',
    format: 'Format',
    a4: 'A4 poster',
    a3: 'A3 poster',
    banner: '1000 × 250 mm banner (tram, bus, metro)',
    lang: 'Language',
    bg: 'Bulgarian only',
    bgEn: 'Bulgarian and English',
    campaign: 'Campaign (Latin letters, no spaces)',
    placement: 'Placement (e.g. "tram 5", "Triaditsa lobby")',
    download: 'Download PDF',
    busy: 'Preparing the PDF…',
    done: 'Done: {file}. Short link: {link}',
    failed: 'The PDF could not be made. Please try again.',
    unavailable:
      'Chromium is missing on the server, so the PDF cannot be made. Please ask the administrator.',
    invalid: 'Check the campaign (Latin letters, digits, dashes) and the placement.',
  },
} as const;
export type PrintKey = keyof (typeof PRINT_TEXT)['bg'];

export function usePrintText(): (key: PrintKey, vars?: Record<string, string>) => string {
  const { lang } = useI18n();
  return (key, vars) =>
    (PRINT_TEXT[lang][key] as string).replace(/\{(\w+)\}/g, (m, name: string) => vars?.[name] ?? m);
}
