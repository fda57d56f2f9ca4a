import type { TrappDocument } from '@/model/types';
import { getStepIndex } from '@/model/steps';
import { useT } from '../i18nContext';

/**
 * The trapp as text for screen readers, beside the drawing: its title, then the steps in order
 * from the lowest, each with its subtitle and the group it belongs to. Not shown on screen.
 */
export function CanvasOutline({ document: doc }: { document: TrappDocument }) {
  const t = useT();
  const bandOf = (index: number) => doc.bands.find((b) => getStepIndex(doc, b.firstStep) <= index && index <= getStepIndex(doc, b.lastStep));
  return (
    <section className="visually-hidden" aria-label={t('outline.label')}>
      <h2>{[doc.meta.municipality, doc.meta.title].filter(Boolean).join(': ')}</h2>
      <ol>
        {doc.steps.map((step, index) => {
          const band = bandOf(index);
          const parts = [step.subtitle, band && t('outline.band', { label: band.label })].filter(Boolean);
          return (
            <li key={step.id}>
              {t('steps.number', { number: index + 1 })}: {step.title || t('steps.untitled')}
              {parts.length > 0 && `. ${parts.join('. ')}`}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
