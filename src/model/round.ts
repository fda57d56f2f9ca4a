/**
 * A number rounded to a few decimals, for coordinates written into path data and files (two
 * decimals of a point are far below what print or screen shows) and for numbers shown to people.
 */
export function round(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
