import { useT } from '../shell/i18nContext';
import { Dialog } from '../fields/Dialog';
import { describeOpenProblem } from './describeOpenProblem';
import type { Problems } from './useStorageUi';

/** Why a file did not open: every problem, with its place in the file, and that nothing changed. */
export function FileProblems({ problems, onClose }: { problems: Problems; onClose: () => void }) {
  const t = useT();
  return (
    <Dialog
      id="file-problems-title"
      title={t('file.problemsTitle', { name: problems.name })}
      className="file-problems"
      role="alertdialog"
      describedBy="file-problems-lead"
      onClose={onClose}
    >
      <p id="file-problems-lead" className="muted">
        {t('file.problemsLead')}
      </p>
      <ul className="problems">
        {problems.problems.map((problem, i) => (
          <li key={i}>{describeOpenProblem(t, problem)}</li>
        ))}
      </ul>
    </Dialog>
  );
}
