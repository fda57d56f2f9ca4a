import { memo } from 'react';
import type { CommandLabel } from '@/model/command';
import { isMessageKey, type Translate } from '@/i18n/translate';
import { useT } from './i18nContext';
import { useEditor, useEditorSelector } from './editorContext';

const describe = (t: Translate, label: CommandLabel) =>
  isMessageKey(label.key) ? t(label.key, label.params) : label.key;

/**
 * The named steps of the history, oldest first, with the undone ones after the current one.
 * Choosing a step undoes or redoes to just after it; the first line is the document as opened.
 */
export const HistoryList = memo(function HistoryList({ onShortcuts }: { onShortcuts?: () => void }) {
  const t = useT();
  const editor = useEditor();
  // The labels, which stay the same objects while the history is unchanged (a shared history's entries are built at each call).
  const past = useEditorSelector((e) => e.getHistorySnapshot().past.map((entry) => entry.label));
  const future = useEditorSelector((e) => e.getHistorySnapshot().future.map((entry) => entry.label));
  const labels = [...past, ...[...future].reverse()];
  const goTo = (done: number) => {
    while (editor.getHistorySnapshot().past.length > done && editor.undo());
    while (editor.getHistorySnapshot().past.length < done && editor.redo());
  };
  const item = (done: number, text: string) => (
    <li key={done} className={done > past.length ? 'undone' : undefined}>
      <button type="button" aria-current={done === past.length ? 'step' : undefined} onClick={() => goTo(done)}>
        {text}
      </button>
    </li>
  );
  return (
    <div className="history-panel">
      {onShortcuts && (
        <button type="button" className="shortcuts-button" aria-keyshortcuts="?" onClick={onShortcuts}>
          {t('arrange.shortcutsButton')} (?)
        </button>
      )}
      <details className="history-list">
        <summary>{t('historyList.title', { count: past.length })}</summary>
        <ol aria-label={t('historyList.title', { count: past.length })}>
          {item(0, t('historyList.start'))}
          {labels.map((label, i) => item(i + 1, describe(t, label)))}
        </ol>
      </details>
    </div>
  );
});
