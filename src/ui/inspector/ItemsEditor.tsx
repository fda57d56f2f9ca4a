import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import {
  addItem,
  indentItem,
  outdentItem,
  pasteItems,
  removeItem,
  setItemText,
  type ListRef,
} from '@/model/contentCommands';
import { newId } from '@/model/ids';
import type { Item } from '@/model/types';
import { useDocumentLanguage, useT } from '../shell/i18nContext';
import { useEditor } from '../shell/editorContext';
import { gestureKey } from '@/model/gestureKey';

type Props = { list: ListRef; items: readonly Item[]; label: string };

/**
 * A list of items edited like an outline: Enter adds the next item, Backspace in an empty item
 * removes it, Tab nests an item under the one above and Shift+Tab lifts it out again.
 */
export function ItemsEditor({ list, items, label }: Props) {
  const editor = useEditor();
  const t = useT();
  const lang = useDocumentLanguage();
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const [focusId, setFocusId] = useState<string | undefined>();
  useEffect(() => {
    if (focusId) inputs.current.get(focusId)?.focus();
  }, [focusId, items]);

  const flat = items.flatMap((item, index) => [
    { item, index, parent: undefined as Item | undefined },
    ...(item.items ?? []).map((child, i) => ({ item: child as Item, index: i, parent: item })),
  ]);
  const onKey = (event: KeyboardEvent<HTMLInputElement>, entry: (typeof flat)[number], position: number) => {
    const { item, index, parent } = entry;
    if (event.key === 'Enter') {
      event.preventDefault();
      const id = newId('item');
      editor.endGesture();
      editor.run(addItem, { list, index: index + 1, parentId: parent?.id, item: { id, text: '' } });
      setFocusId(id);
    } else if (event.key === 'Backspace' && item.text === '') {
      event.preventDefault();
      editor.run(removeItem, { itemId: item.id });
      setFocusId(flat[position - 1]?.item.id);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      editor.endGesture();
      editor.run(event.shiftKey ? outdentItem : indentItem, { itemId: item.id });
      setFocusId(item.id);
    }
  };
  // Several lines pasted (a list from a web page or a plan) become one item per line, bullets and numbers taken off.
  const onPaste = (event: ClipboardEvent<HTMLInputElement>, item: Item) => {
    const pasted = event.clipboardData.getData('text/plain');
    if (!pasted.trim().includes('\n')) return;
    event.preventDefault();
    const input = event.currentTarget;
    const before = item.text.slice(0, input.selectionStart ?? item.text.length);
    const after = item.text.slice(input.selectionEnd ?? item.text.length);
    // The text reader (the trapp import's) loads on the first such paste, not with the editor.
    void import('@/model/outline/readTextOutline').then(({ readTextOutline }) => {
      const [first, ...rest] = readTextOutline(pasted).lines;
      if (!first) return;
      // " og lag" pasted after a word keeps its space; the reader trims each line.
      const text = before + (before && /^[ \t]/.test(pasted) ? ' ' : '') + first.text + after;
      const added = rest.map((line) => ({ id: newId('item'), text: line.text, nested: line.level > 0 }));
      editor.endGesture();
      editor.run(pasteItems, { itemId: item.id, text, items: added });
      setFocusId(added.at(-1)?.id ?? item.id);
    });
  };
  return (
    <div className="items-editor" role="group" aria-label={label}>
      <ul>
        {flat.map((entry, position) => (
          <li key={entry.item.id} className={entry.parent ? 'child' : undefined}>
            <span aria-hidden="true" className="bullet">
              {entry.parent ? '–' : '•'}
            </span>
            <input
              ref={(el) => {
                if (el) inputs.current.set(entry.item.id, el);
                else inputs.current.delete(entry.item.id);
              }}
              aria-label={t('items.item', { number: position + 1, list: label })}
              lang={lang}
              value={entry.item.text}
              onKeyDown={(e) => onKey(e, entry, position)}
              onBlur={() => editor.endGesture()}
              onPaste={(e) => onPaste(e, entry.item)}
              onChange={(e) =>
                editor.run(
                  setItemText,
                  { itemId: entry.item.id, text: e.target.value },
                  { gesture: gestureKey('item', entry.item.id) },
                )
              }
            />
            <button
              type="button"
              className="quiet"
              aria-label={t('items.remove', { text: entry.item.text || t('steps.untitled') })}
              title={t('items.removeTitle')}
              onClick={() => editor.run(removeItem, { itemId: entry.item.id })}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="quiet add"
        onClick={() => {
          const id = newId('item');
          editor.run(addItem, { list, index: items.length, item: { id, text: '' } });
          setFocusId(id);
        }}
      >
        + {t('items.add')}
      </button>
      <p className="hint">{t('items.hint')}</p>
    </div>
  );
}
