import type { Overflow } from '@/layout/geometry';
import { getStepNumber } from '@/model/steps';
import type { TrappDocument } from '@/model/types';
import type { Translate } from './translate';

/** "Trinn 4, bare på trinnsiden: Avlastning, BPA": the services a step's overview leaves out, in the interface language. */
export function describeLeftOut(t: Translate, doc: TrappDocument, leftOut: Overflow): string {
  const key = leftOut.field === 'servicesOnStepPage' ? 'leftOut.onStepPage' : 'leftOut.notShown';
  return t(key, { number: getStepNumber(doc, leftOut.id), services: (leftOut.texts ?? []).join(', ') });
}
