// Bytes to and from base64: the document carries uploaded fonts and pictures as base64, and the
// exports embed fonts and pictures as data URLs. One helper for all of them (btoa and atob speak
// binary strings, one char per byte, not bytes).

const binaryStrings = new WeakMap<Uint8Array, string>();

/** Bytes as a binary string (one char per byte), in chunks so large files do not overflow the call stack; kept per array, as fonts are read often. */
export function toBinaryString(bytes: Uint8Array): string {
  let out = binaryStrings.get(bytes);
  if (out === undefined) {
    const parts: string[] = [];
    // apply() over a typed array is several times faster than spreading it.
    for (let i = 0; i < bytes.length; i += 8192)
      parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]));
    out = parts.join('');
    binaryStrings.set(bytes, out);
  }
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  return btoa(toBinaryString(bytes));
}

/** Text as UTF-8 in base64, e.g. an SVG for a data URL. */
export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

/** The bytes of base64 text; throws (as atob does) on text that is not base64. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
