import { useState } from 'react';
import { MAX_PIXEL_WIDTH, MIN_PIXEL_WIDTH, pngResolutions, type ExportOptions } from '../../../export/options';
import type { PngSize } from '../../../export/rasterPng';
import { useT } from '../shell/i18nContext';

type Props = { options: ExportOptions; pngSize: PngSize; update: (change: Partial<ExportOptions>) => void };

/** PNG: a resolution or a pixel width, and a transparent background. SVG: text as outlines. */
export function ExportImageOptions({ options, pngSize, update }: Props) {
  const t = useT();
  // What is typed stays as typed; the option changes only when it is a width a PNG can have.
  const [widthText, setWidthText] = useState(String(options.pixelWidth || pngSize.width));
  if (options.format === 'svg') {
    return (
      <label className="check">
        <input type="checkbox" checked={options.outlines} onChange={(e) => update({ outlines: e.target.checked })} />
        {t('export.outlines')}
      </label>
    );
  }
  if (options.format !== 'png') return null;
  const byWidth = options.pixelWidth > 0;
  const typeWidth = (text: string) => {
    setWidthText(text);
    const width = Number(text);
    if (Number.isInteger(width) && width >= MIN_PIXEL_WIDTH && width <= MAX_PIXEL_WIDTH) update({ pixelWidth: width });
  };
  return (
    <>
      <label>
        {t('export.dpi')}
        <select
          aria-label={t('export.dpi')}
          value={byWidth ? 'width' : options.dpi}
          onChange={(e) => {
            if (e.target.value !== 'width') return update({ dpi: Number(e.target.value), pixelWidth: 0 });
            setWidthText(String(pngSize.width));
            update({ pixelWidth: pngSize.width });
          }}
        >
          {pngResolutions.map((dpi) => (
            <option key={dpi} value={dpi}>
              {t('export.dpiValue', { dpi })}
            </option>
          ))}
          <option value="width">{t('export.resolution.width')}</option>
        </select>
      </label>
      {byWidth && (
        <label>
          {t('export.pixelWidth')}
          <input
            type="number"
            aria-label={t('export.pixelWidth')}
            min={MIN_PIXEL_WIDTH}
            max={MAX_PIXEL_WIDTH}
            step={1}
            value={widthText}
            onChange={(e) => typeWidth(e.target.value)}
          />
        </label>
      )}
      <p className="muted">
        {t('export.pixels', { width: pngSize.width, height: pngSize.height })}
        {byWidth && ` · ${t('export.dpiValue', { dpi: Math.round(pngSize.dpi) })}`}
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={options.transparent}
          onChange={(e) => update({ transparent: e.target.checked })}
        />
        {t('export.transparent')}
      </label>
      {pngSize.reduced && <p className="muted">{t('export.png.reduced', { dpi: Math.round(pngSize.dpi) })}</p>}
    </>
  );
}
