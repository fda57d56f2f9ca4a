import { useState } from 'react';
import type { Editor, HistoryMark } from '@/model/editor';
import type { TrappDocument } from '@/model/types';
import type { SceneRef } from '@/scene/primitives';
import { pickField, type EditField } from '@/scene/editFields';
import { isSameRef } from '@/scene/sceneRef';
import type { InlineEditorData } from '@/canvas/InlineEditorNode';
import type { Translate } from '@/i18n/translate';
import { getInlineTarget } from './inlineEdit';

/**
 * Editing a drawn text in place: a double-click on a field starts it (one typing gesture), Enter
 * keeps it, Escape takes it back. `fields` are the page's editable fields as laid out now.
 */
export function useInlineEdit(
  editor: Editor,
  document: TrappDocument,
  fields: readonly EditField[],
  t: Translate,
  select: (ref: SceneRef) => void,
) {
  const [editing, setEditing] = useState<{ field: EditField; start: HistoryMark } | undefined>();
  const startEdit = (ref: SceneRef, point: { x: number; y: number }) => {
    const field = pickField(fields, ref, point);
    if (!field || !getInlineTarget(editor, document, field)) return;
    editor.endGesture();
    select(ref);
    setEditing({ field, start: editor.mark() });
  };
  const target = editing && getInlineTarget(editor, document, editing.field);
  // The field's box follows the text as it re-flows while typing.
  const field =
    editing &&
    (fields.find((f) => isSameRef(f.ref, editing.field.ref) && f.field === editing.field.field) ?? editing.field);
  const inline: (InlineEditorData & { field: EditField }) | undefined =
    editing && target && field
      ? {
          field,
          value: target.value,
          size: field.size,
          label: t('inline.label'),
          onChange: target.set,
          onEnd: (keep: boolean) => {
            editor.endGesture();
            // Escape takes back what was typed, leaving neither an undo nor a redo step.
            if (!keep) editor.cancelTo(editing.start);
            setEditing(undefined);
          },
        }
      : undefined;
  return { startEdit, inline };
}
