import { useEffect, useRef } from 'react';
import { useT } from './i18nContext';
import { describeOpenProblem } from './openProblems';
import type { Problems } from './storageUi';

/** Why a file did not open: every problem, with its place in the file, and that nothing changed. */
export function FileProblems({ problems, onClose }: { problems: Problems; onClose: () => void }) {
  const t = useT();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const title = t('file.problemsTitle', { name: problems.name });
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div className="dialog file-problems" role="alertdialog" aria-modal="true" aria-labelledby="file-problems-title" aria-describedby="file-problems-lead" onClick={(e) => e.stopPropagation()}>
        <header>
          <h2 id="file-problems-title">{title}</h2>
          <button type="button" ref={close} onClick={onClose} aria-label={t('dialog.close')}>✕</button>
        </header>
        <p id="file-problems-lead" className="muted">{t('file.problemsLead')}</p>
        <ul className="problems">
          {problems.problems.map((problem, i) => (
            <li key={i}>{describeOpenProblem(t, problem)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
