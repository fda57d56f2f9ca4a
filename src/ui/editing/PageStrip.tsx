import { memo, useMemo } from 'react';
import { addPage, movePage, removePage, setStepPages } from '@/model/pageCommands';
import type { Page } from '@/model/types';
import { getPages } from '@/scene/buildScene';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';
import { CheckField } from '../fields/CheckField';

/** `current`: the page shown (an overview the document has no entry for is shown too). */
type Props = { current: Page; onPage: (pageId: string) => void };

/**
 * The document's pages in order: go to one, move it, add a free page, turn step pages on or off.
 * It reads the pages and the steps' order only, so typing in a step does not draw it again.
 */
export const PageStrip = memo(function PageStrip({ current, onPage }: Props) {
  const t = useT();
  const editor = useEditor();
  const documentPages = useEditorDocument((d) => d.pages);
  // Page names number the steps: their ids in order, as one string, which a text edit leaves equal.
  const stepOrder = useEditorDocument((d) => JSON.stringify(d.steps.map((s) => s.id)));
  const stepIds = useMemo(() => JSON.parse(stepOrder) as string[], [stepOrder]);
  const pages = useMemo(() => getPages({ pages: documentPages }), [documentPages]);
  const hasStepPages = documentPages.some((p) => p.kind === 'step');
  const name = (page: Page) =>
    page.kind === 'overview'
      ? t('pages.overview')
      : page.kind === 'step' && page.stepId
        ? t('pages.step', { number: stepIds.indexOf(page.stepId) + 1 })
        : page.title || t('pages.free', { number: pages.filter((p) => p.kind === 'free').indexOf(page) + 1 });
  const index = documentPages.findIndex((p) => p.id === current.id);
  return (
    <nav className="page-strip" aria-label={t('pages.heading')}>
      <ol>
        {pages.map((page) => (
          <li key={page.id}>
            <button
              type="button"
              aria-current={page.id === current.id ? 'page' : undefined}
              onClick={() => onPage(page.id)}
            >
              {name(page)}
            </button>
          </li>
        ))}
      </ol>
      <div className="page-actions">
        <button
          type="button"
          disabled={index <= 0}
          aria-label={t('pages.moveLeft')}
          title={t('pages.moveLeft')}
          onClick={() => editor.run(movePage, { pageId: current.id, toIndex: index - 1 })}
        >
          ←
        </button>
        <button
          type="button"
          disabled={index < 0 || index >= documentPages.length - 1}
          aria-label={t('pages.moveRight')}
          title={t('pages.moveRight')}
          onClick={() => editor.run(movePage, { pageId: current.id, toIndex: index + 1 })}
        >
          →
        </button>
        <button type="button" onClick={() => editor.run(addPage, {})}>
          + {t('pages.add')}
        </button>
        <button
          type="button"
          disabled={current.kind === 'overview'}
          onClick={() => {
            editor.run(removePage, { pageId: current.id });
            onPage(pages[0].id);
          }}
        >
          {t('pages.remove')}
        </button>
        <CheckField
          className="inline"
          label={t('pages.stepPages')}
          checked={hasStepPages}
          onChange={(enabled) => editor.run(setStepPages, { enabled })}
        />
      </div>
    </nav>
  );
});
