import { useCallback, useMemo, useState } from 'react';
import type { Editor } from '@/model/editor';
import type { TextMeasurer } from '@/layout/fonts';
import { buildOverview } from '@/scene/buildScene';
import type { SceneRef } from '@/scene/primitives';
import { getStepNumber } from '@/model/steps';
import { createTranslator, type UiLanguage } from '@/i18n/translate';
import { TrappCanvas } from '@/canvas/TrappCanvas';
import { TranslateContext } from './i18nContext';
import { useDocument } from './useEditor';
import { useHistoryShortcuts } from './shortcuts';
import { Toolbar } from './Toolbar';
import { StepsPanel } from './StepsPanel';
import { Inspector } from './Inspector';
import { OverflowStatus } from './OverflowStatus';

const LANGUAGE_KEY = 'trappa.language';

function initialLanguage(): UiLanguage {
  const saved = localStorage.getItem(LANGUAGE_KEY);
  return saved === 'en' || saved === 'nb' ? saved : 'nb';
}

export function App({ editor, measurer }: { editor: Editor; measurer: TextMeasurer }) {
  const document = useDocument(editor);
  const [language, setLanguage] = useState<UiLanguage>(initialLanguage);
  const [selection, setSelection] = useState<SceneRef | undefined>();
  const t = useMemo(() => createTranslator(language), [language]);
  const view = useMemo(() => buildOverview(document, measurer), [document, measurer]);
  useHistoryShortcuts(editor);

  const changeLanguage = (next: UiLanguage) => {
    setLanguage(next);
    localStorage.setItem(LANGUAGE_KEY, next);
  };
  const describe = useCallback(
    (ref: SceneRef) => {
      if (ref.kind === 'step') {
        const step = document.steps.find((s) => s.id === ref.id);
        return `${t('steps.number', { number: getStepNumber(document, ref.id) })}: ${step?.title ?? ''}`;
      }
      if (ref.kind === 'band') return `${t('inspector.band')}: ${document.bands.find((b) => b.id === ref.id)?.label ?? ''}`;
      if (ref.kind === 'header') return `${document.meta.municipality}: ${document.meta.title}`;
      return t(ref.kind === 'axis' ? 'inspector.axis' : 'inspector.heading');
    },
    [document, t],
  );

  return (
    <TranslateContext.Provider value={t}>
      <div className="app" lang={language === 'en' ? 'en' : 'nb'}>
        <Toolbar editor={editor} document={document} language={language} onLanguage={changeLanguage} />
        <StepsPanel document={document} selection={selection} onSelect={setSelection} />
        <main className="canvas" lang={document.meta.language}>
          <TrappCanvas scene={view.scene} selection={selection} onSelect={setSelection} describe={describe} ariaLabel={t('canvas.label')} />
        </main>
        <Inspector editor={editor} document={document} selection={selection} />
        <footer className="statusbar">
          <OverflowStatus overflows={view.layout.overflows} document={document} />
        </footer>
      </div>
    </TranslateContext.Provider>
  );
}
