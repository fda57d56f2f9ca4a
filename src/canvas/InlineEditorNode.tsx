import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { mapCaret } from '@/model/collab/mapCaret';
import type { Node, NodeProps } from '@xyflow/react';

export type InlineEditorData = {
  value: string;
  size: number;
  label: string;
  onChange: (value: string) => void;
  onEnd: (keep: boolean) => void;
};
export type InlineEditorFlowNode = Node<InlineEditorData, 'inline'>;

/**
 * A text field laid over the text being edited, in page units so it zooms with the page.
 * Enter keeps the edit (Shift+Enter breaks the line), Escape takes it back.
 */
export function InlineEditorNode({ data }: NodeProps<InlineEditorFlowNode>) {
  const field = useRef<HTMLTextAreaElement>(null);
  // The field keeps its own copy of the text. The document's copy reaches this node only after a
  // render with the old one (through React Flow's store), and a field bound to it would be set
  // back to the old text and forward again at every key (a layout each, and the caret jumps).
  // A change made elsewhere still shows: the document's text is taken when it differs.
  const [text, setText] = useState(data.value);
  const [seen, setSeen] = useState(data.value);
  // Where the caret stood in the text this field last showed, so a change someone else makes (a
  // shared document) leaves it in its place in the text instead of at the end.
  const caret = useRef<{ text: string; start: number; end: number } | undefined>(undefined);
  if (data.value !== seen) {
    setSeen(data.value);
    if (data.value !== text) {
      const element = field.current;
      if (element && element === element.ownerDocument.activeElement)
        caret.current = { text, start: element.selectionStart, end: element.selectionEnd };
      setText(data.value);
    }
  }
  useLayoutEffect(() => {
    const moved = caret.current;
    caret.current = undefined;
    if (moved && field.current)
      field.current.setSelectionRange(mapCaret(moved.text, text, moved.start), mapCaret(moved.text, text, moved.end));
  }, [text]);
  const change = (value: string) => {
    setText(value);
    data.onChange(value);
  };
  // A double-click on an edge (a connector's label) leaves focus on the edge after the field mounts; take it back.
  useEffect(() => {
    const frame = requestAnimationFrame(() => field.current !== document.activeElement && field.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <textarea
      ref={field}
      className="inline-editor nodrag nowheel"
      aria-label={data.label}
      autoFocus
      value={text}
      style={{ fontSize: data.size, lineHeight: 1.15 }}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => change(e.target.value)}
      onBlur={() => data.onEnd(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') data.onEnd(false);
        else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          data.onEnd(true);
        }
      }}
    />
  );
}
