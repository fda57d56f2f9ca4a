import { useEffect, useMemo } from 'react';
import type { TextMeasurer } from '@/layout/fonts';
import { withUserFonts } from '@/layout/userFonts';
import type { UserFont } from '@/model/types';
import { registerUserFonts } from '../shell/fonts';

/**
 * The measurer with the document's uploaded fonts, and those fonts registered with the browser.
 * Measuring reads the document's bytes at once; the canvas's text repaints when the browser has them.
 */
export function useUserFonts(measurer: TextMeasurer, fonts: readonly UserFont[] | undefined): TextMeasurer {
  useEffect(() => {
    registerUserFonts(fonts).catch(() => undefined);
  }, [fonts]);
  return useMemo(() => withUserFonts(measurer, fonts), [measurer, fonts]);
}
