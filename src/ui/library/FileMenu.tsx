import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '@/i18n/nb';
import { FILE_EXTENSION } from '@/storage/files';
import { outlineFileExtensions } from '@/model/outline/sourceKind';
import type { WorkspaceState } from '@/storage/workspaceState';
import { useT } from '../shell/i18nContext';
import type { StorageActions } from './useStorageUi';

type Props = { state: WorkspaceState; actions: StorageActions };

/** "Fil": the library, opening and saving files, and the document's links; with whether the last change is stored. */
export function FileMenu({ state, actions }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointer);
    return () => window.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const item = (key: MessageKey, run: () => void) => (
    // Focus goes back to "Fil" first, so a dialog the item opens returns focus there when it closes.
    <button type="button" role="menuitem" onClick={() => (setOpen(false), button.current?.focus(), run())}>
      {t(key)}
    </button>
  );
  const onKey = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  };

  return (
    <div className="file-menu" ref={menu} onKeyDown={onKey}>
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('file.menu')} ▾
      </button>
      {open && (
        <div role="menu" aria-label={t('file.menu')} className="menu">
          {item('file.library', actions.showLibrary)}
          {item('file.open', () => input.current?.click())}
          {item('file.importOutline', actions.importOutline)}
          {item('file.editOutline', actions.showOutline)}
          {item('file.save', () => void actions.saveFile())}
          {item('file.links', actions.showLinks)}
          {item('file.share', actions.showSharing)}
        </div>
      )}
      <input
        ref={input}
        type="file"
        // A text, web page or Word file chosen here goes to the trapp import, as a dropped one does.
        accept={[FILE_EXTENSION, '.json', 'application/json', ...outlineFileExtensions].join(',')}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void actions.openFile(file);
        }}
      />
      <SaveStatus state={state} />
    </div>
  );
}

function SaveStatus({ state }: { state: WorkspaceState }) {
  const t = useT();
  // On a shared document the status line says whether changes reach the server.
  if (state.shared) return null;
  const key: MessageKey = state.storageUnavailable
    ? 'save.memoryOnly'
    : state.access !== 'edit'
      ? 'save.readOnly'
      : `save.${state.saving}`;
  // Not role=status: the canvas's text-fit report is the app's one status region.
  return (
    <span className={`save-status ${state.saving}`} aria-live="polite">
      {t(key)}
    </span>
  );
}
