import { parseBrandKits, type BrandKit } from '@/model/brandKit';

const KEY = 'trappa.brandKits';

/** The brand kits saved in this browser; the same for every document. */
export function readBrandKits(): BrandKit[] {
  return parseBrandKits(localStorage.getItem(KEY));
}

/** Saves the kits; false when the browser's storage is full (fonts are large). */
export function writeBrandKits(kits: readonly BrandKit[]): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(kits));
    return true;
  } catch {
    return false;
  }
}
