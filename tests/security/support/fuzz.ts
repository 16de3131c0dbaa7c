/** mulberry32: a small deterministic generator, so a failing input can be replayed from its seed and index. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces hostile to HTML, URLs, lunr's query syntax, SQL, Unicode handling and our Bulgarian analysis. */
const FRAGMENTS = [
  '<',
  '>',
  '"',
  "'",
  '&',
  '&amp;',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '${7*7}',
  '{{7*7}}',
  '%',
  '%00',
  '%E0%A4%A',
  '\u0000',
  '\u202e',
  '\u200b',
  '\ud800',
  '\udfff',
  '😀',
  '👨‍👩‍👧',
  '\u0301',
  'данък',
  'сграда',
  'данъкът',
  'удостоверение',
  'наследници',
  'danuk',
  '6t',
  'q',
  '4',
  'ЕГН 8001010008',
  '8001010008',
  '4111 1111 1111 1111',
  'BG80BNBG96611020345678',
  '*',
  '~',
  '~2',
  '^10',
  '+',
  '-',
  ':',
  'title:',
  'body:данък',
  '+title:x -body:y',
  "' OR 1=1 --",
  '"; DROP TABLE Message; --',
  '\\',
  '/',
  '../',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '   ',
  'ъ',
  'Ѝ',
  'İ',
  'ß',
  'ﬃ',
  'a'.repeat(120),
  'я'.repeat(60),
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-1e999',
];

/** One input: 0–12 fragments, sometimes random code points (including astral and control characters). */
export function fuzzInput(random: () => number): string {
  const parts: string[] = [];
  const count = Math.floor(random() * 13);
  for (let i = 0; i < count; i += 1) {
    if (random() < 0.2) {
      const cp = random() < 0.5 ? Math.floor(random() * 0x500) : Math.floor(random() * 0x1ffff);
      parts.push(cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : String.fromCodePoint(cp));
    } else {
      parts.push(FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!);
    }
    if (random() < 0.4) parts.push(' ');
  }
  return parts.join('');
}

/** Signs of internals in an answer: stack frames, source paths, database or driver errors. */
export function leaks(text: string): boolean {
  return /\bat [\w.<>]+ \(|\.ts:\d+|node_modules|PrismaClient|SQLITE_|Invalid `prisma|TypeError|ReferenceError/.test(
    text,
  );
}
