import type { AriaLabelConfig } from '@xyflow/react';
import type { Translate } from '@/i18n/translate';

const directions = ['up', 'down', 'left', 'right'] as const;
const isDirection = (value: string): value is (typeof directions)[number] =>
  (directions as readonly string[]).includes(value);

/** React Flow's built-in accessible names and descriptions, in the interface language (its own are English). */
export function getFlowAriaLabels(t: Translate): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('flow.nodeDescription'),
    'node.a11yDescription.keyboardDisabled': t('flow.nodeDescription'),
    // React Flow names the direction in English ("down"): the message says it in the interface language.
    // Its x and y are where the part was before the move (and its step is not ours), so they are left out.
    'node.a11yDescription.ariaLiveMessage': ({ direction }) =>
      t('flow.moved', { direction: isDirection(direction) ? t(`flow.direction.${direction}`) : direction }),
    'edge.a11yDescription.default': t('flow.edgeDescription'),
    'controls.ariaLabel': t('flow.controls'),
    'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
    'controls.fitView.ariaLabel': t('flow.fitView'),
    'controls.interactive.ariaLabel': t('flow.interactive'),
    'minimap.ariaLabel': t('canvas.minimap'),
    'handle.ariaLabel': t('flow.handle'),
  };
}
