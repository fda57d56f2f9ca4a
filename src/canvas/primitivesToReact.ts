import { createElement, type ReactNode } from 'react';
import type { Primitive } from '@/scene/primitives';
import { toSvgElement } from '@/scene/svgElements';

const reactName = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const textStyle = { fontKerning: 'none', whiteSpace: 'pre' } as const;

/** The scene's SVG elements as React elements: the same drawing the SVG export writes as text. */
export function primitivesToReact(primitives: readonly Primitive[]): ReactNode[] {
  return primitives.map((primitive, key) => {
    const element = toSvgElement(primitive);
    if (!element) return null;
    const props: Record<string, unknown> = { key };
    for (const [name, value] of Object.entries(element.attrs)) {
      if (name === 'style') props.style = textStyle;
      else props[reactName(name)] = value;
    }
    return createElement(element.tag, props, element.text);
  });
}
