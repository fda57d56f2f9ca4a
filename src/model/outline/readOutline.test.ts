// Bad input (issue 15, item 7): each is refused with a reason the interface can put in words.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importOutline } from './importOutline';
import { MAX_DOCX_XML_BYTES, MAX_INPUT_CHARS } from './outline';
import { readOutline } from './readOutline';
import { getSourceKind } from './sourceKind';

const importText = async (text: string) => {
  const read = await readOutline({ kind: 'text', text });
  return read.ok ? importOutline(read.outline) : read;
};

describe('bad input', () => {
  it('refuses an empty paste, and one of spaces only', async () => {
    expect(await readOutline({ kind: 'text', text: '' })).toEqual({ ok: false, problem: 'empty' });
    expect(await readOutline({ kind: 'text', text: ' \n\t\n ' })).toEqual({ ok: false, problem: 'empty' });
    expect(await readOutline({ kind: 'html', text: '<script>alert(1)</script><style>p{}</style>' })).toEqual({
      ok: false,
      problem: 'empty',
    });
  });

  it('says so when no step can be found', async () => {
    expect(await importText('Bare én linje om innsatstrappa.')).toEqual({ ok: false, problem: { code: 'noSteps' } });
  });

  it('refuses 500 steps instead of making a document no file could hold', async () => {
    const text = Array.from({ length: 500 }, (_, i) => `Trinn ${i + 1}: Tjeneste ${i + 1}`).join('\n');
    expect(await importText(text)).toEqual({ ok: false, problem: { code: 'tooManySteps', count: 500, max: 60 } });
  });

  it('refuses 10 MB of text before reading it', async () => {
    const text = 'Trinn 1: Hjemmetjenester\n- Hjemmesykepleie\n'.repeat(Math.ceil(10_000_000 / 40));
    expect(text.length).toBeGreaterThan(MAX_INPUT_CHARS);
    const started = performance.now();
    expect(await readOutline({ kind: 'text', text })).toEqual({ ok: false, problem: 'tooLarge' });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses more lines than the readers read rather than dropping the rest unseen', async () => {
    const text = Array.from({ length: 25_000 }, (_, i) => `- Tjeneste ${i}`).join('\n');
    expect(await readOutline({ kind: 'text', text })).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('refuses a .docx that is not a zip, or a zip without a Word document', async () => {
    expect(await readOutline({ kind: 'docx', bytes: strToU8('Dette er ikke en Word-fil') })).toEqual({
      ok: false,
      problem: 'notDocx',
    });
    expect(await readOutline({ kind: 'docx', bytes: zipSync({ 'readme.txt': strToU8('hei') }) })).toEqual({
      ok: false,
      problem: 'notDocx',
    });
    expect(
      await readOutline({
        kind: 'docx',
        bytes: zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') }),
      }),
    ).toEqual({ ok: false, problem: 'notDocx' });
  });

  it('refuses a zip bomb without inflating it', async () => {
    // 40 MB of zeros deflate to a few tens of kilobytes.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(MAX_DOCX_XML_BYTES * 2.5) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    expect(await readOutline({ kind: 'docx', bytes: bomb })).toEqual({ ok: false, problem: 'docxTooLarge' });
  });

  it('reads files by their extension and leaves others alone', () => {
    expect(['trapp.txt', 'TRAPP.MD', 'side.html', 'side.htm', 'plan.docx', 'bilde.png'].map(getSourceKind)).toEqual([
      'text',
      'text',
      'html',
      'html',
      'docx',
      undefined,
    ]);
  });

  it('reads a web page pasted as plain text as a web page', async () => {
    const read = await readOutline({
      kind: 'text',
      text: '<!DOCTYPE html><h2>Trinn 1: A</h2><ul><li>x</li></ul><h2>Trinn 2: B</h2>',
    });
    expect(read.ok && read.outline.lines.map((l) => l.kind)).toEqual(['heading', 'item', 'heading']);
  });
});

describe("a list past the file format's bounds", () => {
  it("is refused with the loader's own problem, naming the list", async () => {
    const text = `Trinn 1: A\n${Array.from({ length: 600 }, (_, i) => `- Tjeneste ${i}`).join('\n')}\nTrinn 2: B`;
    expect(await importText(text)).toMatchObject({
      ok: false,
      problem: { code: 'invalid', problem: { path: 'steps[0].sections[0].items' } },
    });
  });
});
