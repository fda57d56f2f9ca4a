import { useState } from 'react';
import {
  addTrackColumn,
  addTrackRow,
  moveTrackColumn,
  moveTrackRow,
  removeTrackColumn,
  removeTrackRow,
  setTrackCell,
  setTrackColumnRange,
  setTrackColumnTitle,
  setTrackPosition,
  setTrackRowLabel,
  setTrackText,
} from '@/model/trackCommands';
import type { Track } from '@/model/types';
import type { SceneRef } from '@/scene/primitives';
import { useT } from '../shell/i18nContext';
import { RowActions } from '../fields/RowActions';
import { StepRangeSelect } from '../fields/StepRangeSelect';
import { TextField } from '../fields/TextField';
import { getOwn } from '@/model/limits';
import { useEditor } from '../shell/editorContext';
import { gestureKey } from '@/model/gestureKey';

type Props = { track: Track; selection: SceneRef | undefined };

/** A parallel track edited as a table: title and arrow, columns with their steps, rows, and each column's cells. */
export function TrackInspector({ track, selection }: Props) {
  const editor = useEditor();
  const t = useT();
  const trackId = track.id;
  const end = () => editor.endGesture();
  const selectedColumn =
    selection?.kind === 'trackCell' || selection?.kind === 'trackColumn' ? selection.columnId : undefined;
  const [columnId, setColumnId] = useState<string | undefined>(selectedColumn);
  const column = track.columns.find((c) => c.id === (selectedColumn ?? columnId)) ?? track.columns[0];
  const text = (field: 'title' | 'start' | 'end', label: string, value: string) => (
    <TextField
      label={label}
      value={value}
      onCommit={end}
      onChange={(v) =>
        editor.run(setTrackText, { trackId, field, value: v }, { gesture: gestureKey('track', trackId, field) })
      }
    />
  );
  return (
    <section aria-label={t('track.heading')}>
      <h3>{t('track.heading')}</h3>
      {text('title', t('track.title'), track.title)}
      {text('start', t('inspector.axisStart'), track.axis.start)}
      {text('end', t('inspector.axisEnd'), track.axis.end)}
      <label className="inline checkbox">
        {t('track.position')}
        <select
          value={track.position}
          onChange={(e) => editor.run(setTrackPosition, { trackId, position: e.target.value as Track['position'] })}
        >
          <option value="below">{t('track.below')}</option>
          <option value="above">{t('track.above')}</option>
        </select>
      </label>

      <h4>{t('track.columns')}</h4>
      <ol className="rows">
        {track.columns.map((c, i) => (
          <li key={c.id}>
            <input
              aria-label={t('track.columnTitle', { number: i + 1 })}
              value={c.title}
              onBlur={end}
              onChange={(e) =>
                editor.run(
                  setTrackColumnTitle,
                  { trackId, columnId: c.id, title: e.target.value },
                  { gesture: gestureKey('column', c.id) },
                )
              }
            />
            <StepRangeSelect
              firstStep={c.firstStep}
              lastStep={c.lastStep}
              onChange={(range) => editor.run(setTrackColumnRange, { trackId, columnId: c.id, ...range })}
            />
            <RowActions
              index={i}
              count={track.columns.length}
              onMove={(toIndex) => editor.run(moveTrackColumn, { trackId, columnId: c.id, toIndex })}
              onRemove={() => editor.run(removeTrackColumn, { trackId, columnId: c.id })}
              removeLabel="track.removeColumn"
            />
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => editor.run(addTrackColumn, { trackId })}>
        + {t('track.addColumn')}
      </button>

      <h4>{t('track.rows')}</h4>
      <ol className="rows">
        {track.rows.map((r, i) => (
          <li key={r.id}>
            <input
              aria-label={t('track.rowLabel', { number: i + 1 })}
              value={r.label}
              onBlur={end}
              onChange={(e) =>
                editor.run(
                  setTrackRowLabel,
                  { trackId, rowId: r.id, label: e.target.value },
                  { gesture: gestureKey('row', r.id) },
                )
              }
            />
            <RowActions
              index={i}
              count={track.rows.length}
              onMove={(toIndex) => editor.run(moveTrackRow, { trackId, rowId: r.id, toIndex })}
              onRemove={() => editor.run(removeTrackRow, { trackId, rowId: r.id })}
              removeLabel="track.removeRow"
            />
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => editor.run(addTrackRow, { trackId })}>
        + {t('track.addRow')}
      </button>

      {column && (
        <>
          <h4>{t('track.cells')}</h4>
          <label className="inline checkbox">
            {t('track.column')}
            <select value={column.id} onChange={(e) => setColumnId(e.target.value)}>
              {track.columns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
          {track.rows.map((row) => (
            <TextField
              key={`${column.id}:${row.id}`}
              label={row.label}
              multiline
              value={getOwn(column.cells, row.id) ?? ''}
              onCommit={end}
              onChange={(value) =>
                editor.run(
                  setTrackCell,
                  { trackId, columnId: column.id, rowId: row.id, text: value },
                  { gesture: gestureKey('cell', column.id, row.id) },
                )
              }
            />
          ))}
        </>
      )}
    </section>
  );
}
