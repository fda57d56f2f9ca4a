import { describeProblem, type Translate } from '@/i18n/translate';
import type { OpenFileProblem } from '@/storage/files';

const megabytes = (bytes: number) => String(Math.round((bytes / 1024 / 1024) * 10) / 10).replace('.', ',');

/** A problem with a file the user tried to open, as a sentence in the interface language, path included. */
export function describeOpenProblem(t: Translate, problem: OpenFileProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('problem.tooLarge', { size: megabytes(problem.size), limit: megabytes(problem.limit) });
    case 'unreadable':
    case 'binary':
      return t(`problem.${problem.code}`);
    case 'invalid':
      if (problem.detail === 'unsafeLink') return t('problem.unsafeLink', { path: problem.path });
      return describeProblem(t, problem);
    case 'notJson':
      // The parser's own words can quote the file; keep them short.
      return describeProblem(t, { ...problem, detail: problem.detail.slice(0, 120) });
    default:
      return describeProblem(t, problem);
  }
}
