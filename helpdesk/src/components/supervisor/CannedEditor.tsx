import type { CannedReplyDto, CannedReplyInput } from '@hub/contract';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.ts';

const EMPTY: CannedReplyInput = { lang: 'bg', shortcut: '', title: '', body: '' };

/** Supervisors keep the canned replies in both languages. */
export function CannedEditor() {
  const { t } = useI18n();
  const [replies, setReplies] = useState<CannedReplyDto[]>([]);
  const [draft, setDraft] = useState<CannedReplyInput>(EMPTY);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const load = () =>
    void api.canned().then(
      (r) => setReplies(r.replies),
      () => setReplies([]),
    );
  useEffect(load, []);

  async function save(e: Event) {
    e.preventDefault();
    try {
      if (editing) await api.updateCanned(editing, draft);
      else await api.createCanned(draft);
      setDraft(EMPTY);
      setEditing(null);
      setError(false);
      load();
    } catch {
      setError(true);
    }
  }

  return (
    <div class="canned-editor">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('canned.lang')}</th>
            <th scope="col">{t('canned.shortcut')}</th>
            <th scope="col">{t('canned.title')}</th>
            <th scope="col">{t('canned.body')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('canned.edit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {replies.map((r) => (
            <tr key={r.id}>
              <td>{r.lang.toUpperCase()}</td>
              <td>
                <code>/{r.shortcut}</code>
              </td>
              <td>{r.title}</td>
              <td class="small">{r.body}</td>
              <td class="nowrap">
                <button
                  type="button"
                  class="btn-link"
                  onClick={() => {
                    setEditing(r.id);
                    setDraft({ lang: r.lang, shortcut: r.shortcut, title: r.title, body: r.body });
                  }}
                >
                  {t('canned.edit')}
                </button>{' '}
                <button
                  type="button"
                  class="btn-link danger"
                  onClick={() => void api.deleteCanned(r.id).then(load)}
                >
                  {t('canned.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form class="canned-form" onSubmit={save}>
        <label>
          {t('canned.lang')}
          <select
            value={draft.lang}
            onChange={(e) => setDraft({ ...draft, lang: e.currentTarget.value === 'en' ? 'en' : 'bg' })}
          >
            <option value="bg">BG</option>
            <option value="en">EN</option>
          </select>
        </label>
        <label>
          {t('canned.shortcut')}
          <input
            required
            pattern="[a-z0-9-]{2,30}"
            value={draft.shortcut}
            onInput={(e) => setDraft({ ...draft, shortcut: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('canned.title')}
          <input
            required
            value={draft.title}
            onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
          />
        </label>
        <label class="grow">
          {t('canned.body')}
          <input
            required
            value={draft.body}
            onInput={(e) => setDraft({ ...draft, body: e.currentTarget.value })}
          />
        </label>
        <button type="submit" class="btn btn-primary">
          {editing ? t('canned.save') : t('canned.add')}
        </button>
        {error ? (
          <p class="error" role="alert">
            {t('error.generic')}
          </p>
        ) : null}
      </form>
    </div>
  );
}
