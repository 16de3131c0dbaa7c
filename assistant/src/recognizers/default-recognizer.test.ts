import { describe, expect, it } from 'vitest';
import { newConversationData, type ConversationData } from '../state/conversation-data.ts';
import { testKb } from '../testing/harness.ts';
import { createDefaultRecognizer } from './default-recognizer.ts';

const recognizer = createDefaultRecognizer(testKb(), {
  handoff: { bg: ['Говори със служител'], en: ['Talk to a person'] },
});
const withGuide: ConversationData = { ...newConversationData(), currentSlug: 'heirs-certificate' };

describe('default recognizer', () => {
  it.each([
    ['здравейте', 'greeting', 'bg'],
    ['Hi there!', 'greeting', 'en'],
    ['помощ', 'help', 'bg'],
    ['help', 'help', 'en'],
    ['мерси', 'thanks', 'bg'],
    ['thanks', 'thanks', 'en'],
    ['чао', 'goodbye', 'bg'],
    ['goodbye', 'goodbye', 'en'],
    ['рестарт', 'restart', 'bg'],
    ['start over', 'restart', 'en'],
    ['English please', 'switchLanguage', 'en'],
    ['на български', 'switchLanguage', 'bg'],
    ['искам да говоря с човек', 'handoff', 'bg'],
    ['оператор', 'handoff', 'bg'],
    ['Talk to a person', 'handoff', 'en'],
    ['колко данък дължа?', 'account', 'bg'],
    ['има ли глоби на колата ми', 'account', 'bg'],
    ['how much tax do I owe?', 'account', 'en'],
    ['колко струва?', 'followUp', 'bg'],
    ['какви документи?', 'followUp', 'bg'],
    ['къде?', 'followUp', 'bg'],
    ['колко време отнема?', 'followUp', 'bg'],
    ['how much is it?', 'followUp', 'en'],
    ['what documents?', 'followUp', 'en'],
    ['where?', 'followUp', 'en'],
    ['how long does it take?', 'followUp', 'en'],
    ['колко струва разрешение за строеж', 'service', 'bg'],
    ['danak sgrada', 'service', 'bg'],
    ['building permit', 'service', 'en'],
    ['Младост', 'district', 'bg'],
    ['in Lyulin', 'district', 'en'],
    ['Местни данъци и такси', 'category', 'bg'],
  ])('"%s" → %s (%s)', (text, intent, lang) => {
    const recognition = recognizer.recognize({ text, value: undefined, data: withGuide });
    expect([recognition.intent.name, recognition.lang]).toEqual([intent, lang]);
  });

  it('Latin text keeps the language the citizen chose', () => {
    const data = { ...withGuide, lang: 'en' as const, chosenLang: 'en' as const };
    expect(recognizer.recognize({ text: 'danak sgrada', value: undefined, data }).lang).toBe('en');
  });

  it('reads the feedback payload of a card button', () => {
    const value = { action: 'feedback', slug: 'heirs-certificate', vote: 'down' };
    expect(recognizer.recognize({ text: '', value, data: withGuide }).intent).toEqual({
      name: 'feedback',
      slug: 'heirs-certificate',
      vote: 'down',
    });
  });
});
