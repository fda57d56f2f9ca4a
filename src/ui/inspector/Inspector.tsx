import { Suspense, useEffect, type ReactNode } from 'react';
import {
  setAxisText,
  setBandLabel,
  setMetaText,
  setStepText,
  type MetaTextField,
  type StepTextField,
} from '@/model/commands';
import { documentLanguages, setDocumentLanguage } from '@/model/languageCommands';
import { getStepIndex, getStepNumber } from '@/model/steps';
import { getStepFill } from '@/layout/stepColours';
import { getStepTitleColour } from '@/layout/stepShape';
import { setStepPage } from '@/model/pageCommands';
import type { Step } from '@/model/types';
import type { Scene, SceneRef } from '@/scene/primitives';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';
import { TextField } from '../fields/TextField';
import { DocumentTextField } from '../fields/DocumentTextField';
import { StackedSelectField } from '../fields/StackedSelectField';
import { CheckField } from '../fields/CheckField';
import {
  ChartInspector,
  ElementInspector,
  FiguresEditor,
  MasteryCompareEditor,
  preloadInspectorsWhenIdle,
  StepContentEditor,
  StepStyleEditor,
  TrackInspector,
} from './lazyInspectors';
import { getChartId, getTrackId } from '@/scene/sceneRef';
import { gestureKey } from '@/model/gestureKey';

/** `sheet`: the current page as drawn; `footer`: shown under whatever is selected (the note for a moved part, the history list). */
type Props = { selection: SceneRef | undefined; sheet?: Scene; footer?: ReactNode };

export function Inspector({ selection, sheet, footer }: Props) {
  const t = useT();
  const editor = useEditor();
  const document = useEditorDocument((d) => d);
  useEffect(preloadInspectorsWhenIdle, []);
  const end = () => editor.endGesture();
  let body;
  const track = document.tracks.find((tr) => tr.id === getTrackId(selection));
  const chart = document.charts.find((c) => c.id === getChartId(selection));
  if (track) body = <TrackInspector key={track.id} track={track} selection={selection} />;
  else if (chart)
    body = (
      <>
        <ChartInspector chart={chart} />
        {chart.kind === 'mastery' && <MasteryCompareEditor chart={chart} />}
      </>
    );
  else if (selection?.kind === 'step' || selection?.kind === 'callout' || selection?.kind === 'stepChange') {
    const step = document.steps.find((s) => s.id === selection.id);
    if (step) body = <StepInspector step={step} />;
  } else if (selection?.kind === 'band') {
    const band = document.bands.find((b) => b.id === selection.id);
    if (band)
      body = (
        <section aria-label={t('inspector.band')}>
          <h3>{t('inspector.band')}</h3>
          <p className="muted">
            {t('inspector.bandRange', {
              first: getStepNumber(document, band.firstStep),
              last: getStepNumber(document, band.lastStep),
            })}
          </p>
          <TextField
            label={t('inspector.bandLabel')}
            value={band.label}
            onCommit={end}
            onChange={(label) =>
              editor.run(setBandLabel, { bandId: band.id, label }, { gesture: gestureKey('band', band.id) })
            }
          />
        </section>
      );
  } else if (selection?.kind === 'header' || selection?.kind === 'footer') {
    const field = (name: MetaTextField, label: string, multiline = false) => (
      <DocumentTextField
        label={label}
        value={document.meta[name]}
        multiline={multiline}
        command={setMetaText}
        ids={{ field: name }}
        gesture="meta"
      />
    );
    body = (
      <section aria-label={t('inspector.header')}>
        <h3>{t('inspector.header')}</h3>
        {field('municipality', t('inspector.municipality'))}
        {field('title', t('inspector.docTitle'))}
        <StackedSelectField
          id="document-language"
          label={t('inspector.docLanguage')}
          value={document.meta.language}
          options={documentLanguages}
          optionLabel={(language) => t(`language.${language}`)}
          onChange={(language) => editor.run(setDocumentLanguage, { language })}
        />
        {field('intro', t('inspector.intro'), true)}
        {field('footnote', t('inspector.docFootnote'))}
      </section>
    );
  } else if (selection?.kind === 'element') {
    body = <ElementInspector key={selection.id} elementId={selection.id} sheet={sheet} />;
  } else if (selection?.kind === 'axis') {
    const field = (name: 'label' | 'start' | 'end', label: string) => (
      <DocumentTextField
        label={label}
        value={document.axis[name]}
        command={setAxisText}
        ids={{ field: name }}
        gesture="axis"
      />
    );
    body = (
      <section aria-label={t('inspector.axis')}>
        <h3>{t('inspector.axis')}</h3>
        {field('label', t('inspector.axisLabel'))}
        {field('start', t('inspector.axisStart'))}
        {field('end', t('inspector.axisEnd'))}
      </section>
    );
  }
  return (
    <aside className="panel inspector" aria-label={t('inspector.heading')}>
      {/* Until the inspectors' chunk arrives (once), the panel shows only its footer; the keyboard waits for the placeholder to go. */}
      <Suspense fallback={<div className="inspector-loading" />}>
        {body ?? <p className="empty">{t('inspector.empty')}</p>}
      </Suspense>
      {footer}
    </aside>
  );
}

function StepInspector({ step }: { step: Step }) {
  const editor = useEditor();
  const t = useT();
  // Only the number, the page check and the colours it shows, not the whole document.
  const index = useEditorDocument((d) => getStepIndex(d, step.id));
  const number = index + 1;
  const ownPage = useEditorDocument((d) => d.pages.some((p) => p.kind === 'step' && p.stepId === step.id));
  const fill = useEditorDocument((d) => getStepFill(d, index));
  const textColour = useEditorDocument((d) => getStepTitleColour(d, index));
  const field = (name: StepTextField, label: string, multiline = false) => (
    <DocumentTextField
      label={label}
      value={step[name] ?? ''}
      multiline={multiline}
      command={setStepText}
      ids={{ stepId: step.id, field: name }}
      gesture="step"
    />
  );
  return (
    <section aria-label={t('inspector.step', { number })}>
      <h3>{t('inspector.step', { number })}</h3>
      <CheckField
        className="inline checkbox"
        label={t('inspector.ownPage')}
        checked={ownPage}
        onChange={(enabled) => editor.run(setStepPage, { stepId: step.id, enabled })}
      />
      {field('title', t('inspector.title'))}
      {field('subtitle', t('inspector.subtitle'))}
      {field('vision', t('inspector.vision'), true)}
      {step.callout !== undefined && field('callout', t('inspector.callout'), true)}
      {step.footnote !== undefined && field('footnote', t('inspector.footnote'), true)}
      {/* Each takes only its part of the step, so typing in a field above does not draw them again. */}
      <StepContentEditor stepId={step.id} commitments={step.commitments} sections={step.sections} />
      <FiguresEditor stepId={step.id} change={step.change} figures={step.figures} />
      <StepStyleEditor stepId={step.id} style={step.style} fill={fill} textColour={textColour} />
      {field('notes', t('inspector.notes'), true)}
    </section>
  );
}
