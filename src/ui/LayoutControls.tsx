import type { Editor } from '@/model/editor';
import { setLayout } from '@/model/commands';
import type { LayoutOptions } from '@/model/types';
import { useT } from './i18nContext';
import { RangeField } from './RangeField';

const toggles = ['showSubtitles', 'showBands', 'showAxis'] as const;

/** The overview's layout variants that the document already has: what is shown, step width and gap. */
export function LayoutControls({ editor, layout }: { editor: Editor; layout: LayoutOptions }) {
  const t = useT();
  const end = () => editor.endGesture();
  return (
    <section aria-labelledby="layout-controls">
      <h3 id="layout-controls">{t('layout.heading')}</h3>
      {toggles.map((field) => (
        <label key={field} className="checkbox">
          <input type="checkbox" checked={layout[field]} onChange={(e) => editor.run(setLayout, { [field]: e.target.checked })} />
          {t(`layout.${field}`)}
        </label>
      ))}
      <RangeField label={t('layout.stepWidth')} min={0.2} max={0.9} step={0.01} value={layout.stepWidth} format={(v) => `${Math.round(v * 100)} %`} onChange={(stepWidth) => editor.run(setLayout, { stepWidth }, { gesture: 'layout:stepWidth' })} onCommit={end} />
      <RangeField label={t('layout.stepGap')} min={0} max={1} step={0.01} value={layout.stepGap} format={(v) => `${Math.round(v * 100)} %`} onChange={(stepGap) => editor.run(setLayout, { stepGap }, { gesture: 'layout:stepGap' })} onCommit={end} />
    </section>
  );
}
