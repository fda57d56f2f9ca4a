import { describe, expect, it } from 'vitest';
import { getPageSize } from '@/model/pageSize';
import { describeCommandCases, useCase } from '../../tests/unit/fixtures/commandCases';
import * as brandKitModule from './brandKit';
import { applyBrandKit, createBrandKit, getLogoElement, parseBrandKits, type BrandLogo } from './brandKit';
import { createBlankDocument } from './defaults';
import { Editor } from './editor';
import { setStepStyle } from './themeCommands';
import { getBuiltInTheme } from './themes';
import type { TrappDocument, UserFont } from './types';

const font: UserFont = { family: 'Kommuneskrift', weight: 700, data: 'AAEAAA==' };

function brandedDocument(): TrappDocument {
  const doc = createBlankDocument({ steps: 3, language: 'nb' });
  return {
    ...doc,
    meta: { ...doc.meta, municipality: 'Alver' },
    theme: { ...getBuiltInTheme('heather')!.theme, headingFont: 'Kommuneskrift' },
    fonts: [font, { ...font, family: 'Ubrukt' }],
  };
}

describe('a brand kit', () => {
  it('takes the municipality, the theme and only the fonts the theme uses', () => {
    const kit = createBrandKit(brandedDocument(), '  ');
    expect(kit).toMatchObject({
      name: 'Alver',
      municipality: 'Alver',
      theme: { name: 'Lynghei', headingFont: 'Kommuneskrift' },
      fonts: [font],
    });
  });

  it('is read back from storage, leaving out what does not validate', () => {
    const kit = createBrandKit(brandedDocument(), 'Alver kommune');
    const stored = JSON.stringify([
      kit,
      { ...kit, id: 'broken', theme: { ...kit.theme, background: 'red' } },
      'nonsense',
    ]);
    expect(parseBrandKits(stored)).toEqual([kit]);
    expect(parseBrandKits('{not json')).toEqual([]);
    expect(parseBrandKits(null)).toEqual([]);
  });

  it('applies to another document in one undo step, keeping its steps’ own overrides', () => {
    const kit = createBrandKit(brandedDocument(), 'Alver kommune');
    const editor = new Editor(createBlankDocument({ steps: 4, language: 'nb' }));
    editor.run(setStepStyle, { stepId: editor.document.steps[1].id, style: { fill: '#123456' } });
    const before = editor.document;
    editor.run(applyBrandKit, { kit });
    expect(editor.document.theme).toEqual(kit.theme);
    expect(editor.document.fonts).toEqual([font]);
    expect(editor.document.meta.municipality).toBe('Alver');
    expect(editor.document.steps[1].style).toEqual({ fill: '#123456' });
    editor.undo();
    expect(editor.document).toEqual(before);
    editor.redo();
    expect(editor.document.theme).toEqual(kit.theme);
  });
});

// A 1x1 PNG; the kit keeps the logo's proportions separately, here a wide logo of 3:1.
const logo: BrandLogo = {
  src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  alt: 'Logo: Alver kommune',
  width: 300,
  height: 100,
};
const blankA3 = () => createBlankDocument({ steps: 4, language: 'nb', size: 'A3', orientation: 'landscape' });
/** A document from before the overview had a page entry; applying a logo makes one. */
const withoutOverview = (): TrappDocument => {
  const doc = blankA3();
  return { ...doc, pages: doc.pages.filter((p) => p.kind !== 'overview') };
};
// zod schemas have an `apply` method too; the harness looks for commands among the module's exports.
const { brandKitSchema: _kit, brandLogoSchema: _logo, ...brandKitCommands } = brandKitModule;

describeCommandCases(
  'brand kit commands',
  brandKitCommands,
  {
    applyBrandKit: useCase(applyBrandKit)({
      args: () => ({ kit: createBrandKit(brandedDocument(), 'Alver', logo) }),
      check: (after) => {
        expect(after.theme.name).toBe('Lynghei');
        expect(getLogoElement(after)).toMatchObject({ kind: 'image', src: logo.src, logo: true });
      },
    }),
  },
  blankA3,
);

describe('a brand kit’s logo', () => {
  it('goes at the top right of the overview’s header, in its own proportions, in one undo step', () => {
    const editor = new Editor(withoutOverview());
    expect(editor.document.pages.some((p) => p.kind === 'overview')).toBe(false);
    editor.run(applyBrandKit, { kit: createBrandKit(brandedDocument(), 'Alver', logo) });
    const placed = getLogoElement(editor.document)!;
    const { width } = getPageSize(editor.document.page);
    expect(placed.alt).toBe('Logo: Alver kommune');
    expect(placed.w / placed.h).toBeCloseTo(3);
    expect(placed.x + placed.w).toBeLessThan(width);
    expect(placed.x).toBeGreaterThan(width / 2);
    expect(placed.y).toBeLessThan(100);
    expect(editor.undo()).toBe(true);
    expect(editor.document.pages.some((p) => p.kind === 'overview')).toBe(false);
  });

  it('replaces the logo already there, keeping where the user put it, and leaves other pictures alone', () => {
    const editor = new Editor(blankA3());
    editor.run(applyBrandKit, { kit: createBrandKit(brandedDocument(), 'Alver', logo) });
    const first = getLogoElement(editor.document)!;
    const overview = editor.document.pages.find((p) => p.kind === 'overview')!;
    const moved = { ...first, x: first.x - 50, y: first.y + 20 };
    const picture = { ...first, id: 'photo', logo: undefined };
    const doc: TrappDocument = {
      ...editor.document,
      pages: editor.document.pages.map((p) => (p === overview ? { ...p, elements: [moved, picture] } : p)),
    };
    const square: BrandLogo = { ...logo, src: logo.src.replace('iVBOR', 'iVBOr'), width: 100, height: 100 };
    const next = new Editor(doc);
    next.run(applyBrandKit, { kit: createBrandKit(doc, 'Annen', square) });
    const elements = next.document.pages.find((p) => p.kind === 'overview')!.elements;
    expect(elements.filter((e) => e.kind === 'image' && e.logo)).toHaveLength(1);
    const replaced = getLogoElement(next.document)!;
    expect(replaced).toMatchObject({ id: first.id, src: square.src, y: moved.y, h: moved.h, w: moved.h });
    expect(replaced.x + replaced.w).toBeCloseTo(moved.x + moved.w);
    expect(elements.find((e) => e.id === 'photo')).toEqual(picture);
  });

  it('is taken from the document when a kit is saved without one, and refused from storage unless it is a picture', () => {
    const editor = new Editor(blankA3());
    editor.run(applyBrandKit, { kit: createBrandKit(brandedDocument(), 'Alver', logo) });
    const kit = createBrandKit(editor.document, 'Fra dokumentet');
    expect(kit.logo).toMatchObject({ src: logo.src, alt: logo.alt });
    const hostile = { ...kit, id: 'bad', logo: { ...logo, src: 'data:text/html;base64,PHNjcmlwdD4=' } };
    expect(parseBrandKits(JSON.stringify([kit, hostile]))).toEqual([kit]);
  });
});
