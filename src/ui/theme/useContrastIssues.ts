import { useEffect, useState } from 'react';
import type { TrappDocument } from '@/model/types';
import type { SceneContext } from '@/scene/buildScene';
import { checkDocumentContrast, type ContrastIssue } from '@/scene/contrastCheck';

/** The contrast check over every page, run when editing pauses (it lays out every page, up to a few hundred ms). */
export function useContrastIssues(document: TrappDocument, context: SceneContext, delay = 250): ContrastIssue[] {
  const [issues, setIssues] = useState<ContrastIssue[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => {
      // A document that cannot be laid out has no contrast to check; the canvas says what is wrong.
      try {
        setIssues(checkDocumentContrast(document, context));
      } catch {
        setIssues([]);
      }
    }, delay);
    return () => clearTimeout(timer);
  }, [document, context, delay]);
  return issues;
}
