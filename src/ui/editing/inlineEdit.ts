import type { Editor } from '@/model/editor';
import { setBandLabel, setMetaText, setStepText } from '@/model/commands';
import { setTrackCell } from '@/model/trackCommands';
import { updateElement } from '@/model/elementCommands';
import type { TrappDocument } from '@/model/types';
import type { EditField } from '@/scene/editFields';
import { formatRef } from '@/scene/sceneRef';
import { getOwn } from '@/model/limits';
import { gestureKey } from '@/model/gestureKey';

/** The current text of an editable field and how to change it, as a command in one typing gesture. */
export function getInlineTarget(
  editor: Editor,
  doc: TrappDocument,
  field: EditField,
): { value: string; set: (value: string) => void } | undefined {
  const { ref } = field;
  const gesture = { gesture: gestureKey('inline', formatRef(ref), field.field) };
  if (ref.kind === 'step' && (field.field === 'title' || field.field === 'subtitle')) {
    const step = doc.steps.find((s) => s.id === ref.id);
    const name = field.field;
    return (
      step && {
        value: step[name],
        set: (value) => editor.run(setStepText, { stepId: ref.id, field: name, value }, gesture),
      }
    );
  }
  if (ref.kind === 'band') {
    const band = doc.bands.find((b) => b.id === ref.id);
    return band && { value: band.label, set: (label) => editor.run(setBandLabel, { bandId: ref.id, label }, gesture) };
  }
  if (ref.kind === 'header' && (field.field === 'title' || field.field === 'municipality')) {
    const name = field.field;
    return { value: doc.meta[name], set: (value) => editor.run(setMetaText, { field: name, value }, gesture) };
  }
  if (ref.kind === 'element') {
    const page = doc.pages.find((p) => p.elements.some((e) => e.id === ref.id));
    const element = page?.elements.find((e) => e.id === ref.id);
    if (!page || !element) return undefined;
    if (element.kind === 'text')
      return {
        value: element.text,
        set: (text) =>
          editor.run(updateElement, { pageId: page.id, elementId: element.id, changes: { text } }, gesture),
      };
    if (element.kind === 'arrow')
      return {
        value: element.label ?? '',
        set: (label) =>
          editor.run(
            updateElement,
            { pageId: page.id, elementId: element.id, changes: { label: label || undefined } },
            gesture,
          ),
      };
    return undefined;
  }
  if (ref.kind === 'trackCell') {
    const { trackId, columnId, rowId } = ref;
    const column = doc.tracks.find((t) => t.id === trackId)?.columns.find((c) => c.id === columnId);
    return (
      column && {
        value: getOwn(column.cells, rowId) ?? '',
        set: (text) => editor.run(setTrackCell, { trackId, columnId, rowId, text }, gesture),
      }
    );
  }
  return undefined;
}
