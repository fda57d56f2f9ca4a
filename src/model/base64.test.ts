import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, textToBase64, toBinaryString } from './base64';

describe('base64', () => {
  it('round-trips every byte value, and files larger than one chunk', () => {
    const bytes = new Uint8Array(20000).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect([...base64ToBytes(bytesToBase64(bytes))]).toEqual([...bytes]);
    expect(toBinaryString(new Uint8Array([0, 255, 65]))).toBe('\x00\xffA');
  });

  it('writes text as UTF-8', () => {
    expect(textToBase64('<svg>æøå</svg>')).toBe(Buffer.from('<svg>æøå</svg>', 'utf8').toString('base64'));
  });

  it('refuses text that is not base64', () => {
    expect(() => base64ToBytes('not base64!')).toThrow();
  });
});
