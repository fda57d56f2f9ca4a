// The defaults of the layout variants added after version 1; every reader goes through these getters.
import type { LayoutOptions } from './types';

export type Arrangement = NonNullable<LayoutOptions['arrangement']>;
export type StepHeights = NonNullable<LayoutOptions['stepHeights']>;
export type Detail = NonNullable<LayoutOptions['detail']>;

export const arrangements: readonly Arrangement[] = ['staircase', 'list'];
export const stepHeightOptions: readonly StepHeights[] = ['rising', 'equal'];
export const details: readonly Detail[] = ['auto', 'titles', 'subtitles', 'services'];

export const getArrangement = (layout: LayoutOptions): Arrangement => layout.arrangement ?? 'staircase';
export const getStepHeights = (layout: LayoutOptions): StepHeights => layout.stepHeights ?? 'rising';
/** A file from before detail levels shows subtitles as its `showSubtitles` says. */
export const getDetail = (layout: LayoutOptions): Detail =>
  layout.detail ?? (layout.showSubtitles ? 'subtitles' : 'titles');
/** At the automatic level the layout shows as much as fits the paper, and grows type and steps to fill it. */
export const isAutoDetail = (layout: LayoutOptions): boolean => getDetail(layout) === 'auto';
export const getShareStepSheets = (layout: LayoutOptions): boolean => layout.shareStepSheets ?? false;
export const getShowFigures = (layout: LayoutOptions): boolean => layout.showFigures ?? true;

/** The change that picks a detail level, keeping `showSubtitles` in step for readers of version 1 files (the automatic level may show subtitles). */
export const getDetailChange = (detail: Detail): Partial<LayoutOptions> => ({
  detail,
  showSubtitles: detail === 'subtitles' || detail === 'auto',
});
