// A brand kit: a municipality's name, theme and fonts, saved once outside any document and applied
// to any document in one undo step. Kept by the browser, so it is read like an untrusted file.
import { z } from 'zod';
import { defineCommand } from './command';
import { newId } from './ids';
import { themeSchema, userFontSchema } from './schema';
import type { TrappDocument } from './types';

export const brandKitSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(80),
  municipality: z.string().max(80),
  theme: themeSchema,
  fonts: z.array(userFontSchema).max(12).optional(),
});

export type BrandKit = z.infer<typeof brandKitSchema>;

/** A kit from the document's current look: its municipality, theme and the fonts the theme uses. */
export function createBrandKit(doc: TrappDocument, name: string): BrandKit {
  const families = new Set([doc.theme.headingFont, doc.theme.bodyFont]);
  const fonts = (doc.fonts ?? []).filter((f) => families.has(f.family));
  return { id: newId('brand'), name: name.trim() || doc.meta.municipality || doc.theme.name, municipality: doc.meta.municipality, theme: doc.theme, ...(fonts.length ? { fonts } : {}) };
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

/** The kit's theme, fonts and municipality name on the document; steps keep their own overrides. */
export const applyBrandKit = defineCommand<{ kit: BrandKit }>(
  'applyBrandKit',
  (doc, { kit }) => {
    doc.theme = kit.theme;
    if (kit.municipality.trim()) doc.meta.municipality = kit.municipality;
    if (kit.fonts?.length) {
      const replaced = new Set(kit.fonts.map((f) => `${f.family}:${f.weight}`));
      doc.fonts = [...(doc.fonts ?? []).filter((f) => !replaced.has(`${f.family}:${f.weight}`)), ...kit.fonts];
    }
  },
  ({ kit }) => ({ key: 'history.applyBrandKit', params: { name: kit.name } }),
);
