import { useCallback, useMemo } from 'react';
import type { Editor } from '@/model/editor';
import type { TrappDocument } from '@/model/types';
import { setMasteryValue } from '@/model/chartCommands';
import { getStepNumber } from '@/model/steps';
import { getOwn } from '@/model/limits';
import type { EditHandle } from '@/scene/editHandles';
import type { Translate } from '@/i18n/translate';
import type { CanvasHandles } from '@/canvas/TrappCanvas';
import { gestureKey } from '@/model/gestureKey';

/** The selected chart's value handles on the canvas: their names, and a drag as one gesture of value changes. */
export function useChartHandles(
  editor: Editor,
  document: TrappDocument,
  all: readonly EditHandle[],
  chartId: string | undefined,
  t: Translate,
): CanvasHandles {
  const handles = useMemo(() => all.filter((h) => h.chartId === chartId), [all, chartId]);
  const label = useCallback(
    (h: EditHandle) => {
      const value = document.charts.find((c) => c.id === h.chartId);
      const current = value?.kind === 'mastery' ? (getOwn(value.values, h.stepId)?.[h.value] ?? 0) : 0;
      return t(h.value === 'column' ? 'handle.column' : 'handle.curve', {
        number: getStepNumber(document, h.stepId),
        value: current,
      });
    },
    [document, t],
  );
  return useMemo(
    () => ({
      handles,
      label,
      onDrag: (h, value) =>
        editor.run(
          setMasteryValue,
          { chartId: h.chartId, stepId: h.stepId, [h.value]: value },
          { gesture: gestureKey('drag', h.id) },
        ),
      onDragEnd: () => editor.endGesture(),
    }),
    [editor, handles, label],
  );
}
