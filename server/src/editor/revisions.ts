import type { RevisionDetailDto, RevisionDto, RevisionStatus } from '@hub/contract';
import { parseGuideSource } from '@hub/knowledge';
import type { Db } from '../db/client.ts';

type Row = NonNullable<Awaited<ReturnType<Db['guideRevision']['findUnique']>>>;
export type RevisionRow = Row;

/** Revisions still waiting on someone: a draft being written, under review, or sent back. */
export const OPEN: RevisionStatus[] = ['draft', 'in_review', 'rejected'];
/** Revisions that were live at some time (the versions of a guide). */
export const VERSIONS: RevisionStatus[] = ['published', 'superseded'];

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const titleOf = (source: string) => parseGuideSource(source, '').guide?.title ?? '';

/** Display names of staff, looked up once per answer. */
export async function staffNames(db: Db, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const users = await db.staffUser.findMany({
    where: { id: { in: wanted } },
    select: { id: true, displayName: true },
  });
  return new Map(users.map((u) => [u.id, u.displayName]));
}

export function toRevisionDto(row: Row, names: Map<string, string>): RevisionDto {
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? '—' } : null);
  return {
    id: row.id,
    slug: row.slug,
    status: row.status as RevisionStatus,
    author: ref(row.authorId)!,
    reviewer: ref(row.reviewerId),
    note: row.note,
    reviewComment: row.reviewComment,
    baseRevisionId: row.baseRevisionId,
    restoresId: row.restoresId,
    title: { bg: titleOf(row.bgSource), en: titleOf(row.enSource) },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: iso(row.submittedAt),
    reviewedAt: iso(row.reviewedAt),
    publishedAt: iso(row.publishedAt),
  };
}

export async function presentRevisions(db: Db, rows: Row[]): Promise<RevisionDto[]> {
  const names = await staffNames(
    db,
    rows.flatMap((r) => [r.authorId, r.reviewerId]),
  );
  return rows.map((r) => toRevisionDto(r, names));
}

export async function presentDetail(db: Db, row: Row): Promise<RevisionDetailDto> {
  const [dto] = await presentRevisions(db, [row]);
  return { ...dto!, sources: { bg: row.bgSource, en: row.enSource } };
}
