import type { ServiceDetail } from '@hub/contract';
import { useEditorText } from './text.ts';

/** The guide on a lobby kiosk (portrait touch screen): big type, one step per card, fees and documents. */
export function KioskPreview({ guide }: { guide: ServiceDetail }) {
  const { tx } = useEditorText();
  const euro = (n: number) => `${n.toFixed(2)} €`;
  return (
    <div class="ed-kiosk" aria-label={tx('preview.kiosk')}>
      <div class="ed-kiosk-screen" lang={guide.lang}>
        <p class="ed-kiosk-brand">{tx('preview.kioskBrand')}</p>
        <h3 class="ed-kiosk-title">{guide.title}</h3>
        <p class="ed-kiosk-summary">{guide.summary}</p>
        {guide.steps.length ? (
          <ol class="ed-kiosk-steps">
            {guide.steps.map((s, i) => (
              <li key={i}>
                <span class="ed-kiosk-num" aria-hidden="true">
                  {i + 1}
                </span>
                <span>
                  <strong>{s.title}</strong>
                  <span class="ed-kiosk-text">{s.text}</span>
                </span>
              </li>
            ))}
          </ol>
        ) : null}
        <div class="ed-kiosk-grid">
          {guide.documents.length ? (
            <section>
              <h4>{tx('preview.documents')}</h4>
              <ul>
                {guide.documents.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <section>
            <h4>{tx('preview.fees')}</h4>
            {guide.fees.length ? (
              <ul>
                {guide.fees.map((f, i) => (
                  <li key={i}>
                    {f.label}: <strong>{euro(f.eur)}</strong>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{guide.feeNote ?? '—'}</p>
            )}
          </section>
        </div>
        <div class="ed-kiosk-buttons" aria-hidden="true">
          <span>{tx('preview.kioskQr')}</span>
          <span>{tx('preview.kioskStaff')}</span>
        </div>
      </div>
    </div>
  );
}
