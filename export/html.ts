// The web page: one self-contained HTML file. The overview as inline SVG where every step links to
// its content below; headings and lists in step order; no script, all text escaped.
import type { TrappDocument } from '@/model/types';
import { buildPage, getOverviewPage, type SceneContext } from '@/scene/buildScene';
import type { SceneNode } from '@/scene/primitives';
import type { FontBytes } from './fontBytes';
import { getStepAnchor, pageWords, renderStepSection } from './htmlSteps';
import { escapeXml as escape, quoteFontFamily, renderSvg, type NodeLink } from './svg';
import { getFontFaceCss } from './svgFonts';

export type HtmlInput = { document: TrappDocument; context: SceneContext; fonts: FontBytes };

const STYLE = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font-family:var(--body-font),system-ui,sans-serif;color:var(--ink);background:var(--page);line-height:1.45}
h1,h2,h3{font-family:var(--heading-font),system-ui,sans-serif}
.wrap{max-width:1200px;margin:0 auto;padding:clamp(12px,3vw,32px)}
/* The picture shows the title; the heading stays for screen readers and search. */
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.municipality{margin:0;text-transform:uppercase;letter-spacing:.06em;font-weight:600;font-size:.9rem}
h1{margin:.1em 0 .4em;font-size:clamp(1.6rem,4vw,2.6rem);line-height:1.15}
figure{margin:1rem 0 2rem}
figure svg{display:block;width:100%;height:auto}
svg a:focus-visible{outline:none}
svg a:focus-visible g{outline:3px solid #1a5fb4;outline-offset:2px}
svg a:hover g{opacity:.9}
figcaption{font-size:.9rem;opacity:.8}
nav ol{padding-left:1.4em;columns:2 18rem}
.step{padding:1.5rem 0;scroll-margin-top:1rem}
/* The step's head takes the theme's step shape (shape-block, -rounded, -arrow, -card). */
.step-head{background:var(--step-surface);color:var(--step-text);padding:.8rem 1.2rem;border-radius:var(--radius);margin-bottom:1rem}
.step-head h2{margin:0;font-size:1.6rem;line-height:1.2}
.step-head .number{margin-right:.4em;color:var(--step-number)}
.step-head .subtitle{margin:.2em 0 0;font-size:1.1rem}
.shape-rounded{border-radius:999px;padding-inline:2rem}
.shape-arrow{border-radius:0;padding-right:3rem;clip-path:polygon(0 0,calc(100% - 2rem) 0,100% 50%,calc(100% - 2rem) 100%,0 100%)}
.shape-arrow.leftward{padding:.8rem 1.2rem .8rem 3rem;clip-path:polygon(2rem 0,100% 0,100% 100%,2rem 100%,0 50%)}
.shape-card{border:2px solid var(--step-colour)}
.shape-card .number{display:inline-block;padding:0 .4em;border-radius:var(--radius);background:var(--step-colour)}
.vision{font-size:1.15rem;max-width:46rem}
.callout{border-left:4px solid #c0392b;padding-left:.8em}
.figures{display:flex;flex-wrap:wrap;gap:1rem 2rem;margin:1rem 0}
.figures dt{font-size:.85rem;opacity:.8}.figures dd{margin:0;font-size:1.3rem;font-weight:700}
h3{margin:1.2em 0 .3em;font-size:1.15rem}
ul{margin:.2em 0;padding-left:1.3em}
a{color:#1a5fb4}
a:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.footnote,footer{font-size:.85rem;opacity:.8}
`;

export function renderHtml({ document: doc, context, fonts }: HtmlInput): string {
  const words = pageWords[doc.meta.language];
  const scene = buildPage(doc, getOverviewPage(doc), context).sheets[0];
  const stepIndex = new Map(doc.steps.map((step, i) => [step.id, i]));
  const linkFor = (node: SceneNode): NodeLink | undefined => {
    const index = node.ref.kind === 'step' ? stepIndex.get(node.ref.id) : undefined;
    if (index === undefined) return undefined;
    // The name starts with what the link shows (its number, title and the rest as drawn), so speech
    // input can say what it sees (WCAG 2.5.3); which step it is comes after.
    const shown = node.primitives.flatMap((p) => (p.kind === 'text' ? [p.text] : [])).join(' ');
    return {
      href: `#${getStepAnchor(index)}`,
      label: shown ? `${shown} (${words.step} ${index + 1})` : `${words.step} ${index + 1}: ${doc.steps[index].title}`,
    };
  };
  const svg = renderSvg(scene, { linkFor, inline: { attrs: `role="group" aria-labelledby="trappa-caption"` } });
  const title = [doc.meta.title, doc.meta.municipality].filter((s) => s.trim()).join(' – ') || 'Trappa';
  const toc = doc.steps
    .map((step, i) => `<li><a href="#${getStepAnchor(i)}">${escape(step.title || `${words.step} ${i + 1}`)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="${doc.meta.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<meta name="generator" content="Trappa">
<title>${escape(title)}</title>
<style>${getFontFaceCss([scene], fonts)}
:root{--page:${escape(doc.theme.background)};--ink:${escape(doc.theme.text)};--radius:${Math.max(0, doc.theme.cornerRadius)}px;--heading-font:${quoteFontFamily(doc.theme.headingFont)};--body-font:${quoteFontFamily(doc.theme.bodyFont)}}${STYLE}</style>
</head>
<body>
<div class="wrap">
<header class="sr-only">
<p class="municipality">${escape(doc.meta.municipality)}</p>
<h1>${escape(doc.meta.title)}</h1>
</header>
<main>
<figure id="trappa">
${svg}
<figcaption id="trappa-caption">${words.overview}</figcaption>
</figure>
<nav aria-label="${words.steps}"><ol>${toc}</ol></nav>
${doc.steps.map((step, i) => renderStepSection(doc, step, i, context)).join('\n')}
</main>
${doc.meta.footnote.trim() ? `<footer><p>${escape(doc.meta.footnote)}</p></footer>` : ''}
</div>
</body>
</html>
`;
}
