import type { Editor } from '@/model/editor';
import type { Page, TrappDocument } from '@/model/types';
import type { SceneRef } from '@/scene/primitives';
import { getOffsetKey } from '@/scene/offsets';
import { newId } from '@/model/ids';
import { copyElements, expandGroups, isBoxElement } from '@/model/arrange';
import { toClipboardText } from '@/model/clipboardText';
import type { MessageKey } from '@/i18n/nb';
import {
  alignEdges,
  alignElements,
  bringForward,
  bringToFront,
  deleteElements,
  distributeElements,
  duplicateElements,
  groupElements,
  nudge,
  pasteElements,
  resetPlacement,
  sendBackward,
  sendToBack,
  setLocked,
  ungroupElements,
} from '@/model/arrangeCommands';
import type { Selection } from './selection';
import { addStep, duplicateStep, removeStep } from '@/model/commands';
import { createStep } from '@/model/defaults';
import { getStepIndex } from '@/model/steps';
import { getIdOf } from '@/scene/sceneRef';
import { gestureKey } from '@/model/gestureKey';

/** One thing the user can do with the selection: the context menu, the shortcuts and the shortcut sheet all read this list. */
export type ArrangeAction = {
  id: string;
  label: MessageKey;
  shortcut?: string;
  enabled: boolean;
  run: () => void;
  separatorBefore?: boolean;
  /** Cut, copy and paste by keyboard: the clipboard event carries the clipboard without asking for permission. */
  onClipboard?: (event: ClipboardEvent) => void;
  /** Called once a burst of presses of its shortcut has ended (the key let go for a moment): ends the nudge's undo step. */
  release?: () => void;
};

export type ArrangeContext = {
  editor: Editor;
  document: TrappDocument;
  page: Page;
  selection: Selection;
  /** Every ref drawn on the page, for "select all". */
  allRefs: () => SceneRef[];
  setSelection: (selection: Selection) => void;
  notify: (message: MessageKey) => void;
  /** A step inserted from the menu is called this until renamed. */
  newStepTitle: string;
  /** Text pasted that is not Trappa elements (a trapp from a web page or a plan), with the clipboard's HTML when it has some. */
  onForeignText?: (pasted: { text?: string; html?: string }) => void;
};

// The stacking commands in menu order: id (and label key), command and shortcut.
const stackingOrder = [
  ['bringForward', bringForward, 'Ctrl+ArrowUp'],
  ['sendBackward', sendBackward, 'Ctrl+ArrowDown'],
  ['bringToFront', bringToFront, 'Ctrl+Shift+ArrowUp'],
  ['sendToBack', sendToBack, 'Ctrl+Shift+ArrowDown'],
] as const;
const nudgeKeys = [
  ['left', 'ArrowLeft', -1, 0],
  ['right', 'ArrowRight', 1, 0],
  ['up', 'ArrowUp', 0, -1],
  ['down', 'ArrowDown', 0, 1],
] as const;

const CLIPBOARD_KEY = 'trappa.clipboard';
const PASTE_OFFSET = 16;

/** The selected free elements (with their groups) and the offset keys of the selected laid-out parts. */
export function splitSelection(page: Page, selection: Selection) {
  const chosen = selection
    .flatMap((r) => getIdOf(r, 'element') ?? [])
    .filter((id) => page.elements.some((e) => e.id === id));
  const elementIds = expandGroups(page, chosen);
  const partKeys = [
    ...new Set(
      selection
        .map((r) => (r.kind === 'element' ? undefined : getOffsetKey(r)))
        .filter((k): k is string => k !== undefined),
    ),
  ];
  return { elementIds, partKeys };
}

const asRefs = (ids: readonly string[]): SceneRef[] => ids.map((id) => ({ kind: 'element', id }));

/** Copy to the system clipboard when allowed, and to local storage always, so another tab or document can paste. */
async function writeClipboard(text: string, event?: ClipboardEvent): Promise<void> {
  try {
    localStorage.setItem(CLIPBOARD_KEY, text);
  } catch {
    // Storage full or off: the system clipboard may still work.
  }
  if (event?.clipboardData) {
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    return;
  }
  await navigator.clipboard?.writeText(text).catch(() => undefined);
}

