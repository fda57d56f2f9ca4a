import type { ImportReport } from '@/model/outline/importOutline';
import { countServices } from '@/model/outline/stepBody';
import type { TrappDocument } from '@/model/types';
import { useT } from '../shell/i18nContext';

/** What the importer understood, in words: counts, order, title and municipality, each step, and what it left out. */
export function ImportSummary({ document: doc, report }: { document: TrappDocument; report: ImportReport }) {
  const t = useT();
  const { scripts, images, unsafeLinks } = report.removed;
  return (
    <div className="outline-import-summary">
      {/* Said again as the choices change what was understood. */}
      <p aria-live="polite">
        {t('outlineImport.found', { steps: doc.steps.length, services: report.services })}{' '}
        {t(`outlineImport.order.${report.order}`)}{' '}
        {t('outlineImport.foundIn', {
          title: doc.meta.title,
          municipality: report.municipality || t('outlineImport.noMunicipality'),
        })}
      </p>
      {/* Highest step first, as the staircase stands. */}
      <ol className="outline-import-steps" reversed>
        {[...doc.steps].reverse().map((step) => (
          <li key={step.id}>
            <strong>{step.title}</strong>
            {step.subtitle && <span className="muted"> – {step.subtitle}</span>}
            <span className="muted"> ({countServices(step)})</span>
          </li>
        ))}
      </ol>
      {scripts + images + unsafeLinks > 0 && (
        <p className="outline-import-removed">{t('outlineImport.removed', { scripts, images, links: unsafeLinks })}</p>
      )}
      {report.skipped.length > 0 && (
        <details>
          <summary>{t('outlineImport.skipped', { count: report.skipped.length })}</summary>
          <ul>
            {report.skipped.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
