import { Dialog } from '../fields/Dialog';
import { useT } from './i18nContext';
import { formatShortcut } from './ContextMenu';
import { historyShortcuts } from './shortcuts';
import type { ArrangeAction } from '../editing/arrangeActions';
import type { MessageKey } from '@/i18n/nb';

/** Keys that are not arrange actions: history, editing, selecting with the mouse, menus. */
const general: [string, MessageKey][] = [
  [historyShortcuts.undo.join(' / '), 'shortcuts.undo'],
  [historyShortcuts.redo.join(' / '), 'shortcuts.redo'],
  ['Shift+F10', 'shortcuts.menu'],
  ['Enter', 'shortcuts.enter'],
  ['Tab', 'shortcuts.tab'],
  ['F6 / Shift+F6', 'shortcuts.regions'],
  ['Ctrl+P', 'shortcuts.export'],
  ['?', 'shortcuts.sheet'],
];
const pointer: [MessageKey, MessageKey][] = [
  ['shortcuts.click', 'shortcuts.clickWhat'],
  ['shortcuts.shiftClick', 'shortcuts.shiftClickWhat'],
  ['shortcuts.shiftDrag', 'shortcuts.shiftDragWhat'],
  ['shortcuts.drag', 'shortcuts.dragWhat'],
  ['shortcuts.altDrag', 'shortcuts.altDragWhat'],
  ['shortcuts.doubleClick', 'shortcuts.doubleClickWhat'],
  ['shortcuts.resizeShift', 'shortcuts.resizeShiftWhat'],
];

/** "?": every key and pointer gesture of the editor, in the interface language. */
export function ShortcutSheet({ actions, onClose }: { actions: readonly ArrangeAction[]; onClose: () => void }) {
  const t = useT();
  // The four arrow nudges are one line each for 1 and 10.
  const seen = new Set<string>();
  const keyed = actions.filter((a) => a.shortcut && !seen.has(a.label) && seen.add(a.label));
  const keyOf = (a: ArrangeAction) =>
    a.id.startsWith('nudge') ? (a.id.startsWith('nudge10') ? 'Shift+←↑→↓' : '←↑→↓') : formatShortcut(a.shortcut!);
  return (
    <Dialog id="shortcut-sheet-title" title={t('shortcuts.title')} className="shortcut-sheet" onClose={onClose}>
      <table>
        <caption>{t('shortcuts.keys')}</caption>
        <tbody>
          {general.map(([key, label]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{t(label)}</td>
            </tr>
          ))}
          {keyed.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <kbd>{keyOf(a)}</kbd>
              </th>
              <td>{t(a.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('shortcuts.pointer')}</caption>
        <tbody>
          {pointer.map(([gesture, what]) => (
            <tr key={gesture}>
              <th scope="row">{t(gesture)}</th>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
