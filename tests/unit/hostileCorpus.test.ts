// The hostile corpus (tests/hostile/corpus.mjs) through the loader: every file is refused with
// sentences that name the field, or it loads and every page of it lays out and draws.
import { describe, expect, it } from 'vitest';
import { createTranslator, describeProblem } from '@/i18n/translate';
import { loadDocument } from '@/model/load';
import { MAX_FILE_BYTES } from '@/storage/files';
import { getNodeSceneContext } from '../../export/nodeContext';
import { getExportSheets } from '../../export/sheets';
import { iterateCorpus } from '../hostile/corpus.mjs';

const t = createTranslator('nb');
const context = getNodeSceneContext();

/** Cases that must open: at a limit, or hostile only in ways the loader leaves to the renderers. */
const mustLoad =
  /at-limit|smallest|png-fine|\/bom$|crlf|lone-surrogates|control-characters|meta-proto-pollution|script-in-texts|svgPictures|rasterPictures|fonts\/font-(?!not-base64|too-large)|references\/(?!unsafe-link)/;
/** Cases that must be refused, and the field a problem must name. */
const mustRefuseAt: [RegExp, RegExp][] = [
  // zod drops a `__proto__` key from a record (cell-key-__proto__ loads without it); every other prototype name is refused.
  [
    /protoIds\/(step|row|element|page)-(?!prototype)|protoIds\/cell-key-(?!__proto__|prototype)/,
    /(steps|tracks|pages|bands|charts)\[/,
  ],
  [/protoIds\/mastery-values/, /values/],
  [/hugeNumbers\/.*-(huge|minus-huge)$/, /\w/],
  [/hugeCounts\/(?!.*at-limit)/, /\w/],
  [/hugeStrings\/(?!.*at-limit)/, /\w/],
  [/pictureSchemes\//, /pages\[0\]\.elements\[0\]\.src/],
  [/malformed\/deep/, /.?/],
  [/links\/href-[0-8]$/, /links\[0\]\.href/],
  [/colours\//, /theme\.text|bands\[0\]\.colour/],
];

describe('the hostile corpus through the loader', () => {
  it('refuses each file with sentences naming the field, or loads it and draws every page', () => {
    const outcomes: string[] = [];
    let count = 0;
    for (const file of iterateCorpus()) {
      count++;
      // The editor and the command line refuse a file this large before parsing it (storage/files.ts, export/cli.ts).
      if (file.text.length > MAX_FILE_BYTES) {
        expect(mustLoad.test(file.name), file.name).toBe(false);
        continue;
      }
      const result = loadDocument(file.text);
      if (result.ok) {
        expect(
          mustRefuseAt.some(([name]) => name.test(file.name)),
          `${file.name} loaded`,
        ).toBe(false);
        const started = performance.now();
        const sheets = getExportSheets(result.document, context, 'all');
        expect(sheets.length, file.name).toBeGreaterThan(0);
        expect(performance.now() - started, `${file.name} drew slowly`).toBeLessThan(10_000);
        outcomes.push(`${file.name}: loads`);
        continue;
      }
      expect(mustLoad.test(file.name), `${file.name} refused: ${JSON.stringify(result.problems).slice(0, 300)}`).toBe(
        false,
      );
      const sentences = result.problems.map((problem) => describeProblem(t, problem));
      for (const sentence of sentences) {
        expect(sentence, file.name).not.toMatch(/\{\w+\}|undefined/);
        expect(sentence.length, file.name).toBeLessThan(400);
      }
      const field = mustRefuseAt.find(([name]) => name.test(file.name))?.[1];
      if (field)
        expect(
          result.problems.some((p) => (p.code === 'invalid' ? field.test(p.path) : true)),
          `${file.name}: ${sentences.join(' | ')}`,
        ).toBe(true);
      outcomes.push(`${file.name}: ${sentences[0]}`);
    }
    expect(count).toBeGreaterThan(300);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 240_000);
});
