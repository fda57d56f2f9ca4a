// Plain text and Markdown into an outline. Plain text is read as people type it: bullets (•, -, –, *,
// "o" from Word's plain-text copy), numbered lines ("3." and "3)"), indentation for nesting;
// Markdown adds # headings, underlined headings, **emphasis** and [links](…).
import { isSafeHref } from '../links';
import {
  cleanText,
  MAX_LINES,
  noneRemoved,
  type Outline,
  type OutlineLine,
  type OutlineLink,
  type Removed,
} from './outline';

const heading = /^(#{1,6})\s+(.*?)(\s+#+)?$/;
const bullet = /^([-–—*+•·▪◦●○■□➢►✓]|o(?=\s{2}|\t))\s+(.*)$/;
const numbered = /^(\d{1,3})[.)]\s+(.*)$/;
const rule = /^([-*_=])(\s*\1){2,}$/;
const markdownLink = /\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))*)(?:\s[^)]*)?\)/g;

/** Indentation as a nesting depth: no indent is 0, a few spaces or a tab is 1, deeper is 2. */
function getDepth(indent: string): number {
  const width = [...indent].reduce((sum, ch) => sum + (ch === '\t' ? 4 : 1), 0);
  return width === 0 ? 0 : width <= 4 ? 1 : 2;
}

/** Markdown's inline marks taken out, links kept when their address is safe. */
function readInline(raw: string, removed: Removed): { text: string; links?: OutlineLink[] } {
  const links: OutlineLink[] = [];
  const withoutLinks = raw.replace(markdownLink, (_, text: string, href: string) => {
    if (isSafeHref(href)) links.push({ text: cleanText(text), href });
    else if (href !== '' && href !== '#') removed.unsafeLinks++;
    return text;
  });
  const text = cleanText(
    withoutLinks
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/(\*\*|__|`)/g, '')
      .replace(/^([*_])(.+)\1$/, '$2'),
  );
  return links.length ? { text, links } : { text };
}

export function readTextOutline(source: string): Outline {
  const removed = noneRemoved();
  const lines: OutlineLine[] = [];
  const rows = source.replace(/\r\n?/g, '\n').split('\n', MAX_LINES);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i].replace(/\s+$/, '');
    const body = row.trimStart().replace(/^(>\s*)+/, '');
    if (body === '' || rule.test(body)) continue;
    // An image is a picture, never a step or a service.
    if (/^!\[[^\]]*\]\([^)]*\)$/.test(body)) {
      removed.images++;
      continue;
    }
    const depth = getDepth(row.slice(0, row.length - row.trimStart().length));
    const underline = rows[i + 1]?.trim();
    let line: OutlineLine | undefined;
    const h = heading.exec(body);
    const b = bullet.exec(body);
    const n = numbered.exec(body);
    if (h) line = { kind: 'heading', level: h[1].length, ...readInline(h[2], removed) };
    else if (underline && depth === 0 && /^(=+|-{2,})$/.test(underline)) {
      line = { kind: 'heading', level: underline.startsWith('=') ? 1 : 2, ...readInline(body, removed) };
      i++;
    } else if (b)
      line = { kind: 'item', level: Math.max(depth, /^[o◦○]$/.test(b[1]) ? 1 : 0), ...readInline(b[2], removed) };
    else if (n) line = { kind: 'item', level: depth, number: Number(n[1]), ...readInline(n[2], removed) };
    else line = { kind: 'text', level: 0, ...readInline(body, removed) };
    if (line.text !== '') lines.push(line);
  }
  return { lines, removed };
}
