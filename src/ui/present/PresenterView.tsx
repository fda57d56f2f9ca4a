import { useEffect, useMemo, useRef, useState } from 'react';
import type { TextMeasurer } from '@/layout/fonts';
import { formatDocumentFigure } from '@/i18n/documentFigures';
import type { SceneContext } from '@/scene/buildScene';
import { sceneExtras } from '@/scene/sceneExtras';
import { createTranslator } from '@/i18n/translate';
import { getInitialUiLanguage } from '@/i18n/uiLanguage';
import { SceneSvg } from '@/canvas/SceneSvg';
import { getSlides } from '../../../export/slideSequence';
import { applyPresentAction, getPresentAction } from './presentKeys';
import { openPresenterChannel, type PresenterChannel, type PresenterMessage } from './presenterChannel';
import { getSlideLabel, getSlideNotes } from './slideLabel';
import './presenter.css';

type Show = Extract<PresenterMessage, { type: 'state' }>;

const twoDigits = (n: number) => String(n).padStart(2, '0');
const formatClock = (date: Date) => `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
const formatElapsed = (ms: number) => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  return `${hours ? `${hours}:` : ''}${twoDigits(Math.floor(seconds / 60) % 60)}:${twoDigits(seconds % 60)}`;
};

/** The second window (#presenter): the current and next slide, the speaker notes and a clock. */
export function PresenterView({ measurer }: { measurer: TextMeasurer }) {
  const language = useMemo(getInitialUiLanguage, []);
  const t = useMemo(() => createTranslator(language), [language]);
  // This window is a chunk of its own, loaded for a presentation: it brings the extras with it.
  const context = useMemo<SceneContext>(
    () => ({ measurer, formatFigure: formatDocumentFigure, extras: sceneExtras }),
    [measurer],
  );
  const [show, setShow] = useState<Show | undefined>();
  const [now, setNow] = useState(() => new Date());
  const channel = useRef<PresenterChannel | undefined>(undefined);
  // Only the document matters: the slides are not laid out again when another part of `show` changes.
  const shownDocument = show?.document;
  const slides = useMemo(() => (shownDocument ? getSlides(shownDocument, context) : []), [shownDocument, context]);

  useEffect(() => {
    channel.current = openPresenterChannel((message) => {
      if (message.type === 'state') setShow(message);
      else if (message.type === 'ended') setShow(undefined);
    });
    channel.current.post({ type: 'hello' });
    const timer = setInterval(() => setNow(new Date()), 1000);
    window.document.documentElement.lang = language;
    window.document.title = `${t('present.presenterView')} – Trappa`;
    return () => {
      clearInterval(timer);
      channel.current?.close();
    };
  }, [language, t]);

  const go = (index: number) => channel.current?.post({ type: 'go', index });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = getPresentAction(event, event.target instanceof HTMLButtonElement);
      if (!show || !action || action === 'exit') return;
      event.preventDefault();
      go(applyPresentAction(action, show.index, slides.length));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show, slides.length]);

  if (!show || slides.length === 0)
    return (
      <main className="presenter waiting">
        <h1>{t('present.presenterView')}</h1>
        <p>{t('presenter.waiting')}</p>
      </main>
    );
  const doc = show.document;
  const current = slides[Math.min(show.index, slides.length - 1)];
  const next = slides[show.index + 1];
  const notes = getSlideNotes(doc, current);
  return (
    <main className="presenter">
      <header className="presenter-bar">
        <h1>{t('present.presenterView')}</h1>
        <span>{t('present.position', { number: show.index + 1, count: slides.length })}</span>
        <button type="button" onClick={() => go(show.index - 1)} disabled={show.index === 0}>
          ← {t('present.previous')}
        </button>
        <button type="button" onClick={() => go(show.index + 1)} disabled={!next}>
          {t('present.next')} →
        </button>
        <span className="spacer" />
        <span>
          {t('presenter.elapsed')}{' '}
          <time className="presenter-time">{formatElapsed(now.getTime() - show.startedAt)}</time>
        </span>
        <span>
          {t('presenter.clock')} <time className="presenter-time">{formatClock(now)}</time>
        </span>
      </header>
      <section className="presenter-current" aria-label={t('presenter.now')}>
        <h2>
          {t('presenter.now')}: {getSlideLabel(t, doc, current)}
        </h2>
        <div className="presenter-slide" lang={doc.meta.language}>
          <SceneSvg scene={current.scene} label={getSlideLabel(t, doc, current)} />
        </div>
      </section>
      <section className="presenter-next" aria-label={t('present.next')}>
        <h2>
          {t('present.next')}: {next ? getSlideLabel(t, doc, next) : t('presenter.end')}
        </h2>
        {next && (
          <div className="presenter-slide" lang={doc.meta.language}>
            <SceneSvg scene={next.scene} label={getSlideLabel(t, doc, next)} />
          </div>
        )}
      </section>
      <section className="presenter-notes" aria-label={t('presenter.notes')}>
        <h2>{t('presenter.notes')}</h2>
        {notes ? <p lang={doc.meta.language}>{notes}</p> : <p className="muted">{t('presenter.noNotes')}</p>}
      </section>
    </main>
  );
}
