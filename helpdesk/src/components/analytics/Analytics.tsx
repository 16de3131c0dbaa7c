import type { StaffSessionDto } from '@hub/contract';
import { useState } from 'preact/hooks';
import { Gaps } from './Gaps.tsx';
import { Reviews } from './Reviews.tsx';
import { useAnalyticsText } from './texts.ts';
import { Usage } from './Usage.tsx';

type View = 'usage' | 'gaps' | 'reviews';
const VIEWS: View[] = ['usage', 'gaps', 'reviews'];

/** Who sees the insights tab: supervisors, editors and admins. */
export const canSeeInsights = (role: string) =>
  role === 'supervisor' || role === 'editor' || role === 'admin';

/** The insights page: service use, knowledge gaps, guide reviews. */
export function Analytics({ session }: { session: StaffSessionDto }) {
  const { at } = useAnalyticsText();
  const role = session.user.role;
  const [view, setView] = useState<View>(role === 'editor' ? 'gaps' : 'usage');
  return (
    <main id="main" class="supervisor analytics" tabIndex={-1}>
      <header class="page-head">
        <div>
          <h1>{at('title')}</h1>
          <p class="muted">{at('lead')}</p>
        </div>
      </header>
      <nav class="an-views" aria-label={at('views.label')}>
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            class={`an-view ${view === v ? 'an-view-on' : ''}`}
            aria-current={view === v ? 'page' : undefined}
            onClick={() => setView(v)}
          >
            {at(`view.${v}`)}
          </button>
        ))}
      </nav>
      {view === 'usage' ? <Usage /> : null}
      {view === 'gaps' ? <Gaps canEdit={role === 'editor' || role === 'admin'} /> : null}
      {view === 'reviews' ? <Reviews /> : null}
    </main>
  );
}
