// Colour arithmetic in sRGB with WCAG 2.1 relative luminance and contrast ratio.

export type Rgb = [number, number, number];

/** A scene colour as RGB 0..255, or undefined for "no paint" (none, transparent, unknown). */
export function parseColour(value: string | undefined): { r: number; g: number; b: number; a: number } | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v);
  if (hex) {
    const h = hex[1].length <= 4 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    const a = h.length === 8 ? parseInt(h.slice(6, 8), 16) / 255 : 1;
    return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16), a };
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+))?\s*\)$/.exec(v);
  if (rgb)
    return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: rgb[4] === undefined ? 1 : Number(rgb[4]) };
  if (v === 'white') return { r: 255, g: 255, b: 255, a: 1 };
  if (v === 'black') return { r: 0, g: 0, b: 0, a: 1 };
  return undefined;
}

/** A colour's RGB for arithmetic (any form parseColour reads, `#abc` too); black where it reads none, as before. */
export function parseHex(colour: string): Rgb {
  const c = parseColour(colour);
  return c ? [c.r, c.g, c.b] : [0, 0, 0];
}

export function toHex([r, g, b]: Rgb): string {
  return (
    '#' +
    [r, g, b]
      .map((c) =>
        Math.round(Math.max(0, Math.min(255, c)))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

export function mix(a: string, b: string, t: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  return toHex([0, 1, 2].map((i) => x[i] + (y[i] - x[i]) * t) as Rgb);
}

/** The colour at `t` (0..1) along a gradient of evenly spaced stops. */
export function gradientAt(stops: readonly string[], t: number): string {
  if (stops.length === 1) return stops[0];
  const position = Math.max(0, Math.min(1, t)) * (stops.length - 1);
  const index = Math.min(stops.length - 2, Math.floor(position));
  return mix(stops[index], stops[index + 1], position - index);
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Whichever of the two text colours reads better on the background. When neither reaches
 * WCAG AA (4.5:1), as on mid-tone step colours, black or white, one of which always does.
 */
export function readableOn(background: string, dark: string, light = '#ffffff'): string {
  const better = contrastRatio(background, dark) >= contrastRatio(background, light) ? dark : light;
  if (contrastRatio(background, better) >= 4.5) return better;
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}
