// The command line over the hostile corpus (a sample of every class, each in its own process):
// no stack trace, exit 0 (written) or 2 (refused), within 30 s and 1 GB. And an SVG picture that
// points at a file of the exporting machine puts none of that file's pixels into any export.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { decodePng, type Pixels } from '../../export/testing/pixels';
import { runTool } from '../../export/testing/readers';
import { sampleCorpus } from '../hostile/corpus.mjs';
import { dataUrl, makePng } from '../hostile/hostileBytes.mjs';
import { runCorpus } from '../hostile/runCorpusCli.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trappa-leak-'));

/** The cases the issue saw break the command line, besides the first of each class. */
const seenBreaking = [
  'protoIds/row-__proto__',
  'protoIds/step-constructor',
  'hugeNumbers/figure-value-huge',
  'hugeNumbers/text-size-at-limit',
  'hugeCounts/track-rows-at-limit',
  'hugeCounts/elements-at-limit',
  'hugeStrings/title-10mb-one-word',
  'hugeStrings/step-title-at-limit-one-word',
  'hugeStrings/element-text-at-limit-one-word',
  'svgPictures/billion-laughs-base64',
  'svgPictures/not-xml-percent',
  'svgPictures/style-import-base64',
  'rasterPictures/png-truncated',
  'rasterPictures/png-bomb-20000x20000',
  'fonts/font-hmtx-outside',
  'fonts/font-units-per-em-0',
  'fonts/font-glyf-zeroed',
  'malformed/deep-arrays',
];

describe('the command line over the hostile corpus', () => {
  it(
    'never crashes, hangs or runs out of memory: exit 0 or 2 within 30 s and 1 GB, one line per problem',
    { timeout: 240_000 },
    async () => {
      const files = sampleCorpus(1, seenBreaking);
      const results = await runCorpus(files, ['--format', 'pdf']);
      expect(results.length).toBe(files.length);
      for (const result of results) expect(result.broken, `${result.name}: ${result.stderr.slice(0, 300)}`).toEqual([]);
      const byName = new Map(results.map((r) => [r.name, r]));
      // A refused document says where, in its own language (Alver is nynorsk).
      expect(byName.get('protoIds/step-constructor')).toMatchObject({
        status: 2,
        stderr: expect.stringContaining('steps[0].id: dette namnet kan ikkje brukast som id'),
      });
      expect(byName.get('hugeStrings/title-10mb-one-word')).toMatchObject({
        status: 2,
        stderr: expect.stringContaining('meta.title: teksten er for lang'),
      });
      // A picture or font that cannot be drawn is left out with a warning naming it; the export goes on.
      expect(byName.get('rasterPictures/png-bomb-20000x20000')).toMatchObject({
        status: 0,
        stderr: expect.stringMatching(/Åtvaring: biletet «Bilete» \(pages\[0\]\.elements\[0\]\) er utelate/),
      });
      expect(byName.get('fonts/font-hmtx-outside')).toMatchObject({
        status: 0,
        stderr: expect.stringMatching(/Åtvaring: skrifta «Skadd» 700 \(fonts\[0\]\) er utelaten/),
      });
      expect(byName.get('encodings/bom')).toMatchObject({ status: 0 });
    },
  );

  it('keeps to the limits in the other formats too', { timeout: 120_000 }, async () => {
    const files = sampleCorpus(0, [
      'svgPictures/image-absolute-path-base64',
      'rasterPictures/png-garbage',
      'fonts/font-truncated-half',
      'hugeNumbers/text-size-at-limit',
    ]);
    for (const format of ['html', 'png', 'svg']) {
      for (const result of await runCorpus(files, ['--format', format]))
        expect(result.broken, `${format} ${result.name}`).toEqual([]);
    }
  });
});

describe('an SVG picture pointing at a local file', () => {
  const magenta = makePng(64, 64, [255, 0, 255]);
  const picturePath = join(dir, 'secret.png');
  writeFileSync(picturePath, magenta);
  const svgs = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><image href="${picturePath}" width="100" height="100"/></svg>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100"><image xlink:href="file://${picturePath}" width="100" height="100"/></svg>`,
  ];
  const isMagenta = (p: Pixels, i: number) =>
    p.data[i] > 200 && p.data[i + 1] < 60 && p.data[i + 2] > 200 && p.data[i + 3] > 200;
  const countMagenta = (p: Pixels) =>
    Array.from({ length: p.width * p.height }, (_, i) => i * 4).filter((i) => isMagenta(p, i)).length;

  it('is a real threat: resvg given the raw SVG draws the file at an absolute path', () => {
    const drawn = new Resvg(svgs[0], { font: { loadSystemFonts: false }, logLevel: 'off' }).render().asPng();
    expect(countMagenta(decodePng(new Uint8Array(drawn)))).toBeGreaterThan(1000);
  });

  it.each(['pdf', 'png'])(
    'the %s export holds no pixel of it',
    (format) => {
      const doc = JSON.parse(readFileSync(join(root, 'templates/alver.trapp.json'), 'utf8'));
      doc.pages[0].elements.push(
        ...svgs.map((svg, i) => ({
          id: `el-${i}`,
          kind: 'image',
          x: 100 + 250 * i,
          y: 100,
          w: 200,
          h: 200,
          src: dataUrl('image/svg+xml', Buffer.from(svg)),
          alt: 'Hemmeleg',
        })),
      );
      const input = join(dir, `leak-${format}.trapp.json`);
      const out = join(dir, `leak.${format}`);
      writeFileSync(input, JSON.stringify(doc));
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'export/cli.ts', input, '--out', out], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      const png =
        format === 'pdf' ? runTool('pdftoppm', ['-png', '-singlefile', '-r', '100', out]).stdout : readFileSync(out);
      const pixels = decodePng(new Uint8Array(png));
      expect(pixels.width).toBeGreaterThan(500);
      expect(countMagenta(pixels)).toBe(0);
    },
    60_000,
  );
});
