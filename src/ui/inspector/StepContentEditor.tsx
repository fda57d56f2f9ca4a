import { memo } from 'react';
import {
  addSection,
  moveSection,
  removeSection,
  setCommitmentsHeading,
  setSectionHeading,
} from '@/model/contentCommands';
import type { Step } from '@/model/types';
import { useDocumentLanguage, useT } from '../shell/i18nContext';
import { ItemsEditor } from './ItemsEditor';
import { InlineInput } from '../fields/InlineInput';
import { RowActions } from '../fields/RowActions';
import { useEditor } from '../shell/editorContext';
import { gestureKey } from '@/model/gestureKey';

type Props = { stepId: string; commitments: Step['commitments']; sections: Step['sections'] };

/**
 * The municipality's commitments and the step's service sections, all editable in place.
 * Drawn again only when they change, not at every key typed in the step's title.
 */
export const StepContentEditor = memo(function StepContentEditor({ stepId, commitments, sections }: Props) {
  const editor = useEditor();
  const t = useT();
  const lang = useDocumentLanguage();
  const end = () => editor.endGesture();
  return (
    <>
      <h4>{t('inspector.commitments')}</h4>
      <InlineInput
        className="heading-input"
        lang={lang}
        label={t('content.commitmentsHeading')}
        placeholder={t('content.commitmentsHeading')}
        value={commitments.heading}
        onBlur={end}
        onChange={(heading) =>
          editor.run(setCommitmentsHeading, { stepId, heading }, { gesture: gestureKey('commitments', stepId) })
        }
      />
      <ItemsEditor list={{ stepId }} items={commitments.items} label={t('inspector.commitments')} />
      <h4>{t('inspector.sections')}</h4>
      {sections.map((section, i) => (
        <div key={section.id} className="section-editor">
          <div className="section-head">
            <InlineInput
              className="heading-input"
              lang={lang}
              label={t('content.sectionHeading', { number: i + 1 })}
              placeholder={t('content.sectionHeadingPlaceholder')}
              value={section.heading}
              onBlur={end}
              onChange={(heading) =>
                editor.run(
                  setSectionHeading,
                  { stepId, sectionId: section.id, heading },
                  { gesture: gestureKey('section', section.id) },
                )
              }
            />
            <RowActions
              index={i}
              count={sections.length}
              onMove={(toIndex) => editor.run(moveSection, { stepId, sectionId: section.id, toIndex })}
              onRemove={() => editor.run(removeSection, { stepId, sectionId: section.id })}
              removeLabel={t('content.removeSection', { heading: section.heading })}
              removeTitle={t('content.removeSectionTitle')}
              buttonClassName="quiet"
            />
          </div>
          <ItemsEditor
            list={{ stepId, sectionId: section.id }}
            items={section.items}
            label={section.heading || t('content.sectionHeading', { number: i + 1 })}
          />
        </div>
      ))}
      <button type="button" className="quiet add" onClick={() => editor.run(addSection, { stepId })}>
        + {t('content.addSection')}
      </button>
    </>
  );
});
