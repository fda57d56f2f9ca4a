import { useEffect, useMemo, useRef, useState } from 'react';
import { orientations, pageSizes } from '@/model/schemaConstants';
import type { TrappDocument } from '@/model/types';
import type { SceneContext } from '@/scene/buildScene';
import { SceneSvg } from '@/canvas/SceneSvg';
import {
  applyPrintShopPreset,
  exportFormats,
  getDefaultExportOptions,
  isPrintShopPreset,
  MAX_BLEED_MM,
  MAX_MARGIN_MM,
  readStoredOptions,
  type ExportOptions,
  type PageChoice,
} from '../../../export/options';
import { placeScene } from '../../../export/placement';
import { runPreflight, type PreflightIssue } from '../../../export/preflight';
import { getPngDpi, getPngSize } from '../../../export/rasterPng';
import { getExportDocument, getExportSheets } from '../../../export/sheets';
import { ExportImageOptions } from './ExportImageOptions';
import { ExportPaperPreview } from './ExportPaperPreview';
import { PreflightList, type PreflightTarget } from './PreflightList';
import { useT } from '../shell/i18nContext';
import { useEditorDocument } from '../shell/editorContext';
import './ExportDialog.css';
import { Dialog } from '../fields/Dialog';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { CheckField } from '../fields/CheckField';
import { SelectField } from '../fields/SelectField';
import { SpinButtonField } from '../fields/SpinButtonField';

type Props = { context: SceneContext; onClose: () => void; onJump?: (target: PreflightTarget) => void };
type Status =
  | { kind: 'idle' }
  | { kind: 'working'; percent: number }
  | { kind: 'done'; file: string; size: string; note?: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; detail: string };

