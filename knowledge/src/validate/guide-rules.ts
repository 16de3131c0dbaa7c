import type { Guide } from '../schema/guide.ts';
import type { Problem } from './problem.ts';

/** What a `depth: guide` service must have beyond the schema: a complete step-by-step guide. */
export function checkCompleteGuide(g: Guide, path: string): Problem[] {
  const out: Problem[] = [];
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) out.push({ path, field, message });
  };
  need(g.documents.length >= 1, 'documents', 'a complete guide lists at least one document');
  need(g.steps.length >= 2, 'steps', 'a complete guide has at least two steps');
  need(
    g.fees.length > 0 || g.feeNote !== undefined,
    'fees',
    'give the fees or a feeNote saying what is known',
  );
  need(
    g.deadlines.regular !== undefined || g.deadlines.note !== undefined,
    'deadlines',
    'give the regular deadline or a note',
  );
  need(g.online !== null || g.inPerson !== null, 'online', 'say where to apply: online and/or inPerson');
  need(g.afterwards !== undefined, 'afterwards', 'say what happens next');
  return out;
}

/** A directory entry still has to send the citizen somewhere. */
export function checkDirectoryEntry(g: Guide, path: string): Problem[] {
  if (g.online === null && g.inPerson === null) {
    return [
      { path, field: 'online', message: 'say where the service is done today: online and/or inPerson' },
    ];
  }
  return [];
}

/** Facts that do not depend on the language must be the same in bg.md and en.md. */
export function checkLanguagesAgree(bg: Guide, en: Guide, path: string): Problem[] {
  const out: Problem[] = [];
  const same = (field: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      out.push({
        path,
        field,
        message: `differs between bg.md (${JSON.stringify(a)}) and en.md (${JSON.stringify(b)})`,
      });
    }
  };
  same('category', bg.category, en.category);
  same('lifeEvents', [...bg.lifeEvents].sort(), [...en.lifeEvents].sort());
  same('provider.type', bg.provider.type, en.provider.type);
  same('iisda', bg.iisda, en.iisda);
  same('online.url', bg.online?.url ?? null, en.online?.url ?? null);
  same('online.eauth', bg.online?.eauth ?? null, en.online?.eauth ?? null);
  same('inPerson.districtOffice', bg.inPerson?.districtOffice ?? null, en.inPerson?.districtOffice ?? null);
  same(
    'fees',
    bg.fees.map((f) => [f.tier, f.eur, f.bgn ?? null]),
    en.fees.map((f) => [f.tier, f.eur, f.bgn ?? null]),
  );
  same('feeNote', bg.feeNote !== undefined, en.feeNote !== undefined);
  same('documents.length', bg.documents.length, en.documents.length);
  same('steps.length', bg.steps.length, en.steps.length);
  same(
    'districts',
    bg.districts.map((d) => d.district),
    en.districts.map((d) => d.district),
  );
  same('latinAliases', [...bg.latinAliases].sort(), [...en.latinAliases].sort());
  same('related', [...bg.related].sort(), [...en.related].sort());
  same('video', bg.video ? bg.video.chapters : null, en.video ? en.video.chapters : null);
  same('lastReviewed', bg.lastReviewed, en.lastReviewed);
  return out;
}
