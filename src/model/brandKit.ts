// A brand kit: a municipality's name, logo, theme and fonts, saved once outside any document and
// applied to any document in one undo step. Kept by the browser, so it is read like an untrusted file.
import type { Draft } from 'immer';
import { z } from 'zod';
import { getPageScale, getPageSize } from './pageSize';
import { defineCommand } from './command';
import { getOrAddOverviewPage } from './elementCommands';
import { newId } from './ids';
import { themeSchema, userFontSchema } from './schema';
import type { FreeElement, TrappDocument } from './types';

/** A logo as stored pictures are (src/storage/imageLimits.ts: at most 1.5 MB once prepared), as base64 text. */
export const MAX_LOGO_CHARACTERS = Math.ceil((1.5 * 1024 * 1024) / 3) * 4 + 64;

/** The municipality's logo: a PNG, JPEG or sanitised SVG as a data URL, with its proportions. */
export const brandLogoSchema = z.object({
  src: z
    .string()
    .max(MAX_LOGO_CHARACTERS)
    .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/, 'expected a PNG, JPEG or SVG data URL'),
  alt: z.string().max(200),
  width: z.number().positive(),
  height: z.number().positive(),
});

export type BrandLogo = z.infer<typeof brandLogoSchema>;
type ImageElement = Extract<FreeElement, { kind: 'image' }>;

export const brandKitSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(80),
  municipality: z.string().max(80),
  theme: themeSchema,
  fonts: z.array(userFontSchema).max(12).optional(),
  logo: brandLogoSchema.optional(),
});

export type BrandKit = z.infer<typeof brandKitSchema>;

/** A kit from the document's current look: its municipality, theme, the fonts the theme uses, and the given logo or else the document's own. */
export function createBrandKit(doc: TrappDocument, name: string, logo?: BrandLogo): BrandKit {
  const families = new Set([doc.theme.headingFont, doc.theme.bodyFont]);
  const fonts = (doc.fonts ?? []).filter((f) => families.has(f.family));
  const kitLogo = logo ?? getDocumentLogo(doc);
  return {
    id: newId('brand'),
    name: name.trim() || doc.meta.municipality || doc.theme.name,
    municipality: doc.meta.municipality,
    theme: doc.theme,
    ...(fonts.length ? { fonts } : {}),
    ...(kitLogo ? { logo: kitLogo } : {}),
  };
}

/** The image marked as the logo on the overview page, if there is one. */
export function getLogoElement(doc: TrappDocument): ImageElement | undefined {
  const overview = doc.pages.find((p) => p.kind === 'overview');
  return overview?.elements.find((e): e is ImageElement => e.kind === 'image' && e.logo === true);
}

/** The document's logo as a kit keeps it; none when it is a kind of picture a kit does not carry (GIF, WebP). */
export function getDocumentLogo(doc: TrappDocument): BrandLogo | undefined {
  const own = getLogoElement(doc);
  return own && brandLogoSchema.safeParse({ src: own.src, alt: own.alt, width: own.w, height: own.h }).data;
}

/**
 * Where a logo goes: at the top right of the overview's header, as tall as the municipality's name
 * and the title together, no wider than a quarter of the page's content. A logo that is there
 * already keeps its top right corner and its height, so a logo the user placed stays put.
 */
export function getLogoBox(
  doc: TrappDocument,
  logo: BrandLogo,
  current?: ImageElement,
): { x: number; y: number; w: number; h: number } {
  const { width } = getPageSize(doc.page);
  const scale = getPageScale(getPageSize(doc.page));
  const margin = 36 * scale;
  const aspect = logo.width / logo.height;
  const right = current ? current.x + current.w : width - margin;
  const top = current ? current.y : margin;
  let h = current ? current.h : 44 * scale;
  let w = h * aspect;
  const maxWidth = (width - 2 * margin) / 4;
  if (w > maxWidth) [w, h] = [maxWidth, maxWidth / aspect];
  return { x: right - w, y: top, w, h };
}

/** Puts the kit's logo on the overview page, replacing the logo there; makes the overview's page entry if it has none. */
function placeLogo(doc: Draft<TrappDocument>, logo: BrandLogo) {
  const overview = getOrAddOverviewPage(doc);
  const index = overview.elements.findIndex((e) => e.kind === 'image' && e.logo === true);
  const current = index >= 0 ? (overview.elements[index] as ImageElement) : undefined;
  const element: ImageElement = {
    id: current?.id ?? newId('logo'),
    kind: 'image',
    src: logo.src,
    alt: logo.alt,
    logo: true,
    ...getLogoBox(doc as TrappDocument, logo, current),
  };
  if (current)
    overview.elements[index] = {
      ...element,
      ...(current.locked ? { locked: true } : {}),
      ...(current.group ? { group: current.group } : {}),
    };
  else overview.elements.push(element);
}

/** The kits in stored text; a kit that does not validate is left out rather than failing the rest. */
export function parseBrandKits(text: string | null): BrandKit[] {
  if (!text) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = brandKitSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The kit's theme, fonts, municipality name and logo on the document; steps keep their own overrides. */
export const applyBrandKit = defineCommand<{ kit: BrandKit }>(
  'applyBrandKit',
  (doc, { kit }) => {
    doc.theme = kit.theme;
    if (kit.municipality.trim()) doc.meta.municipality = kit.municipality;
    if (kit.fonts?.length) {
      const replaced = new Set(kit.fonts.map((f) => `${f.family}:${f.weight}`));
      doc.fonts = [...(doc.fonts ?? []).filter((f) => !replaced.has(`${f.family}:${f.weight}`)), ...kit.fonts];
    }
    if (kit.logo) placeLogo(doc, kit.logo);
  },
  ({ kit }) => ({ key: 'history.applyBrandKit', params: { name: kit.name } }),
);
