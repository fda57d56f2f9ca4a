import { useEffect, useRef } from 'react';
import type { Node, NodeProps } from '@xyflow/react';

export type InlineEditorData = { value: string; size: number; label: string; onChange: (value: string) => void; onEnd: (keep: boolean) => void };
export type InlineEditorFlowNode = Node<InlineEditorData, 'inline'>;

/**
 * A text field laid over the text being edited, in page units so it zooms with the page.
 * Enter keeps the edit (Shift+Enter breaks the line), Escape takes it back.
 */
export function InlineEditorNode({ data }: NodeProps<InlineEditorFlowNode>) {
  const field = useRef<HTMLTextAreaElement>(null);
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
      value={data.value}
      style={{ fontSize: data.size, lineHeight: 1.15 }}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => data.onChange(e.target.value)}
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
