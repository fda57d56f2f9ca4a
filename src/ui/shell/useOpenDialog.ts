import { useMemo, useState } from 'react';
import type { ImportStart } from '../outlineImport/importStart';

/** The app's dialogs, one open at a time: the new-trapp gallery, the export, the data table, or the trapp import with what it starts from. */
export type OpenDialog =
  { kind: 'gallery' } | { kind: 'export' } | { kind: 'dataTable' } | { kind: 'import'; start: ImportStart };

/** Which dialog is open, and stable ways to open and close it (they can go to memoised panels). */
export function useOpenDialog() {
  const [current, setCurrent] = useState<OpenDialog | undefined>();
  const actions = useMemo(
    () => ({
      open: (dialog: OpenDialog) => setCurrent(dialog),
      openGallery: () => setCurrent({ kind: 'gallery' }),
      openExport: () => setCurrent({ kind: 'export' }),
      openDataTable: () => setCurrent({ kind: 'dataTable' }),
      openImport: (start: ImportStart) => setCurrent({ kind: 'import', start }),
      close: () => setCurrent(undefined),
    }),
    [],
  );
  return useMemo(() => ({ current, ...actions }), [current, actions]);
}
