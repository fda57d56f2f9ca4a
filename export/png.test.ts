import { describe, expect, it } from 'vitest';
import { encodePng, setPngDpi } from './png';
import { getNodeSceneContext } from './nodeContext';
import { getNodePngSize, renderPngInNode } from './nodePng';
import { placeScene } from './placement';
import type { PageSize } from '@/model/types';
import { getPngSize } from './rasterPng';
import { getExportSheets } from './sheets';
import { runTool, writeTemp } from './testing/readers';
import { loadTemplate } from './testing/templates';

/** What pngcheck, a reader that is not ours, says about a PNG: size, resolution, errors. */
function checkPng(png: Uint8Array) {
  const { stdout, status } = runTool('pngcheck', ['-v', writeTemp(png, 'png')]);
  const text = stdout.toString();
  const size = text.match(/(\d+) x (\d+) image/);
  const dpi = text.match(/pixels\/meter \((\d+) dpi\)/);
  return {
    ok: status === 0 && text.includes('No errors detected'),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
    dpi: Number(dpi?.[1]),
    text,
  };
}

describe('PNG bytes', () => {
  it('encodes RGBA rows arriving in strips, with the resolution, readable by pngcheck', async () => {
    const width = 37,
      height = 23;
    async function* strips() {
      for (let top = 0; top < height; top += 10) {
        const rows = Math.min(10, height - top);
        yield new Uint8Array(width * rows * 4).map((_, i) => (i * 7 + top) % 256);
      }
    }
    const png = await encodePng({ width, height, dpi: 300, strips: strips() });
    expect(checkPng(png)).toMatchObject({ ok: true, width, height, dpi: 300 });
  });

  it('replaces the resolution of an existing PNG', async () => {
    const png = await encodePng({
      width: 2,
      height: 2,
      dpi: 72,
      strips: (async function* () {
        yield new Uint8Array(16);
      })(),
    });
    const changed = setPngDpi(png, 150);
    expect(checkPng(changed)).toMatchObject({ ok: true, dpi: 150 });
    expect(changed.length).toBe(png.length);
  });
});

describe('PNG sizes', () => {
  const alver = loadTemplate('alver');
  const [scene] = getExportSheets(alver, getNodeSceneContext(), 'overview');
  // The overview on landscape paper of `size`, without bleed or crop marks.
  const onPaper = (size: PageSize, marginMm = 0) =>
    placeScene(scene, { paper: { size, orientation: 'landscape' }, marginMm, bleedMm: 0, cropMarks: false });
  const a1 = onPaper('A1');

  it('A1 at 300 dpi is 9933 x 7016 pixels and fits a browser canvas side', () => {
    expect(getPngSize(a1, 300)).toEqual({ width: 9933, height: 7016, dpi: 300, reduced: false });
  });

  it('lowers the resolution, and says so, when a canvas could not be that wide', () => {
    const a0 = onPaper('A0');
    const size = getPngSize(a0, 600);
    expect(size.reduced).toBe(true);
    expect(size.width).toBeLessThanOrEqual(16384);
    expect(getNodePngSize(a0, 600).reduced).toBe(true);
  });

  it("the command line's PNG (resvg) has the pixel size and the dpi asked for", () => {
    const a4 = onPaper('A4', 5);
    const size = getNodePngSize(a4, 150);
    expect(checkPng(renderPngInNode(scene, a4, size))).toMatchObject({ ok: true, width: 1754, height: 1240, dpi: 150 });
  });
});
