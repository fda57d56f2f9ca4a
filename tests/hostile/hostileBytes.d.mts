// Types for hostileBytes.mjs.
export function makePng(width: number, height: number, rgba?: number[]): Uint8Array;
export function makePngBomb(width: number, height: number): Uint8Array;
export function makeBrokenPngs(): Record<string, Uint8Array>;
export function dataUrl(type: string, bytes: Uint8Array): string;
export function readShippedFont(): Uint8Array;
export function makeDamagedFonts(): Record<string, Uint8Array>;
export function makeHostileSvgs(localPicturePath?: string): Record<string, string>;
