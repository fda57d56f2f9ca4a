export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

/**
 * What a key does in a presentation. Clickers send Page Down/Page Up (some send arrows or "b"),
 * so every usual key moves; Escape leaves. Space on a focused button stays the button's.
 */
export function getPresentAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  onButton: boolean,
): PresentAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'n':
      return 'next';
    case ' ':
    case 'Enter':
      return onButton ? undefined : event.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return undefined;
  }
}

export function applyPresentAction(action: Exclude<PresentAction, 'exit'>, index: number, count: number): number {
  const target = action === 'next' ? index + 1 : action === 'previous' ? index - 1 : action === 'first' ? 0 : count - 1;
  return Math.max(0, Math.min(count - 1, target));
}
