import type { Primitive } from './primitives';
import { isPictureHref } from './pictureHref';
import { round } from '@/model/round';
import { formatPathData } from './formatPathData';

/** A renderer-neutral SVG element: the canvas turns it into React elements, the exports into text. */
export type SvgElement = { tag: string; attrs: Record<string, string | number>; text?: string };

export function toSvgElement(primitive: Primitive): SvgElement | undefined {
  switch (primitive.kind) {
    case 'rect': {
      const attrs: Record<string, string | number> = {
        x: round(primitive.x),
        y: round(primitive.y),
        width: round(primitive.w),
        height: round(primitive.h),
        fill: primitive.fill ?? 'none',
      };
      if (primitive.radius) attrs.rx = round(primitive.radius);
      if (primitive.stroke)
        Object.assign(attrs, { stroke: primitive.stroke, 'stroke-width': round(primitive.strokeWidth ?? 1) });
      if (primitive.opacity !== undefined) attrs.opacity = primitive.opacity;
      return { tag: 'rect', attrs };
    }
    case 'path': {
      const attrs: Record<string, string | number> = {
        d: formatPathData(primitive.segments),
        fill: primitive.fill ?? 'none',
      };
      if (primitive.stroke)
        Object.assign(attrs, {
          stroke: primitive.stroke,
          'stroke-width': round(primitive.strokeWidth ?? 1),
          'stroke-linecap': 'round',
        });
      if (primitive.dash) attrs['stroke-dasharray'] = primitive.dash.join(' ');
      if (primitive.opacity !== undefined) attrs.opacity = primitive.opacity;
      return { tag: 'path', attrs };
    }
    case 'text':
      return {
        tag: 'text',
        attrs: {
          x: round(primitive.x),
          y: round(primitive.y),
          // Quoted: unquoted, a family name ending in a number ('Source Sans 3') is misread by some renderers.
          'font-family': `'${primitive.family}'`,
          'font-weight': primitive.weight,
          'font-size': round(primitive.size),
          fill: primitive.fill,
          'text-anchor': primitive.anchor,
          // Measuring ignores kerning, so every renderer must too, or line widths drift. Chromium
          // otherwise draws DOM text with hinted advances, a pixel narrower per ~600 than measured.
          style: 'font-kerning:none;white-space:pre;text-rendering:geometricPrecision',
        },
        text: primitive.text,
      };
    case 'image': {
      if (!isPictureHref(primitive.href)) return undefined;
      // Stretched to the box, as the PDF and the PNG draw it; the box already has the picture's proportions.
      const attrs: Record<string, string | number> = {
        x: round(primitive.x),
        y: round(primitive.y),
        width: round(primitive.w),
        height: round(primitive.h),
        href: primitive.href,
        preserveAspectRatio: 'none',
      };
      if (primitive.opacity !== undefined) attrs.opacity = primitive.opacity;
      return { tag: 'image', attrs };
    }
    case 'link':
      return undefined;
  }
}
