import { useCallback } from 'react';
import type { Page, TrappDocument } from '@/model/types';
import type { SceneRef } from '@/scene/primitives';
import { getStepNumber } from '@/model/steps';
import type { Translate } from '@/i18n/translate';
import { describeElement } from '../editing/useElementTools';

/** What a screen reader hears for a drawn part on the canvas: its kind and its words, e.g. 'Steg 2: Hjemmehjelp'. */
export function useDescribeRef(document: TrappDocument, page: Page, t: Translate): (ref: SceneRef) => string {
  return useCallback(
    (ref: SceneRef) => {
      const stepNumber = (id: string) => t('steps.number', { number: getStepNumber(document, id) });
      if (ref.kind === 'step')
        return `${stepNumber(ref.id)}: ${document.steps.find((s) => s.id === ref.id)?.title ?? ''}`;
      if (ref.kind === 'callout') return `${t('inspector.callout')}, ${stepNumber(ref.id).toLowerCase()}`;
      if (ref.kind === 'band')
        return `${t('inspector.band')}: ${document.bands.find((b) => b.id === ref.id)?.label ?? ''}`;
      if (ref.kind === 'stepChange')
        return ref.id === 'legend'
          ? t('stepChange.legendName')
          : `${t('stepChange.label')}, ${stepNumber(ref.id).toLowerCase()}`;
      if (ref.kind === 'header') return `${document.meta.municipality}: ${document.meta.title}`;
      if (ref.kind === 'element') return describeElement(page, ref.id, t);
      return t(ref.kind === 'axis' ? 'inspector.axis' : 'inspector.heading');
    },
    [document, page, t],
  );
}
