// What the command line prints after an export whose overview leaves services out, so a poster
// made without looking at it still says where those services went.
import { describeLeftOut } from '@/i18n/describeLeftOut';
import type { Translate } from '@/i18n/translate';
import type { TrappDocument } from '@/model/types';
import { buildPage, getOverviewPage, type SceneContext } from '@/scene/buildScene';
import type { ExportOptions } from './options';
import { getExportDocument } from './sheets';

/** A heading and one line per step, or nothing when the overview shows every service (the web page shows them all). */
export function getLeftOutLines(
  doc: TrappDocument,
  context: SceneContext,
  options: Pick<ExportOptions, 'format' | 'paper' | 'relayout'>,
  t: Translate,
): string[] {
  if (options.format === 'html') return [];
  const exported = getExportDocument(doc, options);
  const leftOut = buildPage(exported, getOverviewPage(exported), context).leftOut ?? [];
  return leftOut.length
    ? [`${t('overflow.leftOut')}:`, ...leftOut.map((o) => `  - ${describeLeftOut(t, exported, o)}`)]
    : [];
}
