import { fallbackFace, getFontKey, type FontFace } from '@/layout/fonts';

/** The shipped font files by font key ("Source Sans 3:400"), read by the platform and handed to the exports. */
export type FontBytes = ReadonlyMap<string, Uint8Array>;

/** The font key a face is drawn with: the measurer's own fallback order, so what is drawn is what was measured. */
export function resolveFontKey(face: FontFace, fonts: FontBytes): string {
  for (const key of [getFontKey(face), getFontKey({ family: face.family, weight: 400 }), getFontKey(fallbackFace)]) {
    if (fonts.has(key)) return key;
  }
  const first = fonts.keys().next().value;
  if (first === undefined) throw new Error('no fonts loaded');
  return first;
}
