import { describe, expect, it } from 'vitest';
import { dataUrl, makeBrokenPngs, makeHostileSvgs, makePng, makePngBomb } from '../tests/hostile/hostileBytes.mjs';
import { getDrawableSrc } from './drawablePictures';

const svgOf = (src: string) => Buffer.from(src.slice(src.indexOf(',') + 1), 'base64').toString('utf8');

describe('getDrawableSrc', () => {
  it('keeps a sound PNG as it is', () => {
    const png = dataUrl('image/png', makePng(30, 20));
    expect(getDrawableSrc(png)).toBe(png);
  });

  // A wrong checksum is left to the decoder (the PDF export leaves the picture out if it throws).
  it.each(Object.keys(makeBrokenPngs()).filter((name) => name !== 'bad-crc'))('refuses a broken PNG (%s)', (name) => {
    expect(getDrawableSrc(dataUrl('image/png', makeBrokenPngs()[name]))).toBe('notPicture');
  });

  it.each([
    [20_000, 20_000],
    [10_001, 1],
    [6000, 6000],
  ])('refuses a PNG claiming %i x %i pixels before decoding it', (w, h) => {
    expect(getDrawableSrc(dataUrl('image/png', makePngBomb(w, h)))).toBe('tooManyPixels');
  });

  it('rebuilds an SVG so no reference outside it survives, in base64 or percent-encoded', () => {
    const hostile = makeHostileSvgs('/home/someone/secret.png');
    for (const name of [
      'image-absolute-path',
      'image-file-url',
      'image-http',
      'style-url',
      'style-import',
      'fill-url-external',
      'fe-image',
      'use-external',
      'script',
    ]) {
      for (const src of [
        dataUrl('image/svg+xml', Buffer.from(hostile[name])),
        `data:image/svg+xml,${encodeURIComponent(hostile[name])}`,
      ]) {
        const drawable = getDrawableSrc(src);
        expect(drawable, name).toMatch(/^data:image\/svg\+xml;base64,/);
        expect(svgOf(drawable), name).not.toMatch(/secret|file:|https?:\/\/(?!www\.w3\.org)|@import|script|other\.svg/);
      }
    }
  });

  it.each(['billion-laughs', 'external-entity', 'not-xml', 'not-svg', 'plain-text', 'deep-nesting', 'many-elements'])(
    'leaves out an SVG that is %s',
    (name) => {
      expect(getDrawableSrc(dataUrl('image/svg+xml', Buffer.from(makeHostileSvgs()[name])))).toMatch(/^svgUnreadable$/);
    },
    20_000,
  );

  it.each([
    [
      'a GIF of 20 000 x 20 000',
      'image/gif',
      Buffer.from([...Buffer.from('GIF89a'), 0x20, 0x4e, 0x20, 0x4e, 0, 0, 0]),
      'tooManyPixels',
    ],
    [
      'a WebP (VP8X) of 16 384 x 16 384',
      'image/webp',
      Buffer.concat([
        Buffer.from('RIFF\0\0\0\0WEBPVP8X'),
        Buffer.from([10, 0, 0, 0, 0, 0, 0, 0, 0xff, 0x3f, 0, 0xff, 0x3f, 0]),
      ]),
      'tooManyPixels',
    ],
    ['a GIF that is not one', 'image/gif', Buffer.from('not a gif at all'), 'notPicture'],
  ])('leaves out an SVG holding %s', (_, type, bytes, problem) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><image href="${dataUrl(type, bytes)}" width="10" height="10"/></svg>`;
    expect(getDrawableSrc(dataUrl('image/svg+xml', Buffer.from(svg)))).toBe(problem);
  });

  it('draws an SVG holding a small GIF', () => {
    const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><image href="${dataUrl('image/gif', gif)}" width="10" height="10"/></svg>`;
    expect(getDrawableSrc(dataUrl('image/svg+xml', Buffer.from(svg)))).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('reads the headers of pictures embedded in an SVG', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><image href="${dataUrl('image/png', makePngBomb(30_000, 30_000))}" width="10" height="10"/></svg>`;
    expect(getDrawableSrc(dataUrl('image/svg+xml', Buffer.from(svg)))).toBe('tooManyPixels');
  });
});
