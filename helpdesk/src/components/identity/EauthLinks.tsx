import type { StaffEauthLinkDto } from '@hub/contract';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.ts';
import { identityText } from './strings.ts';

interface Row {
  id: string;
  displayName: string;
  role: string;
  linked: boolean;
  pending: boolean;
}

/** Admins: issue a one-time eAuth link code per staff account, or unlink (the admin never sees an ЕГН). */
export function EauthLinks() {
  const { lang } = useI18n();
  const t = identityText(lang);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [issued, setIssued] = useState<{ name: string; code: string } | null>(null);
  const load = useCallback(
    () =>
      void api.request<{ users: Row[] }>('GET', '/api/eauth/staff-links').then(
        (r) => setRows(r.users),
        () => setRows(null),
      ),
    [],
  );
  useEffect(load, [load]);
  if (!rows) return null;

  async function issue(row: Row) {
    const link = await api.request<StaffEauthLinkDto>(
      'POST',
      `/api/eauth/staff-links/${encodeURIComponent(row.id)}`,
      {},
    );
    setIssued({ name: row.displayName, code: link.code });
    load();
  }
  async function unlink(row: Row) {
    await api.request<void>('DELETE', `/api/eauth/staff-links/${encodeURIComponent(row.id)}`);
    load();
  }

  return (
    <section class="card eauth-links" aria-labelledby="eauth-links-title">
      <h2 id="eauth-links-title">{t('linksTitle')}</h2>
      <p class="muted small">{t('linksIntro')}</p>
      {issued ? (
        <p class="banner banner-info" role="status">
          {t('codeFor', { name: issued.name })} <code class="eauth-code">{issued.code}</code>
        </p>
      ) : null}
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('linksName')}</th>
            <th scope="col">{t('linksState')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('issue')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.displayName}</td>
              <td>{r.linked ? t('linked') : r.pending ? t('pending') : t('none')}</td>
              <td>
                <button type="button" class="btn" onClick={() => void issue(r)}>
                  {t('issue')}
                </button>{' '}
                {r.linked ? (
                  <button type="button" class="btn-link danger" onClick={() => void unlink(r)}>
                    {t('unlink')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
