import type { Page } from '@/model/types';
import { getStepIndex } from '@/model/steps';
import { useT } from '../shell/i18nContext';
import { useEditorDocument } from '../shell/editorContext';
import { ItemList, StepOutline } from './StepOutline';

/**
 * The trapp as text for screen readers, beside the drawing: its title, then the steps in order
 * from the lowest, each with its subtitle, the group it belongs to and its services. Not shown on
 * screen; on a step page, that step's content instead (StepOutline). The document's words are marked with the document's language, the rest is the interface's.
 */
export function CanvasOutline({ page }: { page?: Page }) {
  const t = useT();
  const doc = useEditorDocument((d) => d);
  const lang = doc.meta.language;
  const stepIndex = page?.kind === 'step' ? doc.steps.findIndex((s) => s.id === page.stepId) : -1;
  if (stepIndex >= 0) return <StepOutline step={doc.steps[stepIndex]} number={stepIndex + 1} lang={lang} />;
  const bandOf = (index: number) =>
    doc.bands.find((b) => getStepIndex(doc, b.firstStep) <= index && index <= getStepIndex(doc, b.lastStep));
  return (
    <section className="visually-hidden" aria-label={t('outline.label')}>
      <h2 lang={lang}>{[doc.meta.municipality, doc.meta.title].filter(Boolean).join(': ')}</h2>
      <ol>
        {doc.steps.map((step, index) => {
          const band = bandOf(index);
          return (
            <li key={step.id}>
              {t('steps.number', { number: index + 1 })}:{' '}
              {step.title ? <span lang={lang}>{step.title}</span> : t('steps.untitled')}
              {step.subtitle && (
                <>
                  . <span lang={lang}>{step.subtitle}</span>
                </>
              )}
              {band && (
                <>
                  . {t('outline.band', { label: '' })}
                  <span lang={lang}>{band.label}</span>
                </>
              )}
              {step.sections.some((section) => section.items.length > 0) && (
                <ul aria-label={t('outline.services')}>
                  {step.sections
                    .filter((section) => section.items.length > 0)
                    .map((section) => (
                      <li key={section.id} lang={lang}>
                        {section.heading}
                        <ItemList items={section.items} />
                      </li>
                    ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
