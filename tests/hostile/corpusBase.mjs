// What every corpus file is made from: a template changed one way, and a picture placed on a page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const template = (id) => JSON.parse(readFileSync(join(root, 'templates', `${id}.trapp.json`), 'utf8'));

/** A copy of a template (Alver by default: nynorsk, a track, bands, a chart) changed by `change`. */
export function makeVariant(change, id = 'alver') {
  const doc = template(id);
  change(doc);
  return JSON.stringify(doc, null, 1);
}

/** The same, made only when read: the corpus holds hundreds of megabytes of text in all. */
export const variant = (change, id) => () => makeVariant(change, id);

const picture = (src, extra = {}) => ({
  id: 'el-picture',
  kind: 'image',
  x: 60,
  y: 60,
  w: 200,
  h: 150,
  src,
  alt: 'Bilete',
  ...extra,
});
export const withPicture = (src) => variant((doc) => doc.pages[0].elements.push(picture(src)));
/** The same picture as a logo on the first step's page, where the step page layout places it. */
export const withLogo = (src) =>
  variant((doc) => doc.pages[1].elements.push(picture(src, { id: 'el-logo', logo: true, x: 20, y: 20, w: 80, h: 40 })));
export const reserved = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
];

export const many = (count, make) => Array.from({ length: count }, (_, i) => make(i));
