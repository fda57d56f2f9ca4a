/**
 * A picture address every renderer may draw: a PNG, JPEG or SVG data URL, nothing that makes a
 * viewer fetch (http:, file:, a path) or run anything. The loader refuses other addresses already;
 * the scene and the SVG elements check again, so a document that slipped past it still calls nowhere.
 */
export function isPictureHref(href: string): boolean {
  return /^data:image\/(png|jpeg|svg\+xml)[;,]/i.test(href);
}
