import type { StaffSessionDto } from '@hub/contract';
import { EditorHome } from './EditorHome.tsx';
import { GuideEditor } from './GuideEditor.tsx';
import type { EditorRoute } from './route.ts';

/** Who may open the guide editor (the server checks the same). */
export const canUseEditor = (role: string) => role === 'editor' || role === 'supervisor' || role === 'admin';

/** The console's "Guides" tab: #/editor (start page) and #/editor/<slug>[/<revisionId>] (one guide). */
export function EditorWorkspace({ route, session }: { route: EditorRoute; session: StaffSessionDto }) {
  const user = {
    id: session.user.id,
    canPublishDirectly: session.user.role === 'supervisor' || session.user.role === 'admin',
  };
  return (
    <main id="main" class="ed-main" tabIndex={-1}>
      {route.slug ? (
        <GuideEditor
          key={`${route.slug}/${route.revisionId ?? ''}`}
          slug={route.slug}
          revisionId={route.revisionId}
          user={user}
        />
      ) : (
        <EditorHome />
      )}
    </main>
  );
}
