// The inspectors shown only with a selection, in one chunk that lazyInspectors.ts loads.
export { TrackInspector } from './TrackInspector';
export { ChartInspector } from './ChartInspector';
export { FiguresEditor } from '../figures/FiguresEditor';
export { MasteryCompareEditor } from '../figures/MasteryCompareEditor';
export { StepStyleEditor } from './StepStyleEditor';
export { StepContentEditor } from './StepContentEditor';
export { ElementInspector } from './ElementInspector';
