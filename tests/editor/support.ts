// Test support for the guide editor: a hub with the real knowledge base and the assistant, staff in every
// role the editor knows, and a small REST client per person (session cookie, CSRF token, Origin).
import fs from 'node:fs';
import path from 'node:path';
import { defaultContentDir } from '@hub/knowledge/src/load/content-paths.ts';
import type { AppDeps } from '@hub/server/src/app.ts';
import type { Config } from '@hub/server/src/config/schema.ts';
import { createLocalUser } from '@hub/server/src/staff/users.ts';
import request from 'supertest';
import { startTestHub, type TestHub } from '../assistant-channels/support/hub.ts';

export const ORIGIN = 'http://localhost:3000';
export const PEOPLE = {
  eva: { displayName: 'Ева Колева', role: 'editor' },
  emil: { displayName: 'Емил Стоянов', role: 'editor' },
  sofia: { displayName: 'София Димитрова', role: 'supervisor' },
  ana: { displayName: 'Ана Петрова', role: 'agent' },
} as const;
export type Person = keyof typeof PEOPLE;

export interface EditorClient {
  id: string;
  /** The session cookie, for calling other staff APIs as this person. */
  cookie: string;
  get(path: string): request.Test;
  post(path: string, body?: unknown): request.Test;
  put(path: string, body?: unknown): request.Test;
  del(path: string): request.Test;
}

export interface EditorHub extends TestHub {
  as(person: Person): Promise<EditorClient>;
}

export async function startEditorHub(
  overrides: Partial<Config> = {},
  deps: Partial<AppDeps> = {},
): Promise<EditorHub> {
  const h = await startTestHub(overrides, deps);
  const ids: Record<string, string> = {};
  for (const [name, p] of Object.entries(PEOPLE)) {
    const user = await createLocalUser(h.t.db, {
      email: `${name}@hub.local`,
      password: `${name}-password-123`,
      ...p,
    });
    ids[name] = user.id;
  }
  const clients = new Map<Person, EditorClient>();
  return {
    ...h,
    async as(person) {
      const known = clients.get(person);
      if (known) return known;
      const login = await request(h.hub.url)
        .post('/api/staff/login')
        .set('origin', ORIGIN)
        .send({ email: `${person}@hub.local`, password: `${person}-password-123` })
        .expect(200);
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;
      const csrf = login.body.csrfToken as string;
      const api = (method: 'get' | 'post' | 'put' | 'delete', url: string, body?: unknown) => {
        const agent = request(h.hub.url);
        const req = agent[method](`/api/editor${url}`).set('cookie', cookie).set('origin', ORIGIN);
        if (method !== 'get') req.set('x-csrf-token', csrf);
        return body === undefined ? req : req.send(body as object);
      };
      const client: EditorClient = {
        id: ids[person]!,
        cookie,
        get: (url) => api('get', url),
        post: (url, body) => api('post', url, body ?? {}),
        put: (url, body) => api('put', url, body),
        del: (url) => api('delete', url),
      };
      clients.set(person, client);
      return client;
    },
  };
}

/** The repository's files of a guide. */
export function repositorySources(slug: string) {
  const read = (lang: string) =>
    fs.readFileSync(path.join(defaultContentDir, 'services', slug, `${lang}.md`), 'utf8');
  return { bg: read('bg'), en: read('en') };
}

/** Adds colloquial questions to a guide's Bulgarian `aliases` list (keeping the YAML as the repository writes it). */
export function withBgAliases(source: string, aliases: string[]): string {
  const marker = '\naliases:\n';
  const at = source.indexOf(marker);
  if (at < 0) throw new Error('the guide has no aliases list');
  return (
    source.slice(0, at + marker.length) +
    aliases.map((a) => `  - ${a}\n`).join('') +
    source.slice(at + marker.length)
  );
}

/** Writes a draft from the live sources, submits it, and has a second person approve it. */
export async function publishChange(
  author: EditorClient,
  reviewer: EditorClient,
  slug: string,
  change: (sources: { bg: string; en: string }) => { bg: string; en: string },
  note = 'test change',
) {
  const live = (await author.get(`/guides/${slug}`).expect(200)).body;
  const draft = (
    await author
      .post('/drafts', {
        slug,
        sources: change(live.sources),
        note,
        baseRevisionId: live.publishedRevisionId,
      })
      .expect(201)
  ).body;
  await author.post(`/revisions/${draft.id}/submit`).expect(200);
  return (await reviewer.post(`/revisions/${draft.id}/review`, { decision: 'approve' }).expect(200)).body;
}
