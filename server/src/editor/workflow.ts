import { randomUUID } from 'node:crypto';
import type { GuideProblemDto, GuideSources, NewDraft, ReviewDecision, UpdateDraft } from '@hub/contract';
import { parseGuideSource, serializeGuide } from '@hub/knowledge';
import type { Db } from '../db/client.ts';
import { conflict, forbidden, HttpError, notFound } from '../http/errors.ts';
import { roleAllows } from '../staff/roles.ts';
import type { LiveKnowledgeBase } from './live-kb.ts';
import { checkGuide } from './problems.ts';
import type { Publisher } from './publisher.ts';
import type { RevisionRow } from './revisions.ts';
import { fileSources, liveSources, publishedRevision } from './sources.ts';

export interface Actor {
  id: string;
  role: string;
}

/** A guide refused by validation: 422 with every problem, worded as `kb validate` words them. */
export class GuideInvalid extends HttpError {
  constructor(readonly problems: GuideProblemDto[]) {
    super(422, 'invalid_request', `the guide has ${problems.length} problem(s); fix them first`);
  }
  override toBody() {
    return { ...super.toBody(), problems: this.problems };
  }
}

/** Editors write and review; supervisors (and admins) review and may roll back at once. */
export const canEdit = (role: string) => roleAllows(role, 'editor') || roleAllows(role, 'supervisor');
export const canPublishDirectly = (role: string) => roleAllows(role, 'supervisor');

/** Writes each file in the repository's canonical form (what the export writes back). */
function canonical(sources: GuideSources): GuideSources {
  const one = (text: string) => {
    const { guide } = parseGuideSource(text, '');
    return guide ? serializeGuide(guide) : text;
  };
  return { bg: one(sources.bg), en: one(sources.en) };
}

export function createWorkflow(deps: { db: Db; kb: LiveKnowledgeBase; publisher: Publisher }) {
  const { db, kb, publisher } = deps;

  async function load(id: string): Promise<RevisionRow> {
    const row = await db.guideRevision.findUnique({ where: { id } });
    if (!row) throw notFound('no such revision');
    return row;
  }
  function validOrThrow(slug: string, sources: GuideSources) {
    const { problems } = checkGuide(kb, slug, sources);
    if (problems.length) throw new GuideInvalid(problems);
  }
  function ownOpenDraft(row: RevisionRow, actor: Actor) {
    if (row.authorId !== actor.id) throw forbidden('only the author changes a draft; review it instead');
    if (row.status !== 'draft' && row.status !== 'rejected') throw conflict(`the revision is ${row.status}`);
  }
  /** Publishes `row` (already valid) unless someone published another version since it was started. */
  async function publish(row: RevisionRow, reviewer: Actor, comment: string | null): Promise<RevisionRow> {
    const current = await publishedRevision(db, row.slug);
    if ((current?.id ?? null) !== row.baseRevisionId) {
      throw conflict(
        'the guide was published by someone else since this draft was started; open it again and redo the change',
      );
    }
    const now = new Date();
    const [, published] = await db.$transaction([
      db.guideRevision.updateMany({
        where: { slug: row.slug, status: 'published' },
        data: { status: 'superseded' },
      }),
      db.guideRevision.update({
        where: { id: row.id },
        data: {
          status: 'published',
          reviewerId: reviewer.id,
          reviewComment: comment,
          reviewedAt: now,
          publishedAt: now,
        },
      }),
    ]);
    await publisher.announce(published);
    return published;
  }

  return {
    async createDraft(actor: Actor, input: NewDraft): Promise<RevisionRow> {
      if (!kb.getService(input.slug)) throw notFound('no such guide');
      return db.guideRevision.create({
        data: {
          id: randomUUID(),
          slug: input.slug,
          bgSource: input.sources.bg,
          enSource: input.sources.en,
          authorId: actor.id,
          note: input.note,
          baseRevisionId: input.baseRevisionId,
        },
      });
    },

    async updateDraft(actor: Actor, id: string, input: UpdateDraft): Promise<RevisionRow> {
      ownOpenDraft(await load(id), actor);
      return db.guideRevision.update({
        where: { id },
        data: { bgSource: input.sources.bg, enSource: input.sources.en, note: input.note, status: 'draft' },
      });
    },

    async discard(actor: Actor, id: string): Promise<void> {
      ownOpenDraft(await load(id), actor);
      await db.guideRevision.delete({ where: { id } });
    },

    async submit(actor: Actor, id: string): Promise<RevisionRow> {
      const row = await load(id);
      ownOpenDraft(row, actor);
      const sources = { bg: row.bgSource, en: row.enSource };
      validOrThrow(row.slug, sources);
      const normal = canonical(sources);
      return db.guideRevision.update({
        where: { id },
        data: { status: 'in_review', submittedAt: new Date(), bgSource: normal.bg, enSource: normal.en },
      });
    },

    /** The second editor's decision: the author can never approve their own change. */
    async review(actor: Actor, id: string, decision: ReviewDecision): Promise<RevisionRow> {
      const row = await load(id);
      if (row.status !== 'in_review') throw conflict(`the revision is ${row.status}, not waiting for review`);
      if (row.authorId === actor.id) throw forbidden('a second editor must review your change');
      if (decision.decision === 'reject') {
        return db.guideRevision.update({
          where: { id },
          data: {
            status: 'rejected',
            reviewerId: actor.id,
            reviewComment: decision.comment,
            reviewedAt: new Date(),
          },
        });
      }
      validOrThrow(row.slug, { bg: row.bgSource, en: row.enSource });
      return publish(row, actor, decision.comment || null);
    },

    /**
     * Roll-back: a new revision equal to an older version (or to the repository file when `revisionId` is
     * null). Supervisors publish it at once (it was reviewed when it was first published); editors send it
     * to review like any change.
     */
    async restore(actor: Actor, slug: string, revisionId: string | null, note: string): Promise<RevisionRow> {
      if (!kb.getService(slug)) throw notFound('no such guide');
      let sources: GuideSources | undefined;
      if (revisionId) {
        const target = await load(revisionId);
        if (target.slug !== slug || (target.status !== 'published' && target.status !== 'superseded'))
          throw conflict('only a version that was published can be restored');
        sources = { bg: target.bgSource, en: target.enSource };
      } else {
        sources = fileSources(kb, slug);
        if (!sources) throw notFound('the guide has no repository file');
      }
      validOrThrow(slug, sources);
      const live = await liveSources(db, kb, slug);
      const direct = canPublishDirectly(actor.role);
      const row = await db.guideRevision.create({
        data: {
          id: randomUUID(),
          slug,
          ...((s) => ({ bgSource: s.bg, enSource: s.en }))(canonical(sources)),
          authorId: actor.id,
          note,
          status: 'in_review',
          submittedAt: new Date(),
          baseRevisionId: live?.revisionId ?? null,
          restoresId: revisionId ?? 'file',
        },
      });
      return direct ? publish(row, actor, null) : row;
    },
  };
}
export type Workflow = ReturnType<typeof createWorkflow>;
