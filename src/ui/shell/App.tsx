import { startTransition, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@/model/editor';
import type { TextMeasurer } from '@/layout/fonts';
import { getPages } from '@/scene/buildScene';
import { useSceneContext } from './useSceneContext';
import { createPageBuilder } from '@/scene/pageCache';
import type { SceneRef } from '@/scene/primitives';
import type { TrappDocument } from '@/model/types';
import { createTranslator } from '@/i18n/translate';
import { TrappCanvas, type CanvasView } from '@/canvas/TrappCanvas';
import type { CanvasDrop } from '@/canvas/useElementDrop';
import { LanguagesContext, TranslateContext } from './i18nContext';
import { EditorContext } from './editorContext';
import { useOpenDialog } from './useOpenDialog';
import { AppDialogs } from './AppDialogs';
import type { PreflightTarget } from '../export/PreflightList';
import { lazyWithStrings } from './lazyWithStrings';
import { useDocument } from './useDocument';
import { useUiLanguage } from './useUiLanguage';
import { useHistoryShortcuts } from './shortcuts';
import { useExportShortcut } from '../export/useExportShortcut';
import { Toolbar } from './Toolbar';
import { CanvasOutline } from '../a11y/CanvasOutline';
import { getFlowAriaLabels } from '../a11y/flowAriaLabels';
import { useCanvasKeyboard } from '../a11y/useCanvasKeyboard';
import { useRegionKeys } from '../a11y/useRegionKeys';
import { useFocusPlaced } from '../a11y/useFocusPlaced';
import { SkipLink } from '../a11y/SkipLink';
import { StepsPanel } from '../inspector/StepsPanel';
import { Inspector } from '../inspector/Inspector';
import { OverflowStatus } from './OverflowStatus';
import { ContrastStatus } from '../theme/ContrastStatus';
import { useContrastIssues } from '../theme/useContrastIssues';
import { PageStrip } from '../editing/PageStrip';
import type { Workspace } from '@/storage/workspace';
import { useStorageUi } from '../library/useStorageUi';
import type { Selection } from '../editing/selection';
import { useArrange } from '../editing/useArrange';
import { HistoryList } from './HistoryList';
import { Palette, type PaletteDrops } from '../editing/Palette';
import { useElementTools } from '../editing/useElementTools';
import { useInlineEdit } from '../editing/useInlineEdit';
import { useChartHandles } from '../editing/useChartHandles';
import { useDescribeRef } from '../a11y/useDescribeRef';
import { ErrorBoundary } from '../safety/ErrorBoundary';
import { PanelBoundary } from '../safety/PanelBoundary';
import { DrawingFailed } from '../safety/DrawingFailed';
import { DrawnSignal } from '../safety/DrawnSignal';
import { tryDraw } from '../safety/tryDraw';
import { getChartId } from '@/scene/sceneRef';
import { CollabStatusLine } from '../collab/CollabStatusLine';
import { PresenceOnCanvas } from '../presence/lazyPresence';
import { useCollabState } from '../collab/sharedDocumentContext';

// Not needed for the first picture either: the presentation and the theme panel (the dialogs: AppDialogs).
const Presentation = lazyWithStrings(() =>
  import('../present/Presentation').then((m) => ({ default: m.Presentation })),
);
const ThemePanel = lazyWithStrings(() => import('../theme/ThemePanel').then((m) => ({ default: m.ThemePanel })));

export function App({ editor, measurer, workspace }: { editor: Editor; measurer: TextMeasurer; workspace: Workspace }) {
  const document = useDocument(editor);
  const [language, changeLanguage] = useUiLanguage();
  // The canvas selects several parts; the inspector and the panels show the first.
  const [selectionList, setSelectionList] = useState<Selection>([]);
  const selection: SceneRef | undefined = selectionList[0];
  const setSelection = useCallback((ref: SceneRef | undefined) => setSelectionList(ref ? [ref] : []), []);
  const [pageId, setPageId] = useState<string | undefined>();
  const dialog = useOpenDialog();
  const [themeOpen, setThemeOpen] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const t = useMemo(() => createTranslator(language), [language]);
  const languages = useMemo(
    () => ({ ui: language, document: document.meta.language }),
    [language, document.meta.language],
  );
  const context = useSceneContext(document, measurer);
  const contrastIssues = useContrastIssues(document, context);
  const storage = useStorageUi({ workspace, context, onNew: dialog.openGallery, onImport: dialog.openImport });
  // Read-only: another tab edits this document, or a shared one is open through a view link (or its share was revoked).
  const collab = useCollabState();
  const readOnly = storage.readOnly || collab?.role === 'view' || collab?.status === 'refused';
  useEffect(() => {
    setSelection(undefined);
    setPageId(undefined);
  }, [storage.documentId, setSelection]);
  const pages = getPages(document);
  const page = pages.find((p) => p.id === pageId) ?? pages[0];
  // Lays the page out again only when more than the user's moves changed (a drag stays fast).
  const buildPage = useMemo(() => createPageBuilder(), []);
  // A document the layout cannot draw leaves the shell, the panels and the library working (issue 20).
  const drawing = useMemo(
    () => tryDraw(() => buildPage(document, page, context)),
    [buildPage, document, page, context],
  );
  const view = drawing.view;
  const arrange = useArrange({
    editor,
    document,
    page,
    view,
    selection: selectionList,
    setSelection: setSelectionList,
    t,
    onImportText: dialog.openImport,
  });
  const elementTools = useElementTools(editor, page, view.sheets[0], t, setSelection);
  // The palette places onto what is shown when a tile is dropped or chosen, so it takes a getter and is not drawn again at every edit.
  const shown = useRef({ page, sheet: view.sheets[0] });
  shown.current = { page, sheet: view.sheets[0] };
  const getShown = useCallback(() => shown.current, []);
  // The canvas tells the palette the centre of its view; the palette places what is dropped on the canvas.
  const canvasView = useRef<CanvasView>(null);
  const paletteDrops = useRef<PaletteDrops>(null);
  const getCentre = useCallback(() => canvasView.current?.centre(), []);
  const dropOnCanvas = useCallback((drop: CanvasDrop) => paletteDrops.current?.drop(drop), []);
  useHistoryShortcuts(editor);
  useExportShortcut(useCallback(() => presenting || dialog.openExport(), [presenting, dialog]));
  useRegionKeys();
  const placed = useFocusPlaced(view.sheets, setSelection);
  useCanvasKeyboard(
    (nodeId) => view.sheets.flatMap((sheet) => sheet.nodes).find((node) => node.id === nodeId)?.ref,
    setSelection,
  );
  const flowAriaLabels = useMemo(() => getFlowAriaLabels(t), [t]);
  useEffect(() => {
    window.document.documentElement.lang = language;
  }, [language]);

  // A transition, with no Suspense boundary of its own: the editor stays as it is while the
  // presentation's code loads, then turns inert as the presentation opens, in one commit, so the
  // presentation still sees the Presenter button focused and gives focus back to it at the end.
  const present = useCallback(() => startTransition(() => setPresenting(true)), []);
  const toggleTheme = useCallback(() => setThemeOpen((open) => !open), []);
  const create = (doc: TrappDocument) => {
    void storage.actions.createDocument(doc);
    setSelection(undefined);
    setPageId(undefined);
    dialog.close();
  };
  // A preflight finding in the export dialog: close it, go to the finding's page and select its element.
  const jump = useCallback(
    ({ pageId: target, ref }: PreflightTarget) => {
      dialog.close();
      setPageId(target);
      setSelection(ref);
    },
    [dialog, setSelection],
  );
  const onStepPage = page.kind === 'step';
  const shownStepId = page.stepId;
  const selectStep = useCallback(
    (ref: SceneRef | undefined) => {
      setSelection(ref);
      // From a step page, choosing another step in the list goes to that step's page.
      if (ref?.kind === 'step' && onStepPage && shownStepId !== ref.id) {
        const target = document.pages.find((p) => p.kind === 'step' && p.stepId === ref.id);
        if (target) setPageId(target.id);
      }
    },
    [setSelection, onStepPage, shownStepId, document.pages],
  );
  // Nothing in the single-user editor; on a shared document, the others' selections and pointers.
  const presence = useMemo(
    () => <PresenceOnCanvas pageId={page.id} sheet={view.sheets[0]} selection={selectionList} />,
    [page.id, view.sheets, selectionList],
  );
  const handles = useChartHandles(editor, document, view.handles, getChartId(selection), t);
  const { startEdit, inline } = useInlineEdit(editor, document, view.fields, t, setSelection);
  const describe = useDescribeRef(document, page, t);

  const drawingFailed = (error: unknown) => (
    <DrawingFailed
      error={error}
      onLibrary={storage.actions.showLibrary}
      onDownload={() => void storage.actions.saveFile()}
      onNew={dialog.openGallery}
      onShown={workspace.drawFailed}
    />
  );

  return (
    <EditorContext.Provider value={editor}>
      <TranslateContext.Provider value={t}>
        <LanguagesContext.Provider value={languages}>
          <div
            className={['app', readOnly && 'read-only', themeOpen && 'theme-open'].filter(Boolean).join(' ')}
            lang={language}
            inert={presenting}
          >
            <SkipLink />
            <PanelBoundary resetKey={document} className="toolbar" extra={storage.menu}>
              <Toolbar
                language={language}
                onLanguage={changeLanguage}
                onNew={dialog.openGallery}
                onExport={dialog.openExport}
                onTheme={toggleTheme}
                themeOpen={themeOpen}
                onPresent={present}
                onDataTable={dialog.openDataTable}
              >
                {storage.menu}
              </Toolbar>
            </PanelBoundary>
            <PanelBoundary resetKey={document} className="steps-panel">
              <StepsPanel selection={selection} onSelect={selectStep} />
            </PanelBoundary>
            <main id="canvas" className="canvas">
              <PanelBoundary resetKey={document}>
                <CanvasOutline page={page} />
              </PanelBoundary>
              {drawing.error !== undefined ? (
                drawingFailed(drawing.error)
              ) : (
                <ErrorBoundary resetKey={document} onError={workspace.drawFailed} fallback={drawingFailed}>
                  <TrappCanvas
                    sheets={view.sheets}
                    pageKey={`${page.id}:${document.page.size}:${document.page.orientation}`}
                    selection={selectionList}
                    onSelect={arrange.select}
                    arrange={arrange.canvas}
                    describe={describe}
                    ariaLabel={t('canvas.label')}
                    documentLanguage={document.meta.language}
                    ariaLabels={flowAriaLabels}
                    handles={handles}
                    onStartEdit={startEdit}
                    inline={inline}
                    connectors={elementTools.connectors}
                    onDrop={dropOnCanvas}
                    ref={canvasView}
                    overlay={presence}
                  />
                  <DrawnSignal document={document} onDrawn={workspace.drawn} />
                </ErrorBoundary>
              )}
              <PanelBoundary resetKey={document}>
                <Palette
                  ref={paletteDrops}
                  getTarget={getShown}
                  getCentre={getCentre}
                  pageKind={page.kind}
                  onPlaced={placed}
                />
                <PageStrip current={page} onPage={setPageId} />
              </PanelBoundary>
            </main>
            {themeOpen && (
              <Suspense fallback={null}>
                <PanelBoundary resetKey={document} className="theme-panel" onClose={() => setThemeOpen(false)}>
                  <ThemePanel issues={contrastIssues} onSelect={setSelection} onClose={() => setThemeOpen(false)} />
                </PanelBoundary>
              </Suspense>
            )}
            {/* While another tab edits the document, its fields cannot be reached. */}
            <div className="inspector-slot" inert={readOnly}>
              <PanelBoundary resetKey={document} className="inspector">
                <Inspector
                  selection={selection}
                  sheet={view.sheets[0]}
                  footer={
                    <>
                      {arrange.placement}
                      <HistoryList onShortcuts={arrange.openSheet} />
                    </>
                  }
                />
              </PanelBoundary>
            </div>
            <footer className="statusbar">
              <PanelBoundary resetKey={document}>
                <OverflowStatus overflows={view.overflows} leftOut={view.leftOut} />
                <ContrastStatus issues={contrastIssues} onOpen={() => setThemeOpen(true)} />
                <CollabStatusLine />
              </PanelBoundary>
            </footer>
            <PanelBoundary>{storage.layer}</PanelBoundary>
            <PanelBoundary resetKey={document}>{arrange.layer}</PanelBoundary>
            <AppDialogs dialog={dialog} context={context} language={language} onCreate={create} onJump={jump} />
          </div>
          {presenting && (
            <PanelBoundary onClose={() => setPresenting(false)}>
              <Presentation context={context} onExit={() => setPresenting(false)} />
            </PanelBoundary>
          )}
        </LanguagesContext.Provider>
      </TranslateContext.Provider>
    </EditorContext.Provider>
  );
}
