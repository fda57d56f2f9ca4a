import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadDocument, saveDocument } from '@/model/load';
import { Editor } from '@/model/editor';
import { addUserFont, removeUserFont, setThemeFields } from '@/model/themeCommands';
import { createBlankDocument } from '@/model/defaults';
import type { UserFont } from '@/model/types';
import { getNodeSceneContext } from '../../export/nodeContext';
import { readShippedFontBytes } from '../../export/nodeFonts';
import { getDefaultExportOptions } from '../../export/options';
import { renderPdf } from '../../export/pdf';
import { base64ToBytes, bytesToBase64 } from '@/model/base64';
import { getUserFontFaces, readFontFileInfo, withUserFontBytes, withUserFonts } from './userFonts';

const require = createRequire(import.meta.url);
const black = new Uint8Array(
  readFileSync(require.resolve('@expo-google-fonts/source-sans-3/900Black/SourceSans3_900Black.ttf')),
);
// A font of its own family for the tests: the Black cut under another name.
const font: UserFont = { family: 'Trappa Test', weight: 700, data: bytesToBase64(black) };
const { measurer } = getNodeSceneContext();
const face = (family: string, weight: 400 | 600 | 700 = 400) => ({ family, weight });

describe('an uploaded font file', () => {
  it('round-trips through base64', () => {
    // Compared as buffers: a deep equality over 250 000 elements takes seconds.
    expect(Buffer.from(base64ToBytes(font.data)).equals(Buffer.from(black))).toBe(true);
  });

  it('is read for its family and weight, and refused when it cannot be used', () => {
    // The Black cut names itself Source Sans 3, which Trappa ships: refused so the two never mix.
    expect(readFontFileInfo(black)).toEqual({ problem: 'shippedFamily' });
    expect(readFontFileInfo(new TextEncoder().encode('not a font at all, just text'))).toEqual({ problem: 'notFont' });
    const cff = new Uint8Array(64);
    cff.set([0x4f, 0x54, 0x54, 0x4f]);
    expect(readFontFileInfo(cff)).toEqual({ problem: 'cffOutlines' });
  });
});

describe('a document’s uploaded fonts', () => {
  it('are measured from their own file for every weight, nearest weight first; other families are untouched', () => {
    const measuring = withUserFonts(measurer, [font]);
    const text = 'Helsefremmende og forebyggende';
    const own = measuring.width(text, face('Trappa Test', 400), 10);
    expect(own).toBeCloseTo(measuring.width(text, face('Trappa Test', 700), 10), 9);
    expect(own).toBeGreaterThan(measurer.width(text, face('Source Sans 3', 700), 10));
    expect(measuring.width(text, face('Source Sans 3'), 10)).toBe(measurer.width(text, face('Source Sans 3'), 10));
    expect(withUserFonts(measurer, undefined)).toBe(measurer);
    expect(getUserFontFaces([font, { ...font, weight: 400 }]).map((f) => `${f.weight}:${f.font.weight}`)).toEqual([
      '400:400',
      '600:700',
      '700:700',
    ]);
  });

  it('go to the exports beside the shipped files, keyed like the measurer', () => {
    const bytes = withUserFontBytes(readShippedFontBytes(), [font]);
    expect([...bytes.keys()].filter((k) => k.startsWith('Trappa Test'))).toEqual([
      'Trappa Test:400',
      'Trappa Test:600',
      'Trappa Test:700',
    ]);
    expect(Buffer.from(bytes.get('Trappa Test:600')!).equals(Buffer.from(black))).toBe(true);
  });

  it('are embedded in the PDF when the theme uses them', async () => {
    const doc = { ...createBlankDocument({ steps: 3, language: 'nb' }), fonts: [font] };
    doc.theme = { ...doc.theme, headingFont: 'Trappa Test' };
    const context = { ...getNodeSceneContext(), measurer: withUserFonts(measurer, doc.fonts) };
    const pdf = await renderPdf({
      document: doc,
      context,
      fonts: withUserFontBytes(readShippedFontBytes(), doc.fonts),
      options: { ...getDefaultExportOptions(doc), pages: 'overview' },
    });
    const text = new TextDecoder('latin1').decode(pdf);
    expect(text).toMatch(/\/BaseFont \/TRAPP[A-Z]\+TrappaTest-Bold/);
    expect(text).toMatch(/\/FontFile2/);
  });

  it('travel in the saved file and are checked when it is opened', () => {
    const doc = { ...createBlankDocument({ steps: 2, language: 'nb' }), fonts: [font] };
    const loaded = loadDocument(saveDocument(doc));
    expect(loaded.ok && loaded.document.fonts).toEqual([font]);
    const broken = loadDocument(saveDocument({ ...doc, fonts: [{ ...font, data: 'not base64!' }] }));
    expect(broken.ok).toBe(false);
  });

  it('are added and removed by commands with undo; removing a family’s last file gives the theme back its shipped font', () => {
    const editor = new Editor(createBlankDocument({ steps: 2, language: 'nb' }));
    editor.run(addUserFont, { font });
    editor.run(addUserFont, { font: { ...font, data: font.data } });
    expect(editor.document.fonts).toEqual([font]);
    editor.run(setThemeFields, { headingFont: 'Trappa Test', bodyFont: 'Trappa Test' });
    editor.run(removeUserFont, { family: 'Trappa Test', weight: 700 });
    expect(editor.document.fonts).toBeUndefined();
    expect([editor.document.theme.headingFont, editor.document.theme.bodyFont]).toEqual([
      'Source Sans 3',
      'Source Sans 3',
    ]);
    editor.undo();
    expect(editor.document.fonts).toEqual([font]);
    expect(editor.document.theme.headingFont).toBe('Trappa Test');
    editor.redo();
    expect(editor.document.fonts).toBeUndefined();
  });
});
