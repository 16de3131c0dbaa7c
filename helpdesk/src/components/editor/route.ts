import { useEffect, useState } from 'preact/hooks';

/** The editor's place in the console's address: #/editor, #/editor/<slug>, #/editor/<slug>/<revisionId>. */
export interface EditorRoute {
  slug?: string;
  revisionId?: string;
}

const PATTERN = /^#\/editor(?:\/([a-z0-9-]+)(?:\/([\w-]+))?)?\/?$/;

export function parseEditorRoute(hash: string): EditorRoute | null {
  const m = PATTERN.exec(hash);
  if (!m) return null;
  return { ...(m[1] ? { slug: m[1] } : {}), ...(m[2] ? { revisionId: m[2] } : {}) };
}

/** Other parts of the console link here (e.g. a knowledge-gap task: `editorHref(slug)`). */
export function editorHref(slug?: string, revisionId?: string): string {
  return `#/editor${slug ? `/${slug}` : ''}${slug && revisionId ? `/${revisionId}` : ''}`;
}

export function goToEditor(slug?: string, revisionId?: string): void {
  location.hash = editorHref(slug, revisionId);
}

/** The editor route from location.hash, following its changes (null when the hash is not an editor route). */
export function useEditorRoute(): EditorRoute | null {
  const [route, setRoute] = useState(() => parseEditorRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseEditorRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
