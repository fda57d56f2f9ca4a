import { useState } from 'react';
import { renameFigureSeries } from '@/model/figureCommands';
import { useT } from '../shell/i18nContext';
import { useEditor } from '../shell/editorContext';

type Props = { series: string; all: string[]; onMessage: (message: string) => void };

/** A year or scenario's name, renamed where it stands; an empty or taken name is refused. */
export function SeriesName({ series, all, onMessage }: Props) {
  const editor = useEditor();
  const t = useT();
  const [text, setText] = useState<string | undefined>();
  const commit = () => {
    if (text === undefined) return;
    const name = text.trim();
    setText(undefined);
    if (name === series) return;
    if (!name) return onMessage(t('dataTable.seriesEmpty'));
    if (all.includes(name)) return onMessage(t('dataTable.seriesExists', { series: name }));
    editor.run(renameFigureSeries, { from: series, to: name });
    onMessage('');
  };
  return (
    <input
      className="series-name"
      aria-label={t('dataTable.renameSeries', { series: series || t('dataTable.unnamed') })}
      value={text ?? series}
      placeholder={t('dataTable.unnamed')}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape' && text !== undefined) {
          e.nativeEvent.stopPropagation();
          setText(undefined);
        }
      }}
    />
  );
}
