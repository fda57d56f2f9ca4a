import { useEffect, useState } from 'react';
import type { TrappDocument } from '@/model/types';
import type { SceneContext } from '@/scene/buildScene';
import type { ContrastIssue } from '@/scene/contrastCheck';

/**
 * The contrast check over every page, run when editing pauses (it lays out every page, up to a few
 * hundred ms). Its code loads with the first check, after the first picture: the status bar says
 * nothing is wrong until then, as it does until the first check has run.
 */
export function useContrastIssues(document: TrappDocument, context: SceneContext, delay = 250): ContrastIssue[] {
  const [issues, setIssues] = useState<ContrastIssue[]>([]);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      import('@/scene/contrastCheck')
        .then(({ checkDocumentContrast }) => {
          // A document that cannot be laid out has no contrast to check; the canvas says what is wrong.
          if (current) setIssues(checkDocumentContrast(document, context));
        })
        .catch(() => current && setIssues([]));
    }, delay);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [document, context, delay]);
  return issues;
}
