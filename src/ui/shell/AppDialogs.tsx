import { Suspense } from 'react';
import type { SceneContext } from '@/scene/buildScene';
import type { TrappDocument } from '@/model/types';
import type { UiLanguage } from '@/i18n/translate';
import { PanelBoundary } from '../safety/PanelBoundary';
import type { PreflightTarget } from '../export/PreflightList';
import { useEditorDocument } from './editorContext';
import { lazyWithStrings } from './lazyWithStrings';
import type { OpenDialog } from './useOpenDialog';

// The export dialog and everything it loads (jsPDF among it) arrive only when asked for.
const ExportDialog = lazyWithStrings(() => import('../export/ExportDialog'));
// The data table and its spreadsheet import load when first opened.
const DataTable = lazyWithStrings(() => import('../figures/DataTable').then((m) => ({ default: m.DataTable })));
// Not needed for the first picture either: the new-trapp gallery.
const Gallery = lazyWithStrings(() => import('../library/Gallery').then((m) => ({ default: m.Gallery })));
// The trapp import (its readers among it) loads when a text is pasted or dropped, or the Fil menu asks for it.
const OutlineImportDialog = lazyWithStrings(() => import('../outlineImport/OutlineImportDialog'));

type Props = {
  dialog: { current: OpenDialog | undefined; close: () => void };
  context: SceneContext;
  language: UiLanguage;
  /** A new trapp from the gallery or the import. */
  onCreate: (doc: TrappDocument) => void;
  /** A preflight finding in the export dialog chosen: go to its page and element. */
  onJump: (target: PreflightTarget) => void;
};

/** The one dialog that is open, if any, each loaded when first opened. */
export function AppDialogs({ dialog, context, language, onCreate, onJump }: Props) {
  const open = dialog.current;
  // The data table starts again after an error once the document changes.
  const document = useEditorDocument((d) => d);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <PanelBoundary key={open.kind} resetKey={open.kind === 'dataTable' ? document : undefined} onClose={dialog.close}>
        {open.kind === 'gallery' && (
          <Gallery
            context={context}
            onCreate={onCreate}
            onClose={dialog.close}
            language={language === 'nn' ? 'nn' : 'nb'}
          />
        )}
        {open.kind === 'import' && (
          <OutlineImportDialog context={context} start={open.start} onCreate={onCreate} onClose={dialog.close} />
        )}
        {open.kind === 'dataTable' && <DataTable onClose={dialog.close} />}
        {open.kind === 'export' && <ExportDialog context={context} onClose={dialog.close} onJump={onJump} />}
      </PanelBoundary>
    </Suspense>
  );
}
