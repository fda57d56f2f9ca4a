import { useEffect, useMemo, useRef, useState } from 'react';
import { pageSizes } from '@/model/schema';
import type { PageSize, TrappDocument } from '@/model/types';
import type { SceneContext } from '@/scene/buildScene';
import { SceneSvg } from '@/canvas/SceneSvg';
import { applyPrintShopPreset, exportFormats, getDefaultExportOptions, isPrintShopPreset, MAX_BLEED_MM, MAX_MARGIN_MM, pngResolutions, readStoredOptions, type ExportOptions } from '../../export/options';
import { placeScene } from '../../export/placement';
import { getPngSize } from '../../export/rasterPng';
import { getExportSheets } from '../../export/sheets';
import { useT } from './i18nContext';
import './ExportDialog.css';

type Props = { document: TrappDocument; context: SceneContext; onClose: () => void };
type Status = { kind: 'idle' } | { kind: 'working'; percent: number } | { kind: 'done'; file: string; size: string; note?: string } | { kind: 'cancelled' } | { kind: 'failed'; detail: string };

/** Session state: the options last used for a document (by municipality and title). */
const storageKey = (doc: TrappDocument) => `trappa.export:${doc.meta.municipality}|${doc.meta.title}`;
const formatSize = (bytes: number) => (bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export default function ExportDialog({ document: doc, context, onClose }: Props) {
  const t = useT();
  const [options, setOptions] = useState<ExportOptions>(() => readStoredOptions(sessionStorage.getItem(storageKey(doc)), getDefaultExportOptions(doc), pageSizes));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abort = useRef<AbortController | undefined>(undefined);
  const sheets = useMemo(() => getExportSheets(doc, context, 'all'), [doc, context]);
  const preview = sheets[0];
  const isImage = options.format === 'png' || options.format === 'svg';
  const placement = placeScene(preview, options.format === 'png' ? { ...options, bleedMm: 0, cropMarks: false } : options);
  const pngSize = getPngSize(placement, options.dpi);
  const update = (change: Partial<ExportOptions>) => setOptions((current) => ({ ...current, ...change }));

  useEffect(() => sessionStorage.setItem(storageKey(doc), JSON.stringify(options)), [doc, options]);
  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  async function run() {
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: 'working', percent: 0 });
    try {
      const { exportInBrowser, downloadFile } = await import('./exportInBrowser');
      const file = await exportInBrowser(doc, context, options, { signal: controller.signal, onProgress: (f) => setStatus({ kind: 'working', percent: Math.round(f * 100) }) });
      if (controller.signal.aborted) return setStatus({ kind: 'cancelled' });
      downloadFile(file);
      setStatus({ kind: 'done', file: file.fileName, size: formatSize(file.data.length), note: file.reducedDpi ? t('export.png.reduced', { dpi: file.reducedDpi }) : undefined });
    } catch (error) {
      setStatus(controller.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', detail: (error as Error).message });
    }
  }

  const mm = (value: string, max: number) => Math.max(0, Math.min(max, Number(value.replace(',', '.')) || 0));
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div className="dialog export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" onClick={(e) => e.stopPropagation()}>
        <header>
          <h2 id="export-title">{t('export.title')}</h2>
          <button type="button" onClick={onClose} aria-label={t('dialog.close')}>✕</button>
        </header>
        <div className="export-body">
          <form className="export-options" onSubmit={(e) => { e.preventDefault(); void run(); }}>
            <fieldset>
              <legend>{t('export.format')}</legend>
              {exportFormats.map((format) => (
                <label key={format}>
                  <input type="radio" name="format" value={format} checked={options.format === format} onChange={() => update({ format })} autoFocus={options.format === format} />
                  {t(`export.format.${format}`)}
                </label>
              ))}
            </fieldset>
            {options.format !== 'html' && (
              <>
                <label>
                  {t('export.paper')}
                  <select aria-label={t('export.paper')} value={options.paper.size} onChange={(e) => update({ paper: { ...options.paper, size: e.target.value as PageSize } })}>
                    {pageSizes.map((size) => <option key={size} value={size}>{size}</option>)}
                  </select>
                </label>
                <label>
                  {t('export.orientation')}
                  <select aria-label={t('export.orientation')} value={options.paper.orientation} onChange={(e) => update({ paper: { ...options.paper, orientation: e.target.value as 'portrait' | 'landscape' } })}>
                    <option value="landscape">{t('toolbar.orientation.landscape')}</option>
                    <option value="portrait">{t('toolbar.orientation.portrait')}</option>
                  </select>
                </label>
                <label>
                  {t('export.margin')}
                  <input type="number" aria-label={t('export.margin')} min={0} max={MAX_MARGIN_MM} step={1} value={options.marginMm} onChange={(e) => update({ marginMm: mm(e.target.value, MAX_MARGIN_MM) })} />
                </label>
              </>
            )}
            {options.format === 'pdf' && (
              <>
                <label>
                  {t('export.pages')}
                  <select aria-label={t('export.pages')} value={options.pages} onChange={(e) => update({ pages: e.target.value as ExportOptions['pages'] })}>
                    <option value="overview">{t('export.pages.overview')}</option>
                    <option value="all">{t('export.pages.all', { count: sheets.length })}</option>
                  </select>
                </label>
                <label className="check">
                  <input type="checkbox" checked={isPrintShopPreset(options)} onChange={(e) => setOptions(applyPrintShopPreset(options, e.target.checked))} />
                  {t('export.printShop')}
                </label>
                <label>
                  {t('export.bleed')}
                  <input type="number" aria-label={t('export.bleed')} min={0} max={MAX_BLEED_MM} step={0.5} value={options.bleedMm} onChange={(e) => update({ bleedMm: mm(e.target.value, MAX_BLEED_MM) })} />
                </label>
                <label className="check">
                  <input type="checkbox" checked={options.cropMarks} onChange={(e) => update({ cropMarks: e.target.checked })} />
                  {t('export.cropMarks')}
                </label>
              </>
            )}
            {options.format === 'png' && (
              <label>
                {t('export.dpi')}
                <select aria-label={t('export.dpi')} value={options.dpi} onChange={(e) => update({ dpi: Number(e.target.value) })}>
                  {pngResolutions.map((dpi) => <option key={dpi} value={dpi}>{t('export.dpiValue', { dpi })}</option>)}
                </select>
                <span className="muted">{t('export.pixels', { width: pngSize.width, height: pngSize.height })}</span>
              </label>
            )}
            {isImage && <p className="muted">{t('export.onePage')}</p>}
            {options.format === 'html' && <p className="muted">{t('export.html.note')}</p>}
            {pngSize.reduced && options.format === 'png' && <p className="muted">{t('export.png.reduced', { dpi: pngSize.dpi })}</p>}
            <div className="export-actions">
              {status.kind === 'working' ? (
                <>
                  <progress max={100} value={status.percent} aria-label={t('export.working', { percent: status.percent })} />
                  <button type="button" onClick={() => abort.current?.abort()}>{t('export.cancel')}</button>
                </>
              ) : (
                <button type="submit" className="primary">{t('export.download')}</button>
              )}
            </div>
            <p role="status" className="export-status">
              {status.kind === 'working' && t('export.working', { percent: status.percent })}
              {status.kind === 'done' && [t('export.done', { file: status.file, size: status.size }), status.note].filter(Boolean).join(' ')}
              {status.kind === 'cancelled' && t('export.cancelled')}
              {status.kind === 'failed' && t('export.failed', { detail: status.detail })}
            </p>
          </form>
          <figure className="export-preview" aria-label={t('export.preview')}>
            <PaperPreview placement={options.format === 'html' ? placeScene(preview, { paper: doc.page, marginMm: 0, bleedMm: 0, cropMarks: false }) : placement} background={preview.background}>
              <SceneSvg scene={preview} label={t('export.preview')} />
            </PaperPreview>
          </figure>
        </div>
      </div>
    </div>
  );
}

