import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@/model/editor';
import type { Page, TrappDocument } from '@/model/types';
import type { SceneRef } from '@/scene/primitives';
import type { PageView } from '@/scene/buildScene';
import { getOffsetKey } from '@/scene/offsets';
import { moveSelection, resetPlacement, resizeElement } from '@/model/arrangeCommands';
import { expandGroups, isBoxElement } from '@/model/arrange';
import type { Translate } from '@/i18n/translate';
import type { MessageKey } from '@/i18n/nb';
import type { CanvasArrange } from '@/canvas/TrappCanvas';
import { getArrangeActions, isMenuAction, splitSelection } from './arrangeActions';
import { useArrangeShortcuts } from '../shell/shortcuts';
import { ContextMenu } from '../shell/ContextMenu';
import { getIdOf, uniqueRefs } from '@/scene/sceneRef';
import type { Selection } from './selection';
import { lazyWithStrings } from '../shell/lazyWithStrings';
import { gestureKey } from '@/model/gestureKey';

// The shortcut sheet loads when "?" first asks for it.
const ShortcutSheet = lazyWithStrings(() =>
  import('../shell/ShortcutSheet').then((m) => ({ default: m.ShortcutSheet })),
);

type Options = {
  editor: Editor;
  document: TrappDocument;
  page: Page;
  view: PageView;
  selection: Selection;
  setSelection: (selection: Selection) => void;
  t: Translate;
  /** A paste of text that is not Trappa elements: offered to the trapp import. */
  onImportText?: (pasted: { text?: string; html?: string }) => void;
};

/**
 * Everything about arranging the page: what the canvas may move and resize, the commands a drag
 * runs, the context menu, the shortcuts and their sheet, and the note for a part moved by hand.
 */
export function useArrange({ editor, document, page, view, selection, setSelection, t, onImportText }: Options) {
  const [menu, setMenu] = useState<{ x: number; y: number } | undefined>();
  const [sheetOpen, setSheetOpen] = useState(false);
  const [message, setMessage] = useState<MessageKey | undefined>();
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(undefined), 6000);
    return () => clearTimeout(timer);
  }, [message]);

  // Grouped elements are selected (and dragged) together.
  const expand = useCallback(
    (refs: Selection): SceneRef[] => {
      const elementIds = expandGroups(
        page,
        refs.flatMap((r) => getIdOf(r, 'element') ?? []),
      );
      return uniqueRefs([...refs, ...elementIds.map((id): SceneRef => ({ kind: 'element', id }))]);
    },
    [page],
  );
  const select = useCallback((refs: Selection) => setSelection(expand(refs)), [expand, setSelection]);

  const allRefs = useCallback(
    () =>
      uniqueRefs(
        view.sheets
          .flatMap((s) => s.nodes.map((n) => n.ref))
          .filter((r) => r.kind !== 'page' && !page.elements.some((e) => e.id === r.id && e.locked)),
      ),
    [view, page],
  );
  const actions = useMemo(
    () =>
      getArrangeActions({
        editor,
        document,
        page,
        selection,
        allRefs,
        setSelection: select,
        notify: setMessage,
        newStepTitle: t('steps.newTitle'),
        onForeignText: onImportText,
      }),
    [editor, document, page, selection, allRefs, select, t, onImportText],
  );
  const latestActions = useRef(actions);
  latestActions.current = actions;
  const getActions = useCallback(() => latestActions.current, []);
  const openSheet = useCallback(() => setSheetOpen(true), []);
  useArrangeShortcuts(getActions, openSheet);
  useMenuKey(selection, setMenu);

  const canvas = useMemo<CanvasArrange>(() => {
    const element = (ref: SceneRef) =>
      ref.kind === 'element' ? page.elements.find((e) => e.id === ref.id) : undefined;
    return {
      overridden: new Set(Object.keys(page.offsets ?? {})),
      canMove: (ref) =>
        ref.kind === 'element' ? !!element(ref) && !element(ref)!.locked : getOffsetKey(ref) !== undefined,
      canResize: (ref) => {
        const found = element(ref);
        return !!found && !found.locked && isBoxElement(found);
      },
      onMove: (refs, dx, dy) => {
        const { elementIds, partKeys } = splitSelection(page, refs);
        editor.run(
          moveSelection,
          { pageId: page.id, elementIds, partKeys, dx, dy },
          { gesture: gestureKey('drag', page.id) },
        );
      },
      onMoveEnd: () => editor.endGesture(),
      onResize: (ref, box) => {
        const elementId = getIdOf(ref, 'element');
        if (elementId)
          editor.run(resizeElement, { pageId: page.id, elementId, box }, { gesture: gestureKey('resize', elementId) });
      },
      onResizeEnd: () => editor.endGesture(),
      onContextMenu: setMenu,
      expand,
      overriddenLabel: t('arrange.overridden'),
    };
  }, [page, editor, t, expand]);

  const closeMenu = useCallback(() => setMenu(undefined), []);
  const layer = (
    <>
      {menu && (
        <ContextMenu
          x={menu.x}
          y={menu.y}
          actions={actions.filter((a) => a.enabled && isMenuAction(a))}
          onClose={closeMenu}
        />
      )}
      {sheetOpen && (
        <Suspense fallback={null}>
          <ShortcutSheet actions={actions} onClose={() => setSheetOpen(false)} />
        </Suspense>
      )}
      <p className="arrange-message" role="status">
        {message ? t(message) : ''}
      </p>
    </>
  );
  const overriddenKey = selection.map(getOffsetKey).find((key) => key && page.offsets?.[key]);
  const placement = overriddenKey && (
    <section className="placement-note" aria-label={t('arrange.overridden')}>
      <p>{t('arrange.overriddenNote')}</p>
      <button type="button" onClick={() => editor.run(resetPlacement, { pageId: page.id, key: overriddenKey })}>
        {t('arrange.resetPlacement')}
      </button>
    </section>
  );
  return { canvas, select, layer, placement, openSheet };
}

/** Shift+F10 or the menu key opens the context menu beside the first selected part (or mid-canvas). */
function useMenuKey(selection: Selection, open: (point: { x: number; y: number }) => void) {
  const latest = useRef(selection);
  latest.current = selection;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        !(event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) ||
        document.querySelector('[aria-modal="true"]')
      )
        return;
      if (!(event.target instanceof Element) || !(event.target === document.body || event.target.closest('.canvas')))
        return;
      event.preventDefault();
      const node = latest.current.length > 0 ? document.querySelector('.canvas .react-flow__node.selected') : undefined;
      const box = (node ?? document.querySelector('.canvas'))?.getBoundingClientRect();
      if (box) open({ x: box.x + Math.min(box.width / 2, 40), y: box.y + Math.min(box.height / 2, 40) });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
