import type { OutlineProblem } from '@/model/outline/importSource';
import { describeProblem, type Translate } from './translate';

/** Why a text could not become a trapp, as the import dialog and `npm run import` say it. */
export function describeOutlineProblem(t: Translate, problem: OutlineProblem): string {
  if (problem.code === 'invalid')
    return t('outlineImport.problem.invalid', { detail: describeProblem(t, problem.problem) });
  if (problem.code === 'tooManySteps')
    return t('outlineImport.problem.tooManySteps', { count: problem.count, max: problem.max });
  return t(`outlineImport.problem.${problem.code}`);
}
