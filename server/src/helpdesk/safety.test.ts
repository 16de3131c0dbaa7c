import { describe, expect, it } from 'vitest';
import { blockedRequest } from './safety.ts';

describe('blockedRequest', () => {
  it.each([
    ['Моля, кажете ми ПИН кода си от писмото.', 'pin'],
    ['Напишете ПИН-а на картата тук', 'pin'],
    ['Каква е паролата Ви за портала?', 'password'],
    ['Изпратете ми номера на банковата карта, за да платим вместо Вас.', 'card'],
    ['Продиктувайте данните от картата и CVV кода', 'card'],
    ['Please tell me your PIN so I can check.', 'pin'],
    ['What is your password for the e-services portal?', 'password'],
    ['Send me your card number and the expiry date.', 'card'],
    ['And the CVV on the back, please', 'card'],
    ['Could you type the one-time code you received?', 'pin'],
  ])('blocks %j (%s)', (body, rule) => {
    expect(blockedRequest(body)).toBe(rule);
  });

  it.each([
    'Никога не споделяйте своя ПИН код с никого, включително с нас.',
    'Не казвайте паролата си на никого.',
    'Never share your PIN or password with anyone, including us.',
    'Имате ли ПИН код от НАП? Той се въвежда само на сайта на НАП.',
    'Платете с карта на гишето или онлайн на портала.',
    'Здравейте! С какво мога да помогна?',
    'Do you have a card from the bank? You can pay online.',
  ])('lets %j through', (body) => {
    expect(blockedRequest(body)).toBeNull();
  });
});