/** The paper with the scene where the export puts it; bleed shaded, the trim edge and crop marks drawn. */
function PaperPreview({ placement: p, background, children }: { placement: ReturnType<typeof placeScene>; background: string; children: React.ReactNode }) {
  const pct = (v: number, of: number) => `${(v / of) * 100}%`;
  return (
    <div className="paper" style={{ aspectRatio: `${p.mediaWidth} / ${p.mediaHeight}` }}>
      <svg className="paper-marks" viewBox={`0 0 ${p.mediaWidth} ${p.mediaHeight}`} aria-hidden="true">
        <rect x={p.bleed.x} y={p.bleed.y} width={p.bleed.w} height={p.bleed.h} fill={background} />
        {p.cropMarks.map(([x1, y1, x2, y2], i) => <line key={i} x1={x1} y1={y1} x2={x2} y2={y2} stroke="#000" strokeWidth={Math.max(0.5, p.mediaWidth / 600)} />)}
      </svg>
      <div className="paper-scene" style={{ left: pct(p.dx, p.mediaWidth), top: pct(p.dy, p.mediaHeight), width: pct((p.trim.w - 2 * (p.dx - p.trim.x)), p.mediaWidth), height: pct((p.trim.h - 2 * (p.dy - p.trim.y)), p.mediaHeight) }}>
        {children}
      </div>
      {p.mediaWidth !== p.trim.w && <div className="paper-trim" style={{ left: pct(p.trim.x, p.mediaWidth), top: pct(p.trim.y, p.mediaHeight), width: pct(p.trim.w, p.mediaWidth), height: pct(p.trim.h, p.mediaHeight) }} />}
    </div>
  );
}