/** Session state: the options last used for a document (by municipality and title). */
const storageKey = (doc: TrappDocument) => `trappa.export:${doc.meta.municipality}|${doc.meta.title}`;
const pageChoices: readonly PageChoice[] = ['overview', 'all'];
const formatSize = (bytes: number) =>
  bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export default function ExportDialog({ context, onClose, onJump }: Props) {
  const doc = useEditorDocument((d) => d);
  const t = useT();
  const [options, setOptions] = useState<ExportOptions>(() =>
    readStoredOptions(sessionStorage.getItem(storageKey(doc)), getDefaultExportOptions(doc), pageSizes),
  );
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abort = useRef<AbortController | undefined>(undefined);
  const { paper, relayout, format, pages } = options;
  // The document as it will be laid out: re-laid for the paper unless the user keeps its own layout.
  const exported = useMemo(
    () => (format === 'html' ? doc : getExportDocument(doc, { paper, relayout })),
    [doc, format, paper, relayout],
  );
  const sheets = useMemo(() => getExportSheets(exported, context, 'all'), [exported, context]);
  const preview = sheets[0];
  const isImage = format === 'png' || format === 'svg';
  const placement = placeScene(preview, format === 'png' ? { ...options, bleedMm: 0, cropMarks: false } : options);
  const pngSize = getPngSize(placement, getPngDpi(options, placement));
  const update = (change: Partial<ExportOptions>) => setOptions((current) => ({ ...current, ...change }));
  const [preflight, setPreflight] = useState<PreflightIssue[] | undefined>();
  useEffect(() => {
    // Lays out the exported pages and checks contrast (up to a few hundred ms): after the options settle.
    setPreflight(undefined);
    const timer = setTimeout(() => setPreflight(runPreflight(doc, context, { format, pages, paper, relayout })), 120);
    return () => clearTimeout(timer);
  }, [doc, context, format, pages, paper, relayout]);

  useEffect(() => sessionStorage.setItem(storageKey(doc), JSON.stringify(options)), [doc, options]);
  useEffect(() => () => abort.current?.abort(), []);

  async function run() {
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: 'working', percent: 0 });
    try {
      const { exportInBrowser, downloadFile } = await import('./exportInBrowser');
      const started = performance.now();
      const file = await exportInBrowser(doc, context, options, {
        signal: controller.signal,
        onProgress: (f) => setStatus({ kind: 'working', percent: Math.round(f * 100) }),
      });
      if (controller.signal.aborted) return setStatus({ kind: 'cancelled' });
      // The exporter's own time, for the benchmark (bench/browserPng.ts) and the browser's profiler.
      performance.measure('trappa:export', {
        start: started,
        detail: { format: options.format, bytes: file.data.length },
      });
      downloadFile(file);
      setStatus({
        kind: 'done',
        file: file.fileName,
        size: formatSize(file.data.length),
        note: file.reducedDpi ? t('export.png.reduced', { dpi: file.reducedDpi }) : undefined,
      });
    } catch (error) {
      setStatus(
        controller.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', detail: (error as Error).message },
      );
    }
  }

  const mm = (value: string, max: number) => Math.max(0, Math.min(max, Number(value.replace(',', '.')) || 0));
  return (
    <Dialog id="export-title" title={t('export.title')} className="export-dialog" onClose={onClose}>
      <div className="export-body">
        <form
          className="export-options"
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <ChoiceGroup
            name="format"
            legend={t('export.format')}
            options={exportFormats}
            value={options.format}
            label={(format) => t(`export.format.${format}`)}
            onChange={(format) => update({ format })}
            autoFocus
          />
          {options.format !== 'html' && (
            <>
              <SelectField
                label={t('export.paper')}
                value={options.paper.size}
                options={pageSizes}
                onChange={(size) => update({ paper: { ...options.paper, size } })}
              />
              <SelectField
                label={t('export.orientation')}
                value={options.paper.orientation}
                options={orientations}
                optionLabel={(orientation) => t(`toolbar.orientation.${orientation}`)}
                onChange={(orientation) => update({ paper: { ...options.paper, orientation } })}
              />
              <SpinButtonField
                label={t('export.margin')}
                min={0}
                max={MAX_MARGIN_MM}
                step={1}
                value={options.marginMm}
                onChange={(text) => update({ marginMm: mm(text, MAX_MARGIN_MM) })}
              />
              <CheckField
                className="check"
                label={t('export.relayout')}
                checked={relayout}
                onChange={(on) => update({ relayout: on })}
              />
              {!relayout && <p className="muted">{t('export.relayoutHint', { size: doc.page.size })}</p>}
            </>
          )}
          {options.format === 'pdf' && (
            <>
              <SelectField
                label={t('export.pages')}
                value={options.pages}
                options={pageChoices}
                optionLabel={(choice) =>
                  choice === 'all' ? t('export.pages.all', { count: sheets.length }) : t('export.pages.overview')
                }
                onChange={(pages) => update({ pages })}
              />
              <CheckField
                className="check"
                label={t('export.printShop')}
                checked={isPrintShopPreset(options)}
                onChange={(on) => setOptions(applyPrintShopPreset(options, on))}
              />
              <SpinButtonField
                label={t('export.bleed')}
                min={0}
                max={MAX_BLEED_MM}
                step={0.5}
                value={options.bleedMm}
                onChange={(text) => update({ bleedMm: mm(text, MAX_BLEED_MM) })}
              />
              <CheckField
                className="check"
                label={t('export.cropMarks')}
                checked={options.cropMarks}
                onChange={(cropMarks) => update({ cropMarks })}
              />
            </>
          )}
          <ExportImageOptions options={options} pngSize={pngSize} update={update} />
          {isImage && <p className="muted">{t('export.onePage')}</p>}
          {options.format === 'html' && <p className="muted">{t('export.html.note')}</p>}
          <div className="export-actions">
            {status.kind === 'working' ? (
              <>
                <progress
                  max={100}
                  value={status.percent}
                  aria-label={t('export.working', { percent: status.percent })}
                />
                <button type="button" onClick={() => abort.current?.abort()}>
                  {t('export.cancel')}
                </button>
              </>
            ) : (
              <button type="submit" className="primary">
                {t('export.download')}
              </button>
            )}
          </div>
          <p role="status" className="export-status">
            {status.kind === 'working' && t('export.working', { percent: status.percent })}
            {status.kind === 'done' &&
              [t('export.done', { file: status.file, size: status.size }), status.note].filter(Boolean).join(' ')}
            {status.kind === 'cancelled' && t('export.cancelled')}
            {status.kind === 'failed' && t('export.failed', { detail: status.detail })}
          </p>
        </form>
        <div className="export-side">
          <figure className="export-preview" aria-label={t('export.preview')}>
            <ExportPaperPreview
              placement={
                options.format === 'html'
                  ? placeScene(preview, { paper: doc.page, marginMm: 0, bleedMm: 0, cropMarks: false })
                  : placement
              }
              background={preview.background}
            >
              <SceneSvg scene={preview} label={t('export.preview')} />
            </ExportPaperPreview>
          </figure>
          <PreflightList document={doc} issues={preflight} onJump={onJump} />
        </div>
      </div>
    </Dialog>
  );
}
