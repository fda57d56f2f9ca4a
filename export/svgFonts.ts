import type { Scene } from '@/scene/primitives';
import { getFontKey, type FontFace } from '@/layout/fonts';
import { bytesToBase64 } from '@/model/base64';
import { resolveFontKey, type FontBytes } from './fontBytes';
import { quoteFontFamily } from './svg';

/** The faces the scenes draw text with, each once. */
export function getUsedFaces(scenes: readonly Scene[]): FontFace[] {
  const faces = new Map<string, FontFace>();
  for (const scene of scenes) {
    for (const node of scene.nodes) {
      for (const p of node.primitives)
        if (p.kind === 'text') faces.set(getFontKey(p), { family: p.family, weight: p.weight });
    }
  }
  return [...faces.values()];
}

/**
 * `@font-face` rules with the font files as data URLs, only for the faces the scenes draw with.
 * A face named by a theme but not shipped is declared with the file the measurer used for it.
 */
export function getFontFaceCss(scenes: readonly Scene[], fonts: FontBytes): string {
  const urls = new Map<string, string>();
  const urlFor = (key: string) => {
    if (!urls.has(key)) urls.set(key, `data:font/ttf;base64,${bytesToBase64(fonts.get(key)!)}`);
    return urls.get(key)!;
  };
  return getUsedFaces(scenes)
    .map(
      (face) =>
        `@font-face{font-family:${quoteFontFamily(face.family)};font-weight:${face.weight};font-style:normal;src:url(${urlFor(resolveFontKey(face, fonts))}) format('truetype');}`,
    )
    .join('\n');
}
