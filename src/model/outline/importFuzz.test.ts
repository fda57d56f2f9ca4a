// Any text, any markup: the readers and the importer never throw, and whatever they make opens as a file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDocument, saveDocument } from '../load';
import { importOutline } from './importOutline';
import { readHtmlOutline } from './readHtmlOutline';
import { readTextOutline } from './readTextOutline';

const pieces = [
  'Trinn 1',
  'Trinn 12:',
  '3.',
  '3)',
  '4 –',
  '## ',
  '# ',
  '- ',
  '• ',
  '  - ',
  '\t* ',
  '\n',
  '\n\n',
  'Voss herad',
  'bydel Frogner',
  'Kontakt oss',
  'fra øverst til nederst',
  'Visjon:',
  'Alver kommune:',
  '[lenke](javascript:alert(1))',
  '[x](https://a.no)',
  'æøå',
  '.',
  ':',
  '(',
  ')',
];
const html = [
  '<h2>',
  '</h2>',
  '<ul>',
  '</ul>',
  '<li>',
  '</li>',
  '<ol start="9">',
  '</ol>',
  '<p>',
  '</p>',
  '<script>',
  '</script>',
  '<img src=x onerror=y>',
  '<a href="javascript:z">',
  '</a>',
  '<nav>',
  '</nav>',
  '<p style="mso-list:l0 level2 lfo1">',
  '<span style="mso-list:Ignore">',
  '</span>',
  '<!--',
  '-->',
  '<![CDATA[',
  '&amp;',
  '&nbsp;',
];
const textLike = (parts: string[]) =>
  fc
    .array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 12 })), { maxLength: 80 })
    .map((list) => list.join(''));

describe('the importer on arbitrary input', () => {
  it('never throws on text, and what it makes is a valid document', () => {
    fc.assert(
      fc.property(textLike(pieces), fc.boolean(), (text, reverse) => {
        const result = importOutline(readTextOutline(text), { reverse });
        if (result.ok) expect(loadDocument(saveDocument(result.document)).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on markup', () => {
    fc.assert(
      fc.property(textLike([...html, ...pieces]), (text) => {
        const result = importOutline(readHtmlOutline(text));
        if (result.ok) expect(loadDocument(saveDocument(result.document)).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads 4 MB of web page in well under a second', () => {
    const service = `<li><a href="https://kommune.example/x">Tjeneste</a> ${'med en lang forklaring av tilbudet '.repeat(6)}</li>`;
    const page = Array.from(
      { length: 50 },
      (_, i) => `<h2>Trinn ${i + 1}: Trinn</h2><ul>${service.repeat(300)}</ul>`,
    ).join('');
    expect(page.length).toBeGreaterThan(3_900_000);
    const started = performance.now();
    const result = importOutline(readHtmlOutline(page));
    expect(result.ok && result.report.services).toBe(15_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
