// Nothing is selected when the editor opens, so the inspectors (and their editors) are not part of
// the first page load: they load in one chunk when the page is idle after the first picture, or at
// the first selection if that comes sooner. The inspector panel's PanelBoundary shows a message if
// the chunk cannot be loaded.
import { lazy } from 'react';
import { withLaterStrings } from '../shell/lazyWithStrings';
import { startWhenIdle } from '../shell/startWhenIdle';

let parts: Promise<typeof import('./inspectorParts')> | undefined;
export const loadInspectors = () => (parts ??= withLaterStrings(import('./inspectorParts')));

export const TrackInspector = lazy(() => loadInspectors().then((m) => ({ default: m.TrackInspector })));
export const ChartInspector = lazy(() => loadInspectors().then((m) => ({ default: m.ChartInspector })));
export const FiguresEditor = lazy(() => loadInspectors().then((m) => ({ default: m.FiguresEditor })));
export const MasteryCompareEditor = lazy(() => loadInspectors().then((m) => ({ default: m.MasteryCompareEditor })));
export const StepStyleEditor = lazy(() => loadInspectors().then((m) => ({ default: m.StepStyleEditor })));
export const StepContentEditor = lazy(() => loadInspectors().then((m) => ({ default: m.StepContentEditor })));
export const ElementInspector = lazy(() => loadInspectors().then((m) => ({ default: m.ElementInspector })));

/** Starts loading the inspectors a second after the editor mounts, when the browser is idle. */
export const preloadInspectorsWhenIdle = () => startWhenIdle(() => void loadInspectors().catch(() => undefined));
