// The app's side of free elements on the canvas: connectors drawn and re-attached,
// and names for elements in the canvas's accessible labels. Every change is one command.
import { useMemo } from 'react';
import type { Editor } from '@/model/editor';
import { addElement, setConnectorEnd } from '@/model/elementCommands';
import { newId } from '@/model/ids';
import type { ConnectorEnd, Page } from '@/model/types';
import { isAttachKind } from '@/model/schemaConstants';
import type { Scene, SceneRef } from '@/scene/primitives';
import type { ConnectorCallbacks } from '@/canvas/useConnectors';
import type { Translate } from '@/i18n/translate';
import type { MessageKey } from '@/i18n/nb';

function toEnd(ref: SceneRef | undefined, point: { x: number; y: number }): ConnectorEnd {
  return ref && isAttachKind(ref.kind) && ref.id !== undefined
    ? { x: point.x, y: point.y, attach: { kind: ref.kind, id: ref.id } }
    : { x: point.x, y: point.y };
}

/** A free element's name for screen readers and the canvas: its kind, and its text where it has one. */
export function describeElement(page: Page, id: string, t: Translate): string {
  const element = page.elements.find((e) => e.id === id);
  if (!element) return t('element.shape');
  const kind = t(`element.${element.kind === 'shape' ? 'shape' : element.kind}` as MessageKey);
  if (element.kind === 'text') return `${kind}: ${element.text}`;
  if (element.kind === 'arrow') return element.label ? `${kind}: ${element.label}` : kind;
  if (element.kind === 'image') return element.alt ? `${kind}: ${element.alt}` : kind;
  if (element.kind === 'icon') return `${kind}: ${t(`icon.${element.icon}` as MessageKey)}`;
  return kind;
}

/** `page`: the page shown, as getPages gives it (an overview without a page entry has the id addElement creates it under). */
export function useElementTools(
  editor: Editor,
  page: Page,
  sheet: Scene | undefined,
  t: Translate,
  select: (ref: SceneRef) => void,
) {
  const pageId = page.id;
  const connectors = useMemo<ConnectorCallbacks>(
    () => ({
      onConnect: (from, to, point) => {
        const source = sheet?.nodes.find((n) => n.ref.kind === from.kind && n.ref.id === from.id);
        if (!source) return;
        const id = newId('element');
        const start = toEnd(from, { x: source.x + source.w / 2, y: source.y + source.h / 2 });
        editor.run(addElement, {
          pageId,
          element: { id, kind: 'arrow', from: start, to: toEnd(to, point), routing: 'straight' },
        });
        select({ kind: 'element', id });
      },
      onMoveEnd: (elementId, end, to, point) =>
        editor.run(setConnectorEnd, { pageId, elementId, end, value: toEnd(to, point) }),
      gripLabel: t('connector.grip'),
      endLabel: (end) => t(end === 'from' ? 'connector.from' : 'connector.to'),
    }),
    [editor, pageId, sheet, t, select],
  );
  return { connectors };
}
