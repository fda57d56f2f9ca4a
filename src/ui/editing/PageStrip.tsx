import { addPage, movePage, removePage, setStepPages } from '@/model/pageCommands';
import type { Page } from '@/model/types';
import { getPages } from '@/scene/buildScene';
import { getStepNumber } from '@/model/steps';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';
import { CheckField } from '../fields/CheckField';

/** `current`: the page shown (an overview the document has no entry for is shown too). */
type Props = { current: Page; onPage: (pageId: string) => void };

/** The document's pages in order: go to one, move it, add a free page, turn step pages on or off. */
export function PageStrip({ current, onPage }: Props) {
  const t = useT();
  const editor = useEditor();
  // Page names number the steps, so the whole document is read.
  const document = useEditorDocument((d) => d);
  const pages = getPages(document);
  const hasStepPages = document.pages.some((p) => p.kind === 'step');
  const name = (page: Page) =>
    page.kind === 'overview'
      ? t('pages.overview')
      : page.kind === 'step' && page.stepId
        ? t('pages.step', { number: getStepNumber(document, page.stepId) })
        : page.title || t('pages.free', { number: pages.filter((p) => p.kind === 'free').indexOf(page) + 1 });
  const index = document.pages.findIndex((p) => p.id === current.id);
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
          disabled={index < 0 || index >= document.pages.length - 1}
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
}
