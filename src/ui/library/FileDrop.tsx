import { useEffect, useRef, useState } from 'react';
import { listenToWindow } from '@/canvas/listenToWindow';
import { useT } from '../shell/i18nContext';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** Opens a file dropped anywhere on the window, and says so while one is dragged over it. */
export function FileDrop({ onFile }: { onFile: (file: File) => void }) {
  const t = useT();
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFile);
  latest.current = onFile;
  useEffect(() => {
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = 0;
      setDragging(false);
      // A picture dropped on the canvas was placed there already.
      if (event.defaultPrevented) return;
      // Without this the browser would navigate to the file and the open document would be gone.
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) latest.current(file);
    };
    return listenToWindow({ dragenter: onEnter, dragleave: onLeave, dragover: onOver, drop: onDrop });
  }, []);
  if (!dragging) return null;
  return (
    <div className="file-drop" aria-hidden="true">
      <p>{t('file.drop')}</p>
    </div>
  );
}
