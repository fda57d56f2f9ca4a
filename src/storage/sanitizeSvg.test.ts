import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from './sanitizeSvg';

const svg = (body: string, attrs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attrs}>${body}</svg>`;

function clean(source: string): string {
  const result = sanitizeSvg(source);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.svg;
}

/** Nothing in the output could run or fetch anything. */
function expectHarmless(output: string) {
  expect(output).not.toMatch(
    /<script|<style|<foreignObject|<iframe|<animate|<set\b|<a\b|<image[^>]*href="(?!data:image\/(png|jpeg|gif|webp))/i,
  );
  expect(output).not.toMatch(/\son\w+=/i);
  expect(output).not.toMatch(/javascript:|vbscript:|data:text|@import|expression\(/i);
  expect(output).not.toMatch(/url\((?!['"]?#)/i);
  expect(output).not.toMatch(/href="(?!#|data:image)/i);
}

describe('sanitizeSvg keeps the drawing', () => {
  it('keeps shapes, gradients, text and internal references', () => {
    const source = svg(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#1f6f82"/></linearGradient></defs>' +
        '<rect x="1" y="1" width="8" height="8" fill="url(#g)" style="stroke: #000; stroke-width: 0.5"/>' +
        '<text x="1" y="9" font-family="Source Sans 3">Trinn 1 &amp; 2 &lt;3</text><use xlink:href="#g"/>',
    );
    const result = sanitizeSvg(source);
    expect(result).toEqual({
      ok: true,
      removed: [],
      svg:
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#1f6f82"></stop></linearGradient></defs>' +
        '<rect x="1" y="1" width="8" height="8" fill="url(#g)" style="stroke:#000;stroke-width:0.5"></rect>' +
        '<text x="1" y="9" font-family="Source Sans 3">Trinn 1 &amp; 2 &lt;3</text><use href="#g"></use></svg>',
    });
  });

  it('keeps an embedded raster picture', () => {
    expect(clean(svg('<image width="1" height="1" href="data:image/png;base64,iVBORw0KGgo="/>'))).toContain(
      'href="data:image/png;base64,iVBORw0KGgo="',
    );
  });
});

describe('sanitizeSvg: hostile images', () => {
  const cases: [string, string, string][] = [
    ['a script element', svg('<script>alert(1)</script><rect width="1" height="1"/>'), 'script'],
    ['a script in CDATA', svg('<script><![CDATA[alert(1)]]></script>'), 'script'],
    ['an onload handler on the root', svg('<rect/>', ' onload="alert(1)"'), 'onload'],
    ['event handlers on shapes', svg('<rect onclick="alert(1)" onmouseover="x()" width="1" height="1"/>'), 'onclick'],
    [
      'a foreignObject with HTML',
      svg('<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(1)"/></foreignObject>'),
      'foreignObject',
    ],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><text>klikk</text></a>'), 'a'],
    ['an xlink:href javascript link', svg('<a xlink:href="javascript:alert(1)"><rect/></a>'), 'a'],
    ['an external image', svg('<image href="https://evil.example/track.png" width="1" height="1"/>'), 'href'],
    ['an external xlink image', svg('<image xlink:href="http://evil.example/x.svg"/>'), 'xlink:href'],
    ['an SVG inside an image', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), 'href'],
    ['use of an external file', svg('<use href="https://evil.example/sprite.svg#icon"/>'), 'href'],
    ['a style element with @import', svg('<style>@import url(https://evil.example/x.css);</style>'), 'style'],
    ['a url() to another site in fill', svg('<rect fill="url(https://evil.example/p.svg#g)"/>'), 'fill'],
    ['a url() in a style attribute', svg('<rect style="fill:url(https://evil.example/x)"/>'), 'style fill'],
    ['a CSS escape spelling url(', svg('<rect style="fill:u\\72l(https://evil.example)"/>'), 'style fill'],
    [
      'an animation setting href',
      svg('<a><animate attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'),
      'animate',
    ],
    ['a set element', svg('<set attributeName="onmouseover" to="alert(1)"/>'), 'set'],
    ['a filter with feImage', svg('<filter id="f"><feImage href="https://evil.example/x.png"/></filter>'), 'filter'],
    [
      'an element of another namespace',
      svg('<html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(1)</html:script>'),
      'html:script'.split(':')[1],
    ],
    ['a javascript: value in a presentation attribute', svg('<rect fill="javascript:alert(1)"/>'), 'fill'],
  ];

  it.each(cases)('%s is left out', (_, source, name) => {
    const result = sanitizeSvg(source);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.removed).toContain(name);
    expectHarmless(result.svg);
  });

  it.each([
    ['empty', 'invalid', ''],
    ['not XML', 'invalid', 'this is no image'],
    ['HTML', 'notSvg', '<html><body><script>alert(1)</script></body></html>'],
    ['broken XML', 'invalid', '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>'],
    ['an unbound prefix', 'invalid', '<svg xmlns="http://www.w3.org/2000/svg"><x:rect/></svg>'],
    [
      'an entity bomb',
      'invalid',
      '<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>',
    ],
    [
      'an external entity',
      'invalid',
      '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
    ],
    ['10k nested groups', 'tooComplex', svg('<g>'.repeat(10_000) + '</g>'.repeat(10_000))],
    ['6 MB', 'tooLarge', svg(`<text>${'x'.repeat(6_000_000)}</text>`)],
  ])('%s is refused (%s)', (_, reason, source) => {
    expect(sanitizeSvg(source)).toEqual({ ok: false, reason });
  });

  it('refuses what is not a string without throwing', () => {
    for (const value of [null, undefined, 42, {}, []]) expect(sanitizeSvg(value as unknown as string).ok).toBe(false);
  });

  it('never throws, and whatever it keeps is harmless, for any markup', () => {
    const pieces = fc.constantFrom(
      '<script>',
      '</script>',
      '<rect onload="alert(1)"/>',
      '<a href="javascript:x">',
      '</a>',
      '<foreignObject>',
      '</foreignObject>',
      '<image href="http://x"/>',
      '<g>',
      '</g>',
      '<text>',
      '</text>',
      'hei & hå',
      '<![CDATA[<script>]]>',
      '<style>',
      '</style>',
      '<rect style="fill:url(http://x)"/>',
      '<use xlink:href="//x"/>',
      '&lt;',
      '<!-- c -->',
      '<?pi x?>',
      '"',
      "'",
      '<',
      '>',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const result = sanitizeSvg(svg(parts.join('')));
        if (result.ok) {
          expectHarmless(result.svg);
          // What comes out parses again and comes out the same.
          expect(sanitizeSvg(result.svg)).toEqual({ ok: true, svg: result.svg, removed: [] });
        }
      }),
      { numRuns: 500 },
    );
  });
});
