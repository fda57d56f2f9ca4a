import { useState } from 'react';
import { MAX_PIXEL_WIDTH, MIN_PIXEL_WIDTH, pngResolutions, type ExportOptions } from '../../../export/options';
import type { PngSize } from '../../../export/rasterPng';
import { useT } from '../shell/i18nContext';
import { CheckField } from '../fields/CheckField';
import { SelectField } from '../fields/SelectField';
import { SpinButtonField } from '../fields/SpinButtonField';

/** The resolutions offered, and last a pixel width typed in. */
const resolutionChoices: readonly (number | 'width')[] = [...pngResolutions, 'width'];

type Props = { options: ExportOptions; pngSize: PngSize; update: (change: Partial<ExportOptions>) => void };

/** PNG: a resolution or a pixel width, and a transparent background. SVG: text as outlines. */
export function ExportImageOptions({ options, pngSize, update }: Props) {
  const t = useT();
  // What is typed stays as typed; the option changes only when it is a width a PNG can have.
  const [widthText, setWidthText] = useState(String(options.pixelWidth || pngSize.width));
  if (options.format === 'svg') {
    return (
      <CheckField
        className="check"
        label={t('export.outlines')}
        checked={options.outlines}
        onChange={(outlines) => update({ outlines })}
      />
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
      <SelectField
        label={t('export.dpi')}
        value={byWidth ? 'width' : options.dpi}
        options={resolutionChoices}
        optionLabel={(dpi) => (dpi === 'width' ? t('export.resolution.width') : t('export.dpiValue', { dpi }))}
        onChange={(dpi) => {
          if (dpi !== 'width') return update({ dpi, pixelWidth: 0 });
          setWidthText(String(pngSize.width));
          update({ pixelWidth: pngSize.width });
        }}
      />
      {byWidth && (
        <SpinButtonField
          label={t('export.pixelWidth')}
          min={MIN_PIXEL_WIDTH}
          max={MAX_PIXEL_WIDTH}
          step={1}
          value={widthText}
          onChange={typeWidth}
        />
      )}
      <p className="muted">
        {t('export.pixels', { width: pngSize.width, height: pngSize.height })}
        {byWidth && ` · ${t('export.dpiValue', { dpi: Math.round(pngSize.dpi) })}`}
      </p>
      <CheckField
        className="check"
        label={t('export.transparent')}
        checked={options.transparent}
        onChange={(transparent) => update({ transparent })}
      />
      {pngSize.reduced && <p className="muted">{t('export.png.reduced', { dpi: Math.round(pngSize.dpi) })}</p>}
    </>
  );
}
