import type { Step } from '@/model/types';
import { useT } from '../shell/i18nContext';

/**
 * A step page as text for screen readers, beside its drawing (whose parts are pictures named only
 * by the step): the step as a heading, its vision, and its commitments and services as headed lists,
 * in the document's language. Not shown on screen.
 */
export function StepOutline({ step, number, lang }: { step: Step; number: number; lang: string }) {
  const t = useT();
  const sections = [step.commitments, ...step.sections].filter((section) => section.items.length > 0);
  return (
    <section className="visually-hidden" aria-labelledby={`outline-step-${step.id}`}>
      <h2 id={`outline-step-${step.id}`}>
        {t('steps.number', { number })}: <span lang={lang}>{step.title || t('steps.untitled')}</span>
      </h2>
      {step.subtitle && <p lang={lang}>{step.subtitle}</p>}
      {step.vision && <p lang={lang}>{step.vision}</p>}
      {sections.map((section, i) => (
        <div key={i} lang={lang}>
          {section.heading && <h3>{section.heading}</h3>}
          <ItemList items={section.items} />
        </div>
      ))}
    </section>
  );
}

type Listed = { id: string; text: string; items?: readonly Listed[] };

/** Items with their sub-items as nested lists. */
export function ItemList({ items }: { items: readonly Listed[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          {item.text}
          {item.items?.length ? <ItemList items={item.items} /> : null}
        </li>
      ))}
    </ul>
  );
}
