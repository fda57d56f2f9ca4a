// Office files (XLSX, DOCX) are zips of XML parts; both readers walk their parts with saxes, a small
// streaming XML parser, by local name (the "w:" or "x:" prefix dropped).
import { SaxesParser } from 'saxes';

export type XmlTag = { name: string; attributes: Record<string, string> };

/** Throws on XML that is not well formed. */
export function walkXml(
  xml: string,
  onOpen: (tag: XmlTag) => void,
  onText: (text: string) => void,
  onClose: (name: string) => void,
): void {
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) =>
    onOpen({ name: tag.name.replace(/^.*:/, ''), attributes: tag.attributes as Record<string, string> }),
  );
  parser.on('text', onText);
  parser.on('closetag', (tag) => onClose(tag.name.replace(/^.*:/, '')));
  parser.write(xml).close();
}
