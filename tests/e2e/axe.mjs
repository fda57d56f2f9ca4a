// Runs axe-core in a page: its source is injected as a script, so nothing is fetched.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Violations of serious or critical impact (WCAG 2.1 A/AA and best practice), each with where it is.
 * `rules` turns on rules axe leaves off by default, e.g. { 'label-content-name-mismatch': { enabled: true } }.
 */
export async function getSeriousViolations(page, context = 'body', rules = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(
    async ([selector, rules]) => {
      const result = await window.axe.run(document.querySelector(selector) ?? document, {
        resultTypes: ['violations'],
        rules,
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
      }));
    },
    [context, rules],
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable failure message: rule, impact, and the first few elements. */
export function formatViolations(violations) {
  return violations
    .map((v) => `${v.impact} ${v.id} (${v.help}):\n    ${v.nodes.slice(0, 6).join('\n    ')}`)
    .join('\n');
}
