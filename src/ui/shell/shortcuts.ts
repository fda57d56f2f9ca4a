import { useEffect } from 'react';
import type { Editor } from '@/model/editor';

/** The history's keys as getShortcutName writes them (Cmd counts as Ctrl): the handler below and the shortcut sheet read these. */
export const historyShortcuts: { undo: readonly string[]; redo: readonly string[] } = {
  undo: ['Ctrl+Z'],
  redo: ['Ctrl+Shift+Z', 'Ctrl+Y'],
};

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, everywhere, text fields included, since they show the document. */
export function useHistoryShortcuts(editor: Editor) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const name = getShortcutName(event);
      if (historyShortcuts.undo.includes(name)) editor.undo();
      // Shift with Y redoes as Y alone does (it always has; the sheet does not list it).
      else if (historyShortcuts.redo.includes(name) || name === 'Ctrl+Shift+Y') editor.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor]);
}

/** A key press as the shortcut sheet writes it: "Ctrl+Shift+G", "Shift+ArrowLeft", "Delete", "?". */
export function getShortcutName(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): string {
  if (event.key === '?') return '?';
  const key = event.key === 'Backspace' ? 'Delete' : event.key.length === 1 ? event.key.toUpperCase() : event.key;
  return [(event.ctrlKey || event.metaKey) && 'Ctrl', event.altKey && 'Alt', event.shiftKey && 'Shift', key]
    .filter(Boolean)
    .join('+');
}

/** Typing in a field or working in a dialog or menu: the canvas's keys stay out of the way. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return !!target.closest(
    'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role=dialog], [role=menu]',
  );
}

/**
 * While a dialog is open the canvas's keys rest, even when focus fell to the page's body (a disabled
 * button drops it there): the dialog has Escape, and re-rendering during the key would skip its listener.
 */
const isModalOpen = () => document.querySelector('[aria-modal="true"]') !== null;

/**
 * Keys for the canvas's selection act only when the drawing (or nothing in particular, after a click
 * on the empty canvas) has focus: not in the palette, the page strip or the zoom buttons beside it.
 */
const isCanvasTarget = (target: EventTarget | null) =>
  !(target instanceof Element) ||
  target === document.body ||
  (!!target.closest('.canvas .react-flow') && !target.closest('.react-flow__panel'));

/** The arrow keys move what is selected only from a selected part itself (or from nowhere in particular), never from another focused part. */
const isMoveTarget = (target: EventTarget | null) =>
  !(target instanceof Element) ||
  target === document.body ||
  !!target.closest('.react-flow__node, .react-flow__edge')?.classList.contains('selected');

type ShortcutAction = {
  shortcut?: string;
  enabled: boolean;
  run: () => void;
  onClipboard?: (event: ClipboardEvent) => void;
  id: string;
  release?: () => void;
};

/**
 * How long after a key is let go a burst of presses of it ends: quick presses (or a held key) are
 * one undo step, presses further apart are steps of their own.
 */
export const BURST_PAUSE_MS = 1000;

/**
 * The arrange shortcuts (Delete, Ctrl+D, arrows, Ctrl+G …) and "?" for the shortcut sheet. Copy, cut and
 * paste go through the browser's clipboard events, so they can read and write the system clipboard.
 */
export function useArrangeShortcuts(getActions: () => readonly ShortcutAction[], openSheet: () => void) {
  useEffect(() => {
    // The action whose burst ends when its key has been let go for a moment (a nudge).
    let releasing: { action: ShortcutAction; timer?: ReturnType<typeof setTimeout> } | undefined;
    const endBurst = () => {
      clearTimeout(releasing?.timer);
      releasing?.action.release?.();
      releasing = undefined;
    };
    const onKeyUp = () => {
      if (!releasing) return;
      clearTimeout(releasing.timer);
      releasing.timer = setTimeout(endBurst, BURST_PAUSE_MS);
    };
    const onKey = (event: KeyboardEvent) => {
      // Not `defaultPrevented`: React Flow takes the arrow keys on a focused node for a move of its own that we do not use.
      if (isTypingTarget(event.target) || isModalOpen()) return;
      const name = getShortcutName(event);
      if (name === '?') {
        event.preventDefault();
        openSheet();
        return;
      }
      if (!isCanvasTarget(event.target) || ['Ctrl+C', 'Ctrl+X', 'Ctrl+V'].includes(name)) return;
      const action = getActions().find((a) => a.shortcut === name);
      if (!action || (action.id.startsWith('nudge') && !isMoveTarget(event.target))) return;
      event.preventDefault();
      // Another kind of action ends a burst at once; another nudge carries it on.
      if (!action.release) endBurst();
      clearTimeout(releasing?.timer);
      if (action.enabled) action.run();
      if (action.release) releasing = { action };
    };
    // A clipboard event's target is where the text selection is; what has focus says where the user works.
    const onClipboard = (id: string) => (event: ClipboardEvent) => {
      const focus = document.activeElement;
      if (isModalOpen() || isTypingTarget(focus) || !isCanvasTarget(focus) || window.getSelection()?.toString()) return;
      const action = getActions().find((a) => a.id === id);
      if (action?.onClipboard && (action.enabled || id === 'paste')) action.onClipboard(event);
    };
    const listeners = (['copy', 'cut', 'paste'] as const).map((id) => [id, onClipboard(id)] as const);
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    for (const [id, listener] of listeners) window.addEventListener(id, listener);
    return () => {
      endBurst();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
      for (const [id, listener] of listeners) window.removeEventListener(id, listener);
    };
  }, [getActions, openSheet]);
}
