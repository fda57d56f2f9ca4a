import { useEffect, useMemo, useState } from 'react';
import { createBlankDocument } from '@/model/defaults';
import { pageSizes } from '@/model/schemaConstants';
import type { Language, PageSize, TrappDocument } from '@/model/types';
import { documentLanguages } from '@/model/languageCommands';
import type { TextMeasurer } from '@/layout/fonts';
import { buildPage, getOverviewPage, type SceneContext } from '@/scene/buildScene';
import { SceneSvg } from '@/canvas/SceneSvg';
import { loadTemplates, type TemplateEntry } from './templates';
import { useT } from '../shell/i18nContext';
import { Dialog } from '../fields/Dialog';
import { SelectField } from '../fields/SelectField';
import { SpinButtonField } from '../fields/SpinButtonField';

/** `language`: the written form a blank trapp starts in, the interface's own (nynorsk in the nynorsk interface). */
type Props = {
  context: SceneContext;
  onCreate: (doc: TrappDocument) => void;
  onClose: () => void;
  language?: Language;
};

/** "Ny trapp": the templates with thumbnails drawn by the canvas's renderer, and a blank trapp. */
export function Gallery({ context, onCreate, onClose, language: initialLanguage = 'nb' }: Props) {
  const t = useT();
  const [templates, setTemplates] = useState<TemplateEntry[] | undefined>();
  const [steps, setSteps] = useState(7);
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [size, setSize] = useState<PageSize>('A3');
  useEffect(() => {
    // A template chunk that fails to load (offline, a new deploy) leaves the blank trapp, not 'loading' for ever.
    loadTemplates().then(setTemplates, () => setTemplates([]));
  }, []);
  return (
    <Dialog id="gallery-title" title={t('gallery.title')} className="gallery" onClose={onClose}>
      <p className="muted">{t('gallery.lead')}</p>
      {!templates ? (
        <p>{t('gallery.loading')}</p>
      ) : (
        <ul className="template-grid">
          {templates.map((entry, index) => (
            <li key={entry.id}>
              {/* The templates arrive after the dialog opened: focus moves on to the first of them. */}
              <TemplateCard
                entry={entry}
                measurer={context.measurer}
                context={context}
                onPick={() => onCreate(structuredClone(entry.document))}
                autoFocus={index === 0}
              />
            </li>
          ))}
        </ul>
      )}
      <form
        className="blank"
        onSubmit={(e) => {
          e.preventDefault();
          onCreate(
            createBlankDocument({ steps, language, size, orientation: size === 'A4' ? 'portrait' : 'landscape' }),
          );
        }}
      >
        <h3>{t('gallery.blank')}</h3>
        <SpinButtonField
          className="inline"
          label={t('gallery.steps')}
          min={1}
          max={30}
          value={steps}
          onChange={(text) => setSteps(Math.max(1, Math.min(30, Number(text) || 1)))}
        />
        <SelectField
          className="inline"
          label={t('gallery.language')}
          value={language}
          options={documentLanguages}
          optionLabel={(code) => t(`language.${code}`)}
          onChange={setLanguage}
        />
        <SelectField
          className="inline"
          label={t('gallery.pageSize')}
          value={size}
          options={pageSizes}
          onChange={setSize}
        />
        <button type="submit" className="primary">
          {t('gallery.createBlank')}
        </button>
      </form>
    </Dialog>
  );
}

function TemplateCard({
  entry,
  context,
  onPick,
  autoFocus,
}: {
  entry: TemplateEntry;
  measurer: TextMeasurer;
  context: SceneContext;
  onPick: () => void;
  autoFocus: boolean;
}) {
  const t = useT();
  const { document } = entry;
  const scene = useMemo(() => buildPage(document, getOverviewPage(document), context).sheets[0], [document, context]);
  const name = `${document.meta.municipality}: ${document.meta.title}`;
  return (
    // The name is the visible text ("Bruk malen Lillesand: Helhetlig ..."), so speech input can say what it sees.
    <button
      type="button"
      className="template-card"
      onClick={onPick}
      autoFocus={autoFocus}
      title={t('gallery.use', { name })}
    >
      <span aria-hidden="true">
        <SceneSvg scene={scene} label={name} />
      </span>
      <span className="visually-hidden">{t('gallery.usePrefix')} </span>
      <strong>
        {document.meta.municipality}
        <span className="spoken-only">:</span>
      </strong>
      <span>{document.meta.title}</span>
      <span className="muted">
        {t('gallery.facts', { steps: document.steps.length, language: t(`language.${document.meta.language}`) })}
      </span>
    </button>
  );
}
