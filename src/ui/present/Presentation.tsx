import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { SceneContext } from '@/scene/buildScene';
import { SceneSvg } from '@/canvas/SceneSvg';
import { getSlides } from '../../../export/slideSequence';
import { useT } from '../shell/i18nContext';
import { useEditorDocument } from '../shell/editorContext';
import { applyPresentAction, getPresentAction, type PresentAction } from './presentKeys';
import { openPresenterWindow } from './presenterChannel';
import { getSlideLabel } from './slideLabel';
import { useFullscreen } from './useFullscreen';
import { usePresenterSync } from './usePresenterSync';
import { useIdle } from './useIdle';
import './present.css';

type Props = { context: SceneContext; onExit: () => void };

/** The document as a slide show: the overview, each step revealed in turn, each step's page. */
export function Presentation({ context, onExit }: Props) {
  const doc = useEditorDocument((d) => d);
  const t = useT();
  const hintId = useId();
  const root = useRef<HTMLDivElement>(null);
  const slides = useMemo(() => getSlides(doc, context), [doc, context]);
  const [index, setIndex] = useState(0);
  const [status, setStatus] = useState('');
  const current = Math.min(index, slides.length - 1);
  const slide = slides[current];
  const label = getSlideLabel(t, doc, slide);
  const position = t('present.position', { number: current + 1, count: slides.length });
  const fullscreen = useFullscreen(root, onExit);
  const idle = useIdle(root, 2500);
  usePresenterSync(doc, current, setIndex);

  const act = useCallback(
    (action: PresentAction) =>
      action === 'exit' ? onExit() : setIndex((i) => applyPresentAction(action, i, slides.length)),
    [onExit, slides.length],
  );
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const onButton = event.target instanceof HTMLButtonElement;
      const action = getPresentAction(event, onButton);
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act]);
  // Keys go to the presentation from the start (focus moves before the first paint, so a key
  // pressed at once is not taken by the Presenter button); on leaving, focus returns there.
  useLayoutEffect(() => {
    const before = window.document.activeElement as HTMLElement | null;
    root.current?.focus();
    return () => void setTimeout(() => before?.focus());
  }, []);

  const openPresenter = () => {
    fullscreen.allowLeave();
    if (!openPresenterWindow()) setStatus(t('presenter.blocked'));
  };
  const saveSlides = async () => {
    setStatus(t('present.slidesWorking', { percent: 0 }));
    try {
      const { downloadSlides } = await import('./downloadSlides');
      const file = await downloadSlides(doc, context, {
        onProgress: (f) => setStatus(t('present.slidesWorking', { percent: Math.round(f * 100) })),
      });
      setStatus(t('export.done', { file: file.fileName, size: `${Math.max(1, Math.round(file.bytes / 1024))} KB` }));
    } catch (error) {
      setStatus(t('export.failed', { detail: (error as Error).message }));
    }
  };

  return (
    <div
      ref={root}
      className={idle ? 'present idle' : 'present'}
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label')}
      aria-describedby={hintId}
      tabIndex={-1}
      style={{ background: slide.scene.background }}
    >
      <div className="present-stage" lang={doc.meta.language} onClick={() => act('next')}>
        <SceneSvg key={slide.id} scene={slide.scene} label={label} />
      </div>
      <p className="visually-hidden" id={hintId}>
        {t('present.hint')}
      </p>
      <p className="visually-hidden" aria-live="polite">{`${label}. ${position}`}</p>
      <div className="present-controls" role="group" aria-label={t('present.label')}>
        <button type="button" onClick={() => act('previous')} disabled={current === 0}>
          ← {t('present.previous')}
        </button>
        <span className="present-position">{position}</span>
        <button type="button" onClick={() => act('next')} disabled={current === slides.length - 1}>
          {t('present.next')} →
        </button>
        <button type="button" onClick={openPresenter}>
          {t('present.presenterView')}
        </button>
        <button type="button" onClick={() => void saveSlides()}>
          {t('present.slidesPdf')}
        </button>
        <button type="button" onClick={onExit}>
          {t('present.exit')}
        </button>
        <span role="status" className="present-status">
          {status}
        </span>
      </div>
    </div>
  );
}
