import { sceneExtras } from '@/scene/sceneExtras';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '@/model/defaults';
import type { TrappDocument } from '@/model/types';
import { layoutOverview } from '@/layout/overview';
import { buildOverviewScene } from '@/scene/overviewScene';
import type { Scene, TextPrimitive } from '@/scene/primitives';
import { getNodeMeasurer } from './nodeFonts';
import { escapeXml, quoteFontFamily, renderSvg } from './svg';

const measurer = getNodeMeasurer();
const RSVG = '/usr/bin/rsvg-convert';
const hostile = '<script>alert(1)</script> & "x"';

function sceneOf(doc: TrappDocument): Scene {
  return buildOverviewScene(doc, layoutOverview(doc, measurer, sceneExtras), sceneExtras);
}

function hostileDocument(steps = 3): TrappDocument {
  const doc = createBlankDocument({ steps, language: 'nb' });
  return {
    ...doc,
    meta: { ...doc.meta, municipality: "O'Brien & <Sønner>", footnote: '</svg><svg onload="alert(1)">' },
    axis: { ...doc.axis, start: '"lav"', end: "'høy'" },
    steps: doc.steps.map((s, i) => ({
      ...s,
      title: i === 0 ? hostile : s.title,
      subtitle: i === 1 ? 'a < b && c > d' : '',
    })),
    bands: [
      { id: 'band"<&>', label: 'Forebygging & <mestring>', firstStep: doc.steps[0].id, lastStep: doc.steps[0].id },
    ],
  };
}

const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

/**
 * A small well-formedness check: legal characters, one root, balanced tags, quoted attributes
 * and no bare `&` or `<` outside markup. Returns the first problem, or undefined.
 */
function findXmlProblem(xml: string): string | undefined {
  if (!XML_CHAR.test(xml)) return 'a character XML does not allow';
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  for (const [token, close, name, attrs, selfClose, text] of body.matchAll(
    /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)|</g,
  )) {
    if (text !== undefined) {
      if (text.replace(ENTITY, '').includes('&')) return `bare & in text ${JSON.stringify(text)}`;
      if (stack.length === 0 && text.trim()) return 'text outside the root';
      continue;
    }
    if (!name) return `stray < near ${JSON.stringify(body.slice(body.indexOf(token), body.indexOf(token) + 40))}`;
    for (const [, value] of attrs.matchAll(/="([^"]*)"/g))
      if (value.includes('<') || value.replace(ENTITY, '').includes('&')) return `bad attribute ${value}`;
    if (close) {
      if (stack.pop() !== name) return `</${name}> closes nothing open`;
    } else {
      if (stack.length === 0) roots++;
      if (!selfClose) stack.push(name);
    }
  }
  if (roots !== 1) return `${roots} root elements`;
  return stack.length ? `<${stack.at(-1)}> never closed` : undefined;
}

const unescape = (text: string) =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!,
  );
const svgTexts = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]));
const sceneTexts = (scene: Scene) =>
  scene.nodes.flatMap((n) => n.primitives.filter((p): p is TextPrimitive => p.kind === 'text').map((p) => p.text));

describe('escapeXml', () => {
  it('escapes the five XML specials and nothing else', () => {
    expect(escapeXml(hostile)).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(escapeXml("'æøå'")).toBe('&apos;æøå&apos;');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
    expect(escapeXml('Trinn\u0007 1\u000B2 \u{1F600}')).toBe('Trinn 12 \u{1F600}');
  });
});

describe('renderSvg', () => {
  const scene = sceneOf(hostileDocument());
  const svg = renderSvg(scene);
  const pastedDocument = hostileDocument();
  pastedDocument.steps[1] = {
    ...pastedDocument.steps[1],
    title: 'Hverdags\u0007mestring\u001F \u000Bog\u0000 \uFFFE\uD800 trygghet',
  };
  const pasted = renderSvg(sceneOf(pastedDocument));

  it('escapes user text: no markup gets through, and every text reads back exactly', () => {
    expect(svg).not.toMatch(/<script|<Sønner|<mestring|<svg onload/);
    expect(svg.match(/<svg/g)).toHaveLength(1);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svgTexts(svg)).toEqual(sceneTexts(scene));
    expect(sceneTexts(scene).join(' ')).toContain(hostile);
  });

  it('is well-formed XML with one group per scene node', () => {
    expect(findXmlProblem(svg)).toBeUndefined();
    expect(svg.match(/<g data-ref=/g)).toHaveLength(scene.nodes.length);
    expect(svg).toContain('data-ref="band:band&quot;&lt;&amp;&gt;"');
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1190.55pt" height="841.89pt" viewBox="0 0 1190.55 841.89">/,
    );
  });

  it('stays well-formed when a title holds control characters pasted from another program', () => {
    expect(findXmlProblem(pasted)).toBeUndefined();
    expect(pasted).toContain('Hverdagsmestring');
  });

  it('the checker catches what it should', () => {
    expect(findXmlProblem('<svg><text>a & b</text></svg>')).toMatch(/bare &/);
    expect(findXmlProblem('<svg><g></svg>')).toBeDefined();
    expect(findXmlProblem('<svg><text>a <b</text></svg>')).toMatch(/stray/);
    expect(findXmlProblem('<svg/><svg/>')).toMatch(/2 root/);
    expect(findXmlProblem('<svg x="\u0001"/>')).toMatch(/character/);
    expect(findXmlProblem('<svg><text x="1">a &amp; b</text></svg>')).toBeUndefined();
  });

  it.each([1, 13, 30])('a blank document of %i steps is well-formed too', (steps) => {
    expect(findXmlProblem(renderSvg(sceneOf(createBlankDocument({ steps, language: 'nn' }))))).toBeUndefined();
  });

  it.skipIf(!existsSync(RSVG)).each([
    ['hostile text', svg],
    ['pasted control characters', pasted],
  ])(`renders %s without error in ${RSVG}`, (_, input) => {
    const result = spawnSync(RSVG, ['--format', 'png', '--width', '600'], { input, maxBuffer: 64 * 1024 * 1024 });
    expect(result.stderr.toString()).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.subarray(1, 4).toString()).toBe('PNG');
  });
  if (!existsSync(RSVG)) it.skip(`rsvg-convert rendering: ${RSVG} is not installed`, () => {});
});

describe('a font family name in styles and attributes', () => {
  it('is left as it is when it is plain words, and quoted without what could end the quote or the style block otherwise', () => {
    expect(quoteFontFamily('Source Sans 3')).toBe("'Source Sans 3'");
    expect(quoteFontFamily('Liberation Serif')).toBe('Liberation Serif');
    expect(quoteFontFamily("Bad'</style><script>x</script>")).toBe("'Bad/stylescriptx/script'");
  });
});
