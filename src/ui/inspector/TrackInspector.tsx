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
import { EditableRows } from './EditableRows';
import { TextField } from '../fields/TextField';
import { DocumentTextField } from '../fields/DocumentTextField';
import { SelectField } from '../fields/SelectField';
import { getOwn } from '@/model/limits';
import { useEditor } from '../shell/editorContext';
import { gestureKey } from '@/model/gestureKey';

const positions: readonly Track['position'][] = ['below', 'above'];

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
    <DocumentTextField label={label} value={value} command={setTrackText} ids={{ trackId, field }} gesture="track" />
  );
  return (
    <section aria-label={t('track.heading')}>
      <h3>{t('track.heading')}</h3>
      {text('title', t('track.title'), track.title)}
      {text('start', t('inspector.axisStart'), track.axis.start)}
      {text('end', t('inspector.axisEnd'), track.axis.end)}
      <SelectField
        className="inline checkbox"
        label={t('track.position')}
        value={track.position}
        options={positions}
        optionLabel={(position) => t(`track.${position}`)}
        onChange={(position) => editor.run(setTrackPosition, { trackId, position })}
      />

      <h4>{t('track.columns')}</h4>
      <EditableRows
        rows={track.columns}
        label={(i) => t('track.columnTitle', { number: i + 1 })}
        text={(c) => c.title}
        onText={(c, title) =>
          editor.run(setTrackColumnTitle, { trackId, columnId: c.id, title }, { gesture: gestureKey('column', c.id) })
        }
        range={(c) => c}
        onRange={(c, range) => editor.run(setTrackColumnRange, { trackId, columnId: c.id, ...range })}
        onMove={(c, toIndex) => editor.run(moveTrackColumn, { trackId, columnId: c.id, toIndex })}
        onRemove={(c) => editor.run(removeTrackColumn, { trackId, columnId: c.id })}
        removeLabel={t('track.removeColumn')}
        onAdd={() => editor.run(addTrackColumn, { trackId })}
        addLabel={t('track.addColumn')}
      />

      <h4>{t('track.rows')}</h4>
      <EditableRows
        rows={track.rows}
        label={(i) => t('track.rowLabel', { number: i + 1 })}
        text={(r) => r.label}
        onText={(r, label) =>
          editor.run(setTrackRowLabel, { trackId, rowId: r.id, label }, { gesture: gestureKey('row', r.id) })
        }
        onMove={(r, toIndex) => editor.run(moveTrackRow, { trackId, rowId: r.id, toIndex })}
        onRemove={(r) => editor.run(removeTrackRow, { trackId, rowId: r.id })}
        removeLabel={t('track.removeRow')}
        onAdd={() => editor.run(addTrackRow, { trackId })}
        addLabel={t('track.addRow')}
      />

      {column && (
        <>
          <h4>{t('track.cells')}</h4>
          <SelectField
            className="inline checkbox"
            label={t('track.column')}
            value={column.id}
            options={track.columns.map((c) => c.id)}
            optionLabel={(id) => track.columns.find((c) => c.id === id)?.title ?? ''}
            onChange={setColumnId}
          />
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
