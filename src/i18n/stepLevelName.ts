import type { StepLevel } from '@/model/outline/stepMarkers';
import type { Translate } from './translate';

/** A step level as the import dialog and `npm run import` name it: "overskrifter på nivå 2 (7)". */
export function getStepLevelName(t: Translate, level: StepLevel, count: number): string {
  const heading = /^heading(\d)$/.exec(level);
  return heading
    ? t('outlineImport.level.heading', { level: heading[1], count })
    : t(`outlineImport.level.${level as 'trinn'}`, { count });
}
