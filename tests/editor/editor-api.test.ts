// The guide editor's REST API against a real hub: validation with the messages of `kb validate`, the second
// editor rule, conflicts, roll-back, export byte-identical to the repository, and publishing that swaps the
// search index of every node without a restart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem, loadKnowledgeBase, parseGuideSource, validateEditedGuide } from '@hub/knowledge';
import { createApp } from '@hub/server/src/app.ts';
import { localCluster } from '@hub/server/src/cluster/index.ts';
import { applyPublishedGuides, liveKnowledgeBase, writeExport } from '@hub/server/src/editor/index.ts';
import { createLogger } from '@hub/server/src/logger.ts';
import { testConfig } from '@hub/server/src/testing/test-config.ts';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  publishChange,
  repositorySources,
  startEditorHub,
  withBgAliases,
  type EditorHub,
} from './support.ts';

let h: EditorHub;
const cluster = localCluster();
beforeAll(async () => {
  h = await startEditorHub({}, { cluster });
});
afterAll(async () => {
  await h?.close();
});

const search = async (q: string) =>
  (
    await request(h.hub.url)
      .get(`/api/search?q=${encodeURIComponent(q)}`)
      .expect(200)
  ).body;

describe('the guide editor API', () => {
  it('is for editors and supervisors only', async () => {
    await request(h.hub.url).get('/api/editor/guides').expect(401);
    const ana = await h.as('ana');
    expect((await ana.get('/guides').expect(403)).body.code).toBe('forbidden');
    const eva = await h.as('eva');
    const list = (await eva.get('/guides').expect(200)).body.guides;
    expect(list).toHaveLength(102);
    expect(list[0]).toMatchObject({ publishedRevisionId: null, openRevisions: 0 });
    expect(list[0].lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses an invalid guide with the same messages as kb validate', async () => {
    const eva = await h.as('eva');
    const slug = 'heirs-certificate';
    const files = repositorySources(slug);
    const sources = {
      bg: files.bg.replace(/^summary: .*$/m, 'summary: ""'),
      en: files.en.replace(/^lastReviewed: .*$/m, 'lastReviewed: next week'),
    };
    const expected = validateEditedGuide({ slug, sources }, { kb: loadKnowledgeBase() }).problems.map(
      formatProblem,
    );
    expect(expected).toContain(`knowledge/content/services/${slug}/bg.md: summary: must not be empty`);

    const checked = (await eva.post('/validate', { slug, sources }).expect(200)).body.problems;
    expect(checked.map((p: { line: string }) => p.line)).toEqual(expected);
    expect(checked.map((p: { lang: string }) => p.lang)).toContain('en');

    const draft = (await eva.post('/drafts', { slug, sources, baseRevisionId: null }).expect(201)).body;
    const refused = await eva.post(`/revisions/${draft.id}/submit`).expect(422);
    expect(refused.body.code).toBe('invalid_request');
    expect(refused.body.problems.map((p: { line: string }) => p.line)).toEqual(expected);
    await eva.del(`/revisions/${draft.id}`).expect(204);
  });

  it('needs a second editor: the author cannot approve, a colleague can; a rejection says why', async () => {
    const [eva, emil] = [await h.as('eva'), await h.as('emil')];
    const slug = 'birth-certificate-duplicate';
    const live = (await eva.get(`/guides/${slug}`).expect(200)).body;
    const draft = (
      await eva
        .post('/drafts', { slug, sources: live.sources, note: 'typo', baseRevisionId: null })
        .expect(201)
    ).body;
    await emil.put(`/revisions/${draft.id}`, { sources: live.sources }).expect(403);
    await eva.post(`/revisions/${draft.id}/submit`).expect(200);

    expect((await emil.get('/queue').expect(200)).body.review.map((r: { id: string }) => r.id)).toContain(
      draft.id,
    );
    expect((await eva.get('/queue').expect(200)).body.review).toEqual([]);
    expect(
      (await eva.post(`/revisions/${draft.id}/review`, { decision: 'approve' }).expect(403)).body.message,
    ).toMatch(/second editor/);
    await emil.post(`/revisions/${draft.id}/review`, { decision: 'reject' }).expect(400);
    const rejected = (
      await emil
        .post(`/revisions/${draft.id}/review`, { decision: 'reject', comment: 'Add the fee source.' })
        .expect(200)
    ).body;
    expect(rejected).toMatchObject({
      status: 'rejected',
      reviewComment: 'Add the fee source.',
      reviewer: { name: 'Емил Стоянов' },
    });

    await eva.put(`/revisions/${draft.id}`, { sources: live.sources, note: 'typo, with source' }).expect(200);
    await eva.post(`/revisions/${draft.id}/submit`).expect(200);
    const published = (await emil.post(`/revisions/${draft.id}/review`, { decision: 'approve' }).expect(200))
      .body;
    expect(published).toMatchObject({
      status: 'published',
      author: { id: eva.id },
      reviewer: { id: emil.id },
    });
    expect(published.publishedAt).toBeTruthy();
  });

  it('refuses to publish over a version someone else published since the draft began', async () => {
    const [eva, emil] = [await h.as('eva'), await h.as('emil')];
    const slug = 'death-certificate-copy';
    const live = (await eva.get(`/guides/${slug}`).expect(200)).body;
    const stale = (
      await emil.post('/drafts', { slug, sources: live.sources, baseRevisionId: null }).expect(201)
    ).body;
    await emil.post(`/revisions/${stale.id}/submit`).expect(200);
    await publishChange(eva, emil, slug, (s) => ({
      ...s,
      bg: withBgAliases(s.bg, ['препис смъртен акт за банката']),
    }));
    const refused = await eva.post(`/revisions/${stale.id}/review`, { decision: 'approve' }).expect(409);
    expect(refused.body.code).toBe('conflict');
  });

  it('publishing makes a new alias searchable at once, here and on another node, and at the next start', async () => {
    const [eva, emil] = [await h.as('eva'), await h.as('emil')];
    const question = 'басейн в двора';
    expect((await search(question)).results[0]?.slug).not.toBe('property-tax-declaration');

    // A second node on the same database and bus, started before the change.
    const other = createApp(testConfig(), {
      db: h.t.db,
      kb: loadKnowledgeBase(),
      logger: createLogger('silent'),
      cluster,
    });
    await other.editor.ready;
    expect(other.kb.search(question).results[0]?.slug).not.toBe('property-tax-declaration');

    const published = await publishChange(eva, emil, 'property-tax-declaration', (s) => ({
      ...s,
      bg: withBgAliases(s.bg, [question]),
    }));
    const found = await search(question);
    expect(found.results[0]?.slug).toBe('property-tax-declaration');
    expect(found.match).toBe('confident');
    expect(other.kb.search(question).results[0]?.slug).toBe('property-tax-declaration');
    expect(other.kb.appliedRevision('property-tax-declaration')).toBe(published.id);

    // A node started later applies what the database has published over the built files.
    const fresh = liveKnowledgeBase(loadKnowledgeBase());
    expect(await applyPublishedGuides(h.t.db, fresh)).toBeGreaterThanOrEqual(1);
    expect(fresh.search(question).results[0]?.slug).toBe('property-tax-declaration');
  });

  it('lists versions with who and when, diffs them, and rolls back', async () => {
    const [eva, emil, sofia] = [await h.as('eva'), await h.as('emil'), await h.as('sofia')];
    const slug = 'property-tax-declaration';
    const alias = 'данък за лятна кухня';
    const published = await publishChange(
      emil,
      eva,
      slug,
      (s) => ({ ...s, bg: withBgAliases(s.bg, [alias]) }),
      'summer kitchen',
    );
    expect((await search(alias)).results[0]?.slug).toBe(slug);

    const versions = (await eva.get(`/guides/${slug}/versions`).expect(200)).body.revisions;
    expect(versions[0]).toMatchObject({
      id: published.id,
      status: 'published',
      note: 'summer kitchen',
      author: { name: 'Емил Стоянов' },
    });
    expect(versions[1]).toMatchObject({ status: 'superseded' });
    const diff = (await eva.get(`/revisions/${published.id}/diff`).expect(200)).body;
    expect(diff.againstId).toBe(versions[1].id);
    expect(diff.bg.filter((l: { op: string }) => l.op !== 'same')).toEqual([
      { op: 'add', text: `  - ${alias}` },
    ]);
    expect(diff.en.every((l: { op: string }) => l.op === 'same')).toBe(true);

    // An editor's roll-back goes through review like any change.
    const asked = (
      await eva.post(`/guides/${slug}/restore`, { revisionId: versions[1].id, note: 'undo' }).expect(201)
    ).body;
    expect(asked).toMatchObject({ status: 'in_review', restoresId: versions[1].id });
    await eva.del(`/revisions/${asked.id}`).expect(409);
    await emil.post(`/revisions/${asked.id}/review`, { decision: 'reject', comment: 'keep it' }).expect(200);

    // A supervisor's roll-back to the repository file is published at once.
    const restored = (
      await sofia.post(`/guides/${slug}/restore`, { revisionId: null, note: 'back to the file' }).expect(201)
    ).body;
    expect(restored).toMatchObject({ status: 'published', restoresId: 'file', reviewer: { id: sofia.id } });
    expect(restored.sources).toEqual(repositorySources(slug));
    expect((await search(alias)).results[0]?.slug).not.toBe(slug);
    expect((await eva.get(`/guides/${slug}`).expect(200)).body.publishedRevisionId).toBe(restored.id);
  });

  it('exports published guides byte-identical to the repository when unchanged, and changed ones as written', async () => {
    const [eva, emil] = [await h.as('eva'), await h.as('emil')];
    // Unchanged: property-tax-declaration was rolled back to the file; birth-certificate-duplicate was published as it was.
    const exported = (await eva.get('/export').expect(200)).body.files as { path: string; content: string }[];
    const file = (p: string) => exported.find((f) => f.path === p)?.content;
    for (const slug of ['property-tax-declaration', 'birth-certificate-duplicate']) {
      const repo = repositorySources(slug);
      expect(file(`knowledge/content/services/${slug}/bg.md`)).toBe(repo.bg);
      expect(file(`knowledge/content/services/${slug}/en.md`)).toBe(repo.en);
    }
    // Changed: death-certificate-copy has a new alias; writing the export back yields that guide.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-export-'));
    try {
      const changed = writeExport({ files: exported }, dir);
      expect(changed.sort()).toEqual(exported.map((f) => f.path).sort());
      const written = fs.readFileSync(
        path.join(dir, 'knowledge/content/services/death-certificate-copy/bg.md'),
        'utf8',
      );
      expect(parseGuideSource(written, 'bg.md').guide?.aliases).toContain('препис смъртен акт за банката');
      expect(writeExport({ files: exported }, dir)).toEqual([]);
      expect(writeExport({ files: [{ path: '../../etc/passwd.md', content: 'x' }] }, dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const all = (await emil.get('/export?scope=all').expect(200)).body.files;
    expect(all).toHaveLength(204);
    expect(all.find((f: { path: string }) => f.path.endsWith('heirs-certificate/bg.md')).content).toBe(
      repositorySources('heirs-certificate').bg,
    );
  });

  it('previews a draft as the directory page, the chat card and the kiosk guide', async () => {
    const eva = await h.as('eva');
    const slug = 'heirs-certificate';
    const sources = repositorySources(slug);
    sources.bg = sources.bg.replace(/^title: .*$/m, 'title: Удостоверение за наследници (чернова)');
    const preview = (await eva.post('/preview', { slug, sources, lang: 'bg' }).expect(200)).body;
    expect(preview.problems).toEqual([]);
    expect(preview.web).toContain('Удостоверение за наследници (чернова)');
    expect(preview.web).toMatch(/^<!doctype html>/i);
    expect(preview.chat.attachments[0].content.title).toBe('Удостоверение за наследници (чернова)');
    expect(preview.kiosk).toMatchObject({ slug, title: 'Удостоверение за наследници (чернова)' });
    const broken = (
      await eva
        .post('/preview', { slug, sources: { ...sources, en: 'no front matter' }, lang: 'bg' })
        .expect(200)
    ).body;
    expect(broken).toMatchObject({ web: null, chat: null, kiosk: null });
    expect(broken.problems[0].line).toMatch(/en\.md: \(front-matter\): missing front-matter block/);
    await eva.post('/preview', { slug: 'no-such-guide', sources, lang: 'bg' }).expect(404);
    await eva.post('/preview', { slug, sources: { bg: 'x'.repeat(70_000), en: '' }, lang: 'bg' }).expect(400);
  });
});
