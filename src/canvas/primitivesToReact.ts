import { createElement, type ReactNode } from 'react';
import type { Primitive } from '@/scene/primitives';
import { toSvgElement } from '@/scene/svgElements';

const reactName = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const styles = new Map<string, Record<string, string>>();
/** The scene's inline style ("font-kerning:none;...") as a React style object, so both outputs read one definition. */
const toStyle = (css: string) => {
  let style = styles.get(css);
  if (!style) {
    style = Object.fromEntries(
      css
        .split(';')
        .filter(Boolean)
        .map((rule) => [reactName(rule.slice(0, rule.indexOf(':')).trim()), rule.slice(rule.indexOf(':') + 1).trim()]),
    );
    styles.set(css, style);
  }
  return style;
};

/** The scene's SVG elements as React elements: the same drawing the SVG export writes as text. */
export function primitivesToReact(primitives: readonly Primitive[]): ReactNode[] {
  return primitives.map((primitive, key) => {
    const element = toSvgElement(primitive);
    if (!element) return null;
    const props: Record<string, unknown> = { key };
    for (const [name, value] of Object.entries(element.attrs)) {
      if (name === 'style') props.style = toStyle(String(value));
      else props[reactName(name)] = value;
    }
    return createElement(element.tag, props, element.text);
  });
}
