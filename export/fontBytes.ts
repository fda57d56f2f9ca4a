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

const binaryStrings = new WeakMap<Uint8Array, string>();

/** Bytes as a binary string (one char per byte), in chunks so large files do not overflow the call stack; kept per file. */
export function toBinaryString(bytes: Uint8Array): string {
  let out = binaryStrings.get(bytes);
  if (out === undefined) {
    const parts: string[] = [];
    // apply() over a typed array is several times faster than spreading it.
    for (let i = 0; i < bytes.length; i += 8192) parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]));
    out = parts.join('');
    binaryStrings.set(bytes, out);
  }
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  return btoa(toBinaryString(bytes));
}
