import type { KnowledgeBase, Lang, ServiceRecord } from '@hub/knowledge';
import type { MediaLibrary, VideoEntry } from './library.ts';

/** The guide's `video` field for a served video: file names under /media/services/<slug>/ (see media-route). */
export function videoField(entry: VideoEntry, lang: Lang) {
  return {
    src: entry.files.mp4,
    captions: lang === 'en' ? entry.files.captionsEn : entry.files.captionsBg,
    chapters: entry.chapters,
  };
}

const OVERLAID = new Set<PropertyKey>(['services', 'getService']);

/**
 * The knowledge base as every surface sees it: guides whose video has been made (DATA_DIR/media) carry the
 * `video` field, so the directory, the assistant's answer cards, the help desk's "send the video at step N" and
 * the kiosk all show it. Everything else is forwarded to `kb` on each access (a live knowledge base stays
 * live: the editor's `replace` goes through). Records are rebuilt only when a video appears or changes.
 */
export function withMediaVideos<K extends KnowledgeBase>(kb: K, media: Pick<MediaLibrary, 'video'>): K {
  const cache = new Map<string, { base: ServiceRecord; key: string; record: ServiceRecord }>();
  const overlay = (service: ServiceRecord): ServiceRecord => {
    const entry = media.video(service.slug);
    if (!entry) return service;
    const hit = cache.get(service.slug);
    if (hit && hit.base === service && hit.key === entry.key) return hit.record;
    const record: ServiceRecord = {
      ...service,
      guides: {
        bg: { ...service.guides.bg, video: videoField(entry, 'bg') },
        en: { ...service.guides.en, video: videoField(entry, 'en') },
      },
    };
    cache.set(service.slug, { base: service, key: entry.key, record });
    return record;
  };
  const out = {
    get services() {
      return kb.services.map(overlay);
    },
    getService(slug: string) {
      const service = kb.getService(slug);
      return service && overlay(service);
    },
  };
  const base = kb as unknown as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(kb)) {
    if (OVERLAID.has(key)) continue;
    const value = Object.getOwnPropertyDescriptor(kb, key)?.value;
    Object.defineProperty(
      out,
      key,
      typeof value === 'function'
        ? {
            value: (...args: unknown[]) => (base[key] as (...a: unknown[]) => unknown)(...args),
            enumerable: true,
          }
        : { get: () => base[key], enumerable: true },
    );
  }
  return out as unknown as K;
}
