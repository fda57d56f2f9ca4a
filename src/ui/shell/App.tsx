import { lazy, startTransition, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor, HistoryMark } from '@/model/editor';
import type { TextMeasurer } from '@/layout/fonts';
import { formatDocumentFigure } from '@/i18n/documentFigures';
import { getPages, type SceneContext } from '@/scene/buildScene';
import { createPageBuilder } from '@/scene/pageCache';
import type { SceneRef } from '@/scene/primitives';
import { getStepNumber } from '@/model/steps';
import type { TrappDocument } from '@/model/types';
import { createTranslator } from '@/i18n/translate';
import { TrappCanvas } from '@/canvas/TrappCanvas';
import { LanguagesContext, TranslateContext } from './i18nContext';
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
import { useUserFonts } from '../theme/useUserFonts';
import { PageStrip } from '../editing/PageStrip';
import type { Workspace } from '@/storage/workspace';
import { useStorageUi } from '../library/useStorageUi';
import type { ImportStart } from '../outlineImport/importStart';
import type { Selection } from '../editing/selection';
import { useArrange } from '../editing/useArrange';
import { HistoryList } from './HistoryList';
import { setMasteryValue } from '@/model/chartCommands';
import type { EditHandle } from '@/scene/editHandles';
import { pickField, type EditField } from '@/scene/editFields';
import { getInlineTarget } from '../editing/inlineEdit';
import { Palette } from '../editing/Palette';
import { describeElement, useElementTools } from '../editing/useElementTools';
import { ErrorBoundary } from '../safety/ErrorBoundary';
import { PanelBoundary } from '../safety/PanelBoundary';
import { DrawingFailed } from '../safety/DrawingFailed';
import { DrawnSignal } from '../safety/DrawnSignal';
import { tryDraw } from '../safety/tryDraw';
import { getChartId, isSameRef } from '@/scene/sceneRef';
import { CollabStatusLine } from '../collab/CollabStatusLine';
import { PresenceOnCanvas } from '../presence/lazyPresence';
import { useCollabState } from '../collab/sharedDocumentContext';
import { getOwn } from '@/model/limits';

// The export dialog and everything it loads (jsPDF among it) arrive only when asked for.
const ExportDialog = lazy(() => import('../export/ExportDialog'));
// The data table and its spreadsheet import load when first opened.
const DataTable = lazy(() => import('../figures/DataTable').then((m) => ({ default: m.DataTable })));
// Not needed for the first picture either: the presentation, the theme panel and the new-trapp gallery.
const Presentation = lazy(() => import('../present/Presentation').then((m) => ({ default: m.Presentation })));
const ThemePanel = lazy(() => import('../theme/ThemePanel').then((m) => ({ default: m.ThemePanel })));
const Gallery = lazy(() => import('../library/Gallery').then((m) => ({ default: m.Gallery })));
// The trapp import (its readers among it) loads when a text is pasted or dropped, or the Fil menu asks for it.
const OutlineImportDialog = lazy(() => import('../outlineImport/OutlineImportDialog'));


