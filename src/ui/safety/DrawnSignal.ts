import { useEffect } from 'react';

/** Tells the workspace, after each commit that drew `document`, that it drew: the document is safe to reopen. */
export function DrawnSignal({ document, onDrawn }: { document: unknown; onDrawn: () => void }) {
  useEffect(() => onDrawn(), [document, onDrawn]);
  return null;
}
