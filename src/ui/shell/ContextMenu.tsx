import { useEffect, useRef } from 'react';
import { useT } from './i18nContext';
import type { ArrangeAction } from '../editing/arrangeActions';

const arrows: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };

/** A shortcut as shown to the user: arrows as arrows. */
export const formatShortcut = (shortcut: string) =>
  shortcut.replace(/Arrow(Left|Right|Up|Down)/g, (name) => arrows[name]);

type Props = { x: number; y: number; actions: readonly ArrangeAction[]; onClose: () => void };

/**
 * The right-click menu (also Shift+F10 or the menu key): what can be done with the selection.
 * Arrow keys, Home and End move between the items, Enter runs one, Escape or a click outside closes.
 */
export function ContextMenu({ x, y, actions, onClose }: Props) {
  const t = useT();
  const menu = useRef<HTMLDivElement>(null);
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    returnTo.current = document.activeElement;
    menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    const onDown = (e: PointerEvent) => !menu.current?.contains(e.target as Node) && onClose();
    window.addEventListener('pointerdown', onDown, true);
    return () => {
      window.removeEventListener('pointerdown', onDown, true);
      if (returnTo.current instanceof HTMLElement && returnTo.current.isConnected) returnTo.current.focus();
    };
  }, [onClose]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  // Kept inside the window even when opened near its right or bottom edge.
  const style = {
    left: Math.min(x, window.innerWidth - 260),
    top: Math.min(y, window.innerHeight - 24 - actions.length * 30),
  };
  return (
    <div
      ref={menu}
      className="context-menu"
      role="menu"
      aria-label={t('arrange.menu')}
      style={style}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {actions.length === 0 && <p className="muted">{t('arrange.nothing')}</p>}
      {actions.map((action) => (
        <div key={action.id} className={action.separatorBefore ? 'separated' : undefined} role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => {
              onClose();
              action.run();
            }}
          >
            <span>{t(action.label)}</span>
            {action.shortcut && <kbd>{formatShortcut(action.shortcut)}</kbd>}
          </button>
        </div>
      ))}
    </div>
  );
}