export function App({ editor, measurer, workspace }: { editor: Editor; measurer: TextMeasurer; workspace: Workspace }) {
  const document = useDocument(editor);
  const [language, changeLanguage] = useUiLanguage();
  // The canvas selects several parts; the inspector and the panels show the first.
  const [selectionList, setSelectionList] = useState<Selection>([]);
  const selection: SceneRef | undefined = selectionList[0];
  const setSelection = useCallback((ref: SceneRef | undefined) => setSelectionList(ref ? [ref] : []), []);
  const [pageId, setPageId] = useState<string | undefined>();
  const [galleryOpen, setGalleryOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [dataTableOpen, setDataTableOpen] = useState(false);
  const [themeOpen, setThemeOpen] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const t = useMemo(() => createTranslator(language), [language]);
  const languages = useMemo(() => ({ ui: language, document: document.meta.language }), [language, document.meta.language]);
  // Uploaded fonts travel in the document, so the measurer follows the document's fonts.
  const documentMeasurer = useUserFonts(measurer, document.fonts);
  // Figures are drawn in the document's language, whatever the interface's.
  const context = useMemo<SceneContext>(() => ({ measurer: documentMeasurer, formatFigure: formatDocumentFigure }), [documentMeasurer]);
  const openGallery = useCallback(() => setGalleryOpen(true), []);
  const contrastIssues = useContrastIssues(document, context);
  const [importStart, setImportStart] = useState<ImportStart | undefined>();
  const storage = useStorageUi({ workspace, context, onNew: openGallery, onImport: setImportStart });
  // Read-only: another tab edits this document, or a shared one is open through a view link (or its share was revoked).
  const collab = useCollabState();
  const readOnly = storage.readOnly || collab?.role === 'view' || collab?.status === 'refused';
  useEffect(() => {
    setSelection(undefined);
    setPageId(undefined);
  }, [storage.documentId]);
  const pages = getPages(document);
  const page = pages.find((p) => p.id === pageId) ?? pages[0];
  // Lays the page out again only when more than the user's moves changed (a drag stays fast).
  const buildPage = useMemo(() => createPageBuilder(), []);
  // A document the layout cannot draw leaves the shell, the panels and the library working (issue 20).
  const drawing = useMemo(() => tryDraw(() => buildPage(document, page, context)), [buildPage, document, page, context]);
  const view = drawing.view;
  const arrange = useArrange({ editor, document, page, view, selection: selectionList, setSelection: setSelectionList, t, onImportText: setImportStart });
  const elementTools = useElementTools(editor, page, view.sheets[0], t, setSelection);
  // The palette places onto what is shown when a tile is dropped or chosen, so it takes a getter and is not drawn again at every edit.
  const shown = useRef({ page, sheet: view.sheets[0] });
  shown.current = { page, sheet: view.sheets[0] };
  const getShown = useCallback(() => shown.current, []);
  useHistoryShortcuts(editor);
  useExportShortcut(useCallback(() => presenting || setExportOpen(true), [presenting]));
  useRegionKeys();
  const placed = useFocusPlaced(view.sheets, setSelection);
  useCanvasKeyboard((nodeId) => view.sheets.flatMap((sheet) => sheet.nodes).find((node) => node.id === nodeId)?.ref, setSelection);
  const flowAriaLabels = useMemo(() => getFlowAriaLabels(t), [t]);
  useEffect(() => {
    window.document.documentElement.lang = language;
  }, [language]);

  // A transition, with no Suspense boundary of its own: the editor stays as it is while the
  // presentation's code loads, then turns inert as the presentation opens, in one commit, so the
  // presentation still sees the Presenter button focused and gives focus back to it at the end.
  const present = () => startTransition(() => setPresenting(true));
  const create = (doc: TrappDocument) => {
    void storage.actions.createDocument(doc);
    setSelection(undefined);
    setPageId(undefined);
    setGalleryOpen(false);
  };
  const selectStep = (ref: SceneRef | undefined) => {
    setSelection(ref);
    // From a step page, choosing another step in the list goes to that step's page.
    if (ref?.kind === 'step' && page.kind === 'step' && page.stepId !== ref.id) {
      const target = document.pages.find((p) => p.kind === 'step' && p.stepId === ref.id);
      if (target) setPageId(target.id);
    }
  };
  const selectedChart = getChartId(selection);
  const handles = useMemo(() => view.handles.filter((h) => h.chartId === selectedChart), [view, selectedChart]);
  // Nothing in the single-user editor; on a shared document, the others' selections and pointers.
  const presence = useMemo(() => <PresenceOnCanvas pageId={page.id} sheet={view.sheets[0]} selection={selectionList} />, [page.id, view.sheets, selectionList]);
  const handleLabel = useCallback(
    (h: EditHandle) => {
      const value = document.charts.find((c) => c.id === h.chartId);
      const current = value?.kind === 'mastery' ? getOwn(value.values, h.stepId)?.[h.value] ?? 0 : 0;
      return t(h.value === 'column' ? 'handle.column' : 'handle.curve', { number: getStepNumber(document, h.stepId), value: current });
    },
    [document, t],
  );
  const [editing, setEditing] = useState<{ field: EditField; start: HistoryMark } | undefined>();
  const startEdit = (ref: SceneRef, point: { x: number; y: number }) => {
    const field = pickField(view.fields, ref, point);
    if (!field || !getInlineTarget(editor, document, field)) return;
    editor.endGesture();
    setSelection(ref);
    setEditing({ field, start: editor.mark() });
  };
  const inlineTarget = editing && getInlineTarget(editor, document, editing.field);
  // The field's box follows the text as it re-flows while typing.
  const liveField = editing && (view.fields.find((f) => isSameRef(f.ref, editing.field.ref) && f.field === editing.field.field) ?? editing.field);
  const inline =
    editing && inlineTarget && liveField
      ? {
          field: liveField,
          value: inlineTarget.value,
          size: liveField.size,
          label: t('inline.label'),
          onChange: inlineTarget.set,
          onEnd: (keep: boolean) => {
            editor.endGesture();
            // Escape takes back what was typed, leaving neither an undo nor a redo step.
            if (!keep) editor.cancelTo(editing.start);
            setEditing(undefined);
          },
        }
      : undefined;
  const dragHandle = (h: EditHandle, value: number) => editor.run(setMasteryValue, { chartId: h.chartId, stepId: h.stepId, [h.value]: value }, { gesture: `drag:${h.id}` });
  const describe = useCallback(
    (ref: SceneRef) => {
      if (ref.kind === 'step') {
        const step = document.steps.find((s) => s.id === ref.id);
        return `${t('steps.number', { number: getStepNumber(document, ref.id) })}: ${step?.title ?? ''}`;
      }
      if (ref.kind === 'callout') return `${t('inspector.callout')}, ${t('steps.number', { number: getStepNumber(document, ref.id) }).toLowerCase()}`;
      if (ref.kind === 'band') return `${t('inspector.band')}: ${document.bands.find((b) => b.id === ref.id)?.label ?? ''}`;
      if (ref.kind === 'stepChange') return ref.id === 'legend' ? t('stepChange.legendName') : `${t('stepChange.label')}, ${t('steps.number', { number: getStepNumber(document, ref.id) }).toLowerCase()}`;
      if (ref.kind === 'header') return `${document.meta.municipality}: ${document.meta.title}`;
      if (ref.kind === 'element') return describeElement(page, ref.id, t);
      return t(ref.kind === 'axis' ? 'inspector.axis' : 'inspector.heading');
    },
    [document, page, t],
  );

  const drawingFailed = (error: unknown) => (
    <DrawingFailed error={error} editor={editor} onLibrary={storage.actions.showLibrary} onDownload={() => void storage.actions.saveFile()} onNew={openGallery} onShown={workspace.drawFailed} />
  );

  return (
    <TranslateContext.Provider value={t}>
    <LanguagesContext.Provider value={languages}>
      <div className={['app', readOnly && 'read-only', themeOpen && 'theme-open'].filter(Boolean).join(' ')} lang={language} inert={presenting}>
        <SkipLink />
        <PanelBoundary resetKey={document} className="toolbar" extra={storage.menu}>
          <Toolbar editor={editor} document={document} language={language} onLanguage={changeLanguage} onNew={() => setGalleryOpen(true)} onExport={() => setExportOpen(true)} onTheme={() => setThemeOpen((open) => !open)} themeOpen={themeOpen} onPresent={present} onDataTable={() => setDataTableOpen(true)}>
            {storage.menu}
          </Toolbar>
        </PanelBoundary>
        <PanelBoundary resetKey={document} className="steps-panel">
          <StepsPanel editor={editor} document={document} selection={selection} onSelect={selectStep} />
        </PanelBoundary>
        <main id="canvas" className="canvas">
          <PanelBoundary resetKey={document}>
            <CanvasOutline document={document} page={page} />
          </PanelBoundary>
          {drawing.error !== undefined ? (
            drawingFailed(drawing.error)
          ) : (
            <ErrorBoundary resetKey={document} onError={workspace.drawFailed} fallback={drawingFailed}>
              <TrappCanvas sheets={view.sheets} pageKey={`${page.id}:${document.page.size}:${document.page.orientation}`} selection={selectionList} onSelect={arrange.select} arrange={arrange.canvas} describe={describe} ariaLabel={t('canvas.label')} documentLanguage={document.meta.language} ariaLabels={flowAriaLabels} handles={handles} handleLabel={handleLabel} onHandleDrag={dragHandle} onHandleDragEnd={() => editor.endGesture()} onStartEdit={startEdit} inline={inline} connectors={elementTools.connectors} palette={elementTools.bridge} overlay={presence} />
              <DrawnSignal document={document} onDrawn={workspace.drawn} />
            </ErrorBoundary>
          )}
          <PanelBoundary resetKey={document}>
            <Palette editor={editor} getTarget={getShown} pageKind={page.kind} bridge={elementTools.bridge} onPlaced={placed} />
            <PageStrip editor={editor} document={document} current={page} onPage={setPageId} />
          </PanelBoundary>
        </main>
        {themeOpen && (
          <Suspense fallback={null}>
            <PanelBoundary resetKey={document} className="theme-panel" onClose={() => setThemeOpen(false)}>
              <ThemePanel editor={editor} document={document} issues={contrastIssues} onSelect={setSelection} onClose={() => setThemeOpen(false)} />
            </PanelBoundary>
          </Suspense>
        )}
        {/* While another tab edits the document, its fields cannot be reached. */}
        <div className="inspector-slot" inert={readOnly}>
          <PanelBoundary resetKey={document} className="inspector">
            <Inspector editor={editor} document={document} selection={selection} sheet={view.sheets[0]} footer={<>{arrange.placement}<HistoryList editor={editor} onShortcuts={arrange.openSheet} /></>} />
          </PanelBoundary>
        </div>
        <footer className="statusbar">
          <PanelBoundary resetKey={document}>
            <OverflowStatus overflows={view.overflows} leftOut={view.leftOut} document={document} />
            <ContrastStatus issues={contrastIssues} onOpen={() => setThemeOpen(true)} />
            <CollabStatusLine />
          </PanelBoundary>
        </footer>
        <PanelBoundary>{storage.layer}</PanelBoundary>
        <PanelBoundary resetKey={document}>{arrange.layer}</PanelBoundary>
        {galleryOpen && (
          <Suspense fallback={null}>
            <PanelBoundary onClose={() => setGalleryOpen(false)}>
              <Gallery context={context} onCreate={create} onClose={() => setGalleryOpen(false)} language={language === 'nn' ? 'nn' : 'nb'} />
            </PanelBoundary>
          </Suspense>
        )}
        {importStart && (
          <Suspense fallback={null}>
            <PanelBoundary onClose={() => setImportStart(undefined)}>
              <OutlineImportDialog editor={editor} context={context} start={importStart} onCreate={(doc) => (setImportStart(undefined), create(doc))} onClose={() => setImportStart(undefined)} />
            </PanelBoundary>
          </Suspense>
        )}
        {dataTableOpen && (
          <Suspense fallback={null}>
            <PanelBoundary resetKey={document} onClose={() => setDataTableOpen(false)}>
              <DataTable editor={editor} document={document} onClose={() => setDataTableOpen(false)} />
            </PanelBoundary>
          </Suspense>
        )}
        {exportOpen && (
          <Suspense fallback={null}>
            <PanelBoundary onClose={() => setExportOpen(false)}>
            <ExportDialog document={document} context={context} onClose={() => setExportOpen(false)} onJump={({ pageId: target, ref }) => {
              // A preflight finding: close the dialog, go to its page and select its element.
              setExportOpen(false);
              setPageId(target);
              setSelection(ref);
            }} />
            </PanelBoundary>
          </Suspense>
        )}
      </div>
      {presenting && (
        <PanelBoundary onClose={() => setPresenting(false)}>
          <Presentation document={document} context={context} onExit={() => setPresenting(false)} />
        </PanelBoundary>
      )}
    </LanguagesContext.Provider>
    </TranslateContext.Provider>
  );
}
