import type { Command } from '@/model/command';
import { gestureKey, type GestureKind } from '@/model/gestureKey';
import { useEditor } from '../shell/editorContext';
import { TextField } from './TextField';

type Props<Ids extends Record<string, string>> = {
  label: string;
  value: string;
  multiline?: boolean;
  /** The command that sets one text of the document, given the ids and field in `ids` and the text typed. */
  command: Command<Ids & { value: string }>;
  ids: Ids;
  /** The gesture's kind; its key goes on with the values of `ids` in order (`chart:<chartId>:title`). */
  gesture: GestureKind;
};

/** A text field bound to one text of the document: typing in it is one undo step, ended when the field is left. */
export function DocumentTextField<Ids extends Record<string, string>>({
  label,
  value,
  multiline,
  command,
  ids,
  gesture,
}: Props<Ids>) {
  const editor = useEditor();
  return (
    <TextField
      label={label}
      value={value}
      multiline={multiline}
      onCommit={() => editor.endGesture()}
      onChange={(text) =>
        editor.run(command, { ...ids, value: text }, { gesture: gestureKey(gesture, ...Object.values(ids)) })
      }
    />
  );
}
