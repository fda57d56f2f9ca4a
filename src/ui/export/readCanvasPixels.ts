// Reading a PNG band back from its canvas through a VideoFrame: a plain copy of the canvas's own
// (premultiplied BGRA or RGBA) memory, about five times faster than getImageData, which converts
// every pixel and allocates a new buffer each time (0.26 s of an A1 at 300 dpi in Chromium).
import type { BandFormat } from '../../../export/pngRowEncoder';

const formats: Record<string, BandFormat> = {
  BGRA: { order: 'bgra', premultiplied: true },
  RGBA: { order: 'rgba', premultiplied: true },
};

/** A reader for one canvas, with one buffer kept for all its bands; undefined where the browser has no VideoFrame. */
export function createCanvasPixelReader():
  | ((canvas: HTMLCanvasElement, rows: number) => Promise<{ data: Uint8Array; format: BandFormat } | undefined>)
  | undefined {
  if (typeof VideoFrame === 'undefined') return undefined;
  let buffer = new Uint8Array(0);
  return async (canvas, rows) => {
    let frame: VideoFrame | undefined;
    try {
      frame = new VideoFrame(canvas, { timestamp: 0 });
      const format = frame.format && formats[frame.format];
      if (!format) return undefined;
      const stride = canvas.width * 4;
      if (buffer.length < stride * rows) buffer = new Uint8Array(stride * canvas.height);
      const data = buffer.subarray(0, stride * rows);
      await frame.copyTo(data, {
        rect: { x: 0, y: 0, width: canvas.width, height: rows },
        layout: [{ offset: 0, stride }],
      });
      return { data, format };
    } catch {
      // A browser that cannot make or copy the frame: getImageData it is.
      return undefined;
    } finally {
      frame?.close();
    }
  };
}