/** The system clipboard's text when it can be read, else what the last copy left in local storage. */
async function readClipboard(event?: ClipboardEvent): Promise<string | undefined> {
  const fromEvent = event?.clipboardData?.getData('text/plain');
  if (fromEvent) return fromEvent;
  const fromSystem = await navigator.clipboard?.readText().catch(() => undefined);
  if (fromSystem) return fromSystem;
  try {
    return localStorage.getItem(CLIPBOARD_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function getArrangeActions(ctx: ArrangeContext): ArrangeAction[] {
  const { editor, document, page, selection, setSelection, notify } = ctx;
  const pageId = page.id;
  // Selected steps (in step order): the menu and Delete, Ctrl+D act on them as on elements.
  const stepIds = document.steps
    .map((s) => s.id)
    .filter((id) => selection.some((r) => r.kind === 'step' && r.id === id));
  const { elementIds, partKeys } = splitSelection(page, selection);
  const elements = page.elements.filter((e) => elementIds.includes(e.id));
  const unlocked = elements.filter((e) => !e.locked);
  const boxes = unlocked.filter(isBoxElement);
  const hasElements = elements.length > 0;
  const selected = { pageId, elementIds };
  const overridden = partKeys.filter((key) => page.offsets?.[key]);

  const copy = (event?: ClipboardEvent) => {
    if (!hasElements) return notify('arrange.onlyElements');
    void writeClipboard(toClipboardText(elements), event);
  };
  const paste = async (event?: ClipboardEvent) => {
    const text = await readClipboard(event);
    const { parseClipboardText } = await import('@/model/clipboard');
    const parsed = text ? parseClipboardText(text) : undefined;
    const html = event?.clipboardData?.getData('text/html') || undefined;
    // Two lines or more may be a trapp (it has two steps at least): the import reads it; one line is just text.
    const lines = (text ?? '').split('\n').filter((line) => line.trim()).length;
    if (!parsed && lines >= 2 && ctx.onForeignText) return ctx.onForeignText({ text, html });
    if (!parsed) return notify('arrange.notOurs');
    const copies = copyElements(parsed, () => newId('el'), PASTE_OFFSET, PASTE_OFFSET);
    editor.run(pasteElements, { pageId, elements: copies });
    setSelection(asRefs(copies.map((e) => e.id)));
  };
  // Several steps go in one undo step.
  const remove = () => {
    editor.batch(() => {
      if (hasElements) editor.run(deleteElements, selected);
      for (const stepId of stepIds) editor.run(removeStep, { stepId });
    });
    setSelection([]);
  };
  const duplicate = () => {
    if (!hasElements) {
      return editor.batch(() => [...stepIds].reverse().forEach((stepId) => editor.run(duplicateStep, { stepId })));
    }
    const newIds: Record<string, string> = {};
    for (const element of elements) {
      newIds[element.id] = newId('el');
      if (element.group) newIds[element.group] ??= newId('group');
    }
    editor.run(duplicateElements, { ...selected, newIds, dx: PASTE_OFFSET, dy: PASTE_OFFSET });
    setSelection(asRefs(elements.map((e) => newIds[e.id])));
  };
  // A burst of arrow presses on one selection is one undo step; it ends when the key has been let go for a moment.
  const nudgeBy = (dx: number, dy: number) => () =>
    editor.run(
      nudge,
      { pageId, elementIds: unlocked.map((e) => e.id), partKeys, dx, dy },
      { gesture: gestureKey('nudge', pageId, [...elementIds, ...partKeys].join(',')) },
    );
  const canMove = unlocked.length > 0 || partKeys.length > 0;
  const endNudge = () => editor.endGesture();
  const grouped = elements.some((e) => e.group);

  const actions: ArrangeAction[] = [
    {
      id: 'cut',
      label: 'arrange.cut',
      shortcut: 'Ctrl+X',
      enabled: hasElements,
      run: () => (copy(), remove()),
      onClipboard: (e) => (copy(e), hasElements && remove()),
    },
    {
      id: 'copy',
      label: 'arrange.copy',
      shortcut: 'Ctrl+C',
      enabled: hasElements,
      run: () => copy(),
      onClipboard: (e) => copy(e),
    },
    {
      id: 'paste',
      label: 'arrange.paste',
      shortcut: 'Ctrl+V',
      enabled: true,
      run: () => void paste(),
      onClipboard: (e) => void paste(e),
    },
    {
      id: 'duplicate',
      label: 'arrange.duplicate',
      shortcut: 'Ctrl+D',
      enabled: hasElements || stepIds.length > 0,
      run: duplicate,
    },
    {
      id: 'delete',
      label: 'arrange.delete',
      shortcut: 'Delete',
      enabled: hasElements || stepIds.length > 0,
      run: remove,
    },
    ...(['above', 'below'] as const).map((side): ArrangeAction => ({
      id: `insertStep.${side}`,
      label: `arrange.insertStep.${side}`,
      enabled: stepIds.length === 1 && !hasElements,
      run: () => {
        const step = createStep({ title: ctx.newStepTitle });
        editor.run(addStep, { index: getStepIndex(document, stepIds[0]) + (side === 'above' ? 1 : 0), step });
        setSelection([{ kind: 'step', id: step.id }]);
      },
    })),
    {
      id: 'selectAll',
      label: 'arrange.selectAll',
      shortcut: 'Ctrl+A',
      enabled: true,
      run: () => setSelection(ctx.allRefs()),
    },
    ...alignEdges.map((edge, i): ArrangeAction => ({
      id: `align.${edge}`,
      label: `arrange.align.${edge}`,
      enabled: boxes.length > 1,
      run: () => editor.run(alignElements, { ...selected, edge }),
      separatorBefore: i === 0,
    })),
    ...(['horizontal', 'vertical'] as const).map((axis): ArrangeAction => ({
      id: `distribute.${axis}`,
      label: `arrange.distribute.${axis}`,
      enabled: boxes.length > 2,
      run: () => editor.run(distributeElements, { ...selected, axis }),
    })),
    ...stackingOrder.map(([id, command, shortcut], i): ArrangeAction => ({
      id,
      label: `arrange.${id}`,
      shortcut,
      enabled: hasElements,
      run: () => editor.run(command, selected),
      ...(i === 0 ? { separatorBefore: true } : {}),
    })),
    {
      id: 'group',
      label: 'arrange.group',
      shortcut: 'Ctrl+G',
      enabled: elements.length > 1,
      run: () => editor.run(groupElements, { ...selected, groupId: newId('group') }),
      separatorBefore: true,
    },
    {
      id: 'ungroup',
      label: 'arrange.ungroup',
      shortcut: 'Ctrl+Shift+G',
      enabled: grouped,
      run: () => editor.run(ungroupElements, selected),
    },
    {
      id: 'lock',
      label: 'arrange.lock',
      shortcut: 'Ctrl+Shift+L',
      enabled: unlocked.length > 0,
      run: () => editor.run(setLocked, { ...selected, locked: true }),
    },
    {
      id: 'unlock',
      label: 'arrange.unlock',
      enabled: elements.some((e) => e.locked),
      run: () => editor.run(setLocked, { ...selected, locked: false }),
    },
    {
      id: 'resetPlacement',
      label: 'arrange.resetPlacement',
      enabled: overridden.length > 0,
      run: () => editor.batch(() => overridden.forEach((key) => editor.run(resetPlacement, { pageId, key }))),
      separatorBefore: true,
    },
    {
      id: 'resetAllPlacement',
      label: 'arrange.resetAllPlacement',
      enabled: Object.keys(page.offsets ?? {}).length > 0,
      run: () => editor.run(resetPlacement, { pageId }),
    },
    // The arrow keys move by a point, with Shift by ten.
    ...([1, 10] as const).flatMap((distance) =>
      nudgeKeys.map(([direction, key, dx, dy]): ArrangeAction => ({
        id: `${distance === 1 ? 'nudge' : 'nudge10'}.${direction}`,
        label: distance === 1 ? 'arrange.nudge' : 'arrange.nudge10',
        shortcut: distance === 1 ? key : `Shift+${key}`,
        enabled: canMove,
        run: nudgeBy(dx * distance, dy * distance),
        release: endNudge,
      })),
    ),
    {
      id: 'deselect',
      label: 'arrange.deselect',
      shortcut: 'Escape',
      enabled: selection.length > 0,
      run: () => setSelection([]),
    },
  ];
  return actions;
}

/** Actions that belong in the context menu: not the nudges and the deselect, which are keys only. */
export const isMenuAction = (action: ArrangeAction) => !action.id.startsWith('nudge') && action.id !== 'deselect';
