import { describe, expect, it } from 'vitest';
import { applyBrandKit, createBrandKit, parseBrandKits } from './brandKit';
import { createBlankDocument } from './defaults';
import { Editor } from './editor';
import { setStepStyle } from './themeCommands';
import { getBuiltInTheme } from './themes';
import type { TrappDocument, UserFont } from './types';

const font: UserFont = { family: 'Kommuneskrift', weight: 700, data: 'AAEAAA==' };

function brandedDocument(): TrappDocument {
  const doc = createBlankDocument({ steps: 3, language: 'nb' });
  return { ...doc, meta: { ...doc.meta, municipality: 'Alver' }, theme: { ...getBuiltInTheme('heather')!.theme, headingFont: 'Kommuneskrift' }, fonts: [font, { ...font, family: 'Ubrukt' }] };
}

describe('a brand kit', () => {
  it('takes the municipality, the theme and only the fonts the theme uses', () => {
    const kit = createBrandKit(brandedDocument(), '  ');
    expect(kit).toMatchObject({ name: 'Alver', municipality: 'Alver', theme: { name: 'Lynghei', headingFont: 'Kommuneskrift' }, fonts: [font] });
  });

  it('is read back from storage, leaving out what does not validate', () => {
    const kit = createBrandKit(brandedDocument(), 'Alver kommune');
    const stored = JSON.stringify([kit, { ...kit, id: 'broken', theme: { ...kit.theme, background: 'red' } }, 'nonsense']);
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
