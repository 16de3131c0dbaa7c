// Bot turn time in memory (no network): realistic conversations through the same adapter code as the terminal chat.
// Run: npm run -s bench:bot   (needs the built knowledge base: npm run build)
import os from 'node:os';
import { MemoryStorage } from 'botbuilder';
import { loadKnowledgeBase } from '@hub/knowledge';
import {
  ConversationAdapter,
  createAssistant,
  HANDOFF_STATUS,
  SOFIA_OFFICE_HOURS,
  type AssistantEvents,
} from '../src/index.ts';

const CONVERSATIONS: string[][] = [
  ['здравейте', 'danak sgrada', 'колко струва?', 'какви документи?', 'къде?', 'благодаря'],
  ['hello', 'heirs certificate', 'Mladost', 'how much is it?', 'how long does it take?', 'thanks', 'bye'],
  ['удостоверение за наследници', 'Младост', 'колко време отнема?', 'смяна на постоянен адрес', 'къде?'],
  ['брак', 'Дубликат на удостоверение за граждански брак', 'колко струва?', 'онлайн?'],
  ['birth certificate', '1', 'what documents?', 'English please', 'where?'],
  ['колко данък дължа?', 'има ли глоби на колата ми', 'такса за куче', 'колко струва?'],
  ['моето ЕГН е 8032056031', 'ЛНЧ 7111042925, искам удостоверение за наследници', 'помощ'],
  ['как да отгледам домати', 'абракадабра', 'hello?', 'danak sgrada'],
  ['Разгледай категориите', 'Местни данъци и такси', 'Плащане на данък върху недвижимите имоти', '👍'],
  [
    'how do I pay property tax?',
    'where?',
    'how much does a building permit cost?',
    'start over',
    'синя зона',
  ],
];
const ROUNDS = 8;

const noEvents: AssistantEvents = {
  answered: () => {},
  unanswered: () => {},
  feedback: () => {},
  handoffRequested: () => {},
  callbackRequested: () => {},
};

const assistant = createAssistant({
  kb: loadKnowledgeBase(),
  storage: new MemoryStorage(),
  clock: { now: () => new Date('2026-12-01T08:00:00Z') },
  hours: SOFIA_OFFICE_HOURS,
  events: noEvents,
  availability: async () => ({ agentsOnline: 3, queueLength: 2 }),
  publicBaseUrl: 'https://hub.example.bg',
});

interface Samples {
  wall: number[];
  cpu: number[];
  byText: Map<string, number[]>;
}

async function conversation(lines: string[], samples: Samples | undefined): Promise<void> {
  const adapter = new ConversationAdapter({ channelId: 'bench' });
  for (const line of lines) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await adapter.say(line, assistant.run);
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    if (!samples) continue;
    samples.wall.push(wall);
    samples.cpu.push((used.user + used.system) / 1000);
    samples.byText.set(line, [...(samples.byText.get(line) ?? []), wall]);
  }
  // A conversation that ended in a handoff is closed by the help desk.
  await adapter.event(HANDOFF_STATUS, { state: 'completed' }, assistant.run);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

for (const lines of CONVERSATIONS) await conversation(lines, undefined); // warm-up: JIT, lazy loads
const samples: Samples = { wall: [], cpu: [], byText: new Map() };
const load = os.loadavg()[0] ?? 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const lines of CONVERSATIONS) await conversation(lines, samples);
}
const wall = [...samples.wall].sort((a, b) => a - b);
const cpu = [...samples.cpu].sort((a, b) => a - b);
const ms = (n: number) => `${n.toFixed(2)} ms`;
const figures = (label: string, s: number[]) =>
  `${label}  p50 ${ms(percentile(s, 50))}  p95 ${ms(percentile(s, 95))}  p99 ${ms(percentile(s, 99))}  max ${ms(s[s.length - 1] ?? NaN)}`;
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
const slowest = [...samples.byText]
  .map(([text, times]) => [text, median(times)] as const)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 5);

console.log(
  `bot turns: ${wall.length} (in memory, no network; ${CONVERSATIONS.length} scripts × ${ROUNDS} rounds)`,
);
console.log(figures('turn time (wall)', wall));
console.log(figures('CPU per turn    ', cpu));
console.log(`slowest messages (median): ${slowest.map(([t, m]) => `"${t}" ${ms(m)}`).join(', ')}`);
console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log(`load average at start: ${load.toFixed(2)} (compare figures only on an idle machine)`);
console.log(`goal p95 < 20 ms: ${percentile(wall, 95) < 20 ? 'met' : 'NOT met'}`);
