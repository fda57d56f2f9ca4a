// `npm run export -- <file.trapp.json | .txt | .md | .html | .docx | template id> --format pdf|png|svg|html --out <file> [...]`
// Runs in Node without a browser; messages in the document's language (bokmål until it is known).
// Exit codes: 0 written, 1 a usage, file or unexpected error, 2 a document refused. Every failure is
// one line per problem, never a stack trace: the input may be anyone's file on a server.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDocument } from '@/model/load';
import { createTranslator, describeProblem, loadDictionary, loadLaterStrings } from '@/i18n/translate';
import { MAX_FILE_BYTES } from '@/storage/files';
import type { TrappDocument } from '@/model/types';
import { parseCliArgs, type CliArgs } from './cliArgs';
import { renderHtml } from './html';
import { getSourceKind, importOutlineFile } from './outlineFile';
import { getNodeSceneContext } from './nodeContext';
import { readShippedFontBytes } from './nodeFonts';
import { withUserFontBytes, withUserFonts } from '@/layout/userFonts';
import { getNodePngSize, renderPngInNode } from './nodePng';
import { getDefaultExportOptions, type ExportOptions } from './options';
import { renderPdf } from './pdf';
import { rasteriseSvgInNode } from './nodeImages';
import { placeScene } from './placement';
import { getPngDpi } from './rasterPng';
import { getExportDocument, getExportSheets } from './sheets';
import { getLeftOutLines } from './leftOutLines';
import { describeError, describePictureFailure, getDrawableDocument, getSourceLanguage } from './cliWarnings';
import { renderSvg } from './svg';
import { getFontFaceCss } from './svgFonts';
import { createTextOutliner } from './svgOutlines';
import { exitQuietlyOnClosedOutput } from './closedOutput';

// The export's messages are among the bokmål strings the browser loads after its first picture.
await loadLaterStrings();
let t = createTranslator('nb');
const templatesDir = fileURLToPath(new URL('../templates/', import.meta.url));
const templateIds = () =>
  readdirSync(templatesDir)
    .filter((f) => f.endsWith('.trapp.json'))
    .map((f) => f.replace('.trapp.json', ''));

const REFUSED = 2;

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function readDocument(input: string): Promise<TrappDocument> {
  const path = existsSync(input)
    ? input
    : templateIds().includes(input)
      ? `${templatesDir}${input}.trapp.json`
      : undefined;
  if (!path) fail(t('export.cli.notFound', { input, templates: templateIds().join(', ') }));
  let source: string;
  try {
    // No larger a file than the editor opens (a 40 MB file of a million rows is refused unread).
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES)
      fail(
        `${t('export.cli.badFile', { file: input })}\n  - ${t('problem.tooLarge', { size: Math.round(size / 1024 / 1024), limit: MAX_FILE_BYTES / 1024 / 1024 })}`,
        REFUSED,
      );
    source = readFileSync(path, 'utf8');
  } catch (error) {
    fail(t('export.cli.readFailed', { file: input, detail: describeError(error) }));
  }
  const language = getSourceLanguage(source);
  if (language !== 'nb') t = createTranslator((await loadDictionary(language), language));
  const result = loadDocument(source);
  if (!result.ok)
    fail(
      [
        t('export.cli.badFile', { file: input }),
        ...result.problems.map((p) => `  - ${describeProblem(t, p).slice(0, 300)}`),
      ].join('\n'),
      REFUSED,
    );
  return result.document;
}

/** "trapp.svg" as "trapp-02.svg" when one file per sheet is written. */
export function getNumberedPath(out: string, index: number, count: number): string {
  if (count === 1) return out;
  const n = String(index + 1).padStart(String(count).length < 2 ? 2 : String(count).length, '0');
  const dot = out.lastIndexOf('.');
  return dot > out.lastIndexOf('/') ? `${out.slice(0, dot)}-${n}${out.slice(dot)}` : `${out}-${n}`;
}

async function run({ input, out, format, options: given }: CliArgs) {
  // A text, Markdown, web page or Word file goes through the importer (as `npm run import` does).
  const imported = getSourceKind(input) ? await importOutlineFile(input, t) : undefined;
  if (imported && !imported.ok) fail(imported.message);
  const loaded = imported ? imported.document : await readDocument(input);
  // Pictures and fonts that cannot be drawn are left out, each with a warning; the export goes on.
  const { document: doc, warnings } = getDrawableDocument(loaded, t);
  for (const warning of warnings) process.stderr.write(`${warning}\n`);
  const defaults = getDefaultExportOptions(doc);
  const options: ExportOptions = {
    ...defaults,
    ...given,
    format,
    paper: { size: given.size ?? doc.page.size, orientation: given.orientation ?? doc.page.orientation },
  };
  // Fonts the user uploaded travel in the document: measured and embedded like the shipped ones.
  const shipped = getNodeSceneContext();
  const context = { ...shipped, measurer: withUserFonts(shipped.measurer, doc.fonts) };
  const fonts = withUserFontBytes(readShippedFontBytes(), doc.fonts);
  const files: [string, Uint8Array | string][] = [];
  const onPictureFailed = (href: string) => process.stderr.write(`${describePictureFailure(doc, href, t)}\n`);
  if (format === 'pdf')
    files.push([
      out,
      await renderPdf({ document: doc, context, fonts, options, rasteriseSvg: rasteriseSvgInNode, onPictureFailed }),
    ]);
  else if (format === 'html') files.push([out, renderHtml({ document: doc, context, fonts })]);
  else {
    const sheets = getExportSheets(getExportDocument(doc, options), context, options.pages);
    sheets.forEach((scene, i) => {
      const path = getNumberedPath(out, i, sheets.length);
      if (format === 'svg') {
        const text = options.outlines
          ? { outliner: createTextOutliner(fonts) }
          : { fontFaceCss: getFontFaceCss([scene], fonts) };
        files.push([path, renderSvg(scene, { placement: placeScene(scene, options), ...text })]);
        return;
      }
      // A PNG is for screens and documents: no bleed or crop marks.
      const placement = placeScene(scene, { ...options, bleedMm: 0, cropMarks: false });
      const size = getNodePngSize(placement, getPngDpi(options, placement));
      if (size.reduced) process.stderr.write(`${t('export.png.reduced', { dpi: Math.round(size.dpi) })}\n`);
      files.push([path, renderPngInNode(scene, placement, size, options)]);
    });
  }
  for (const [path, data] of files) {
    try {
      writeFileSync(path, data);
    } catch (error) {
      fail(t('export.cli.writeFailed', { file: path, detail: describeError(error) }));
    }
    process.stdout.write(`${t('export.cli.written', { file: path, size: `${Math.round(data.length / 1024)} KB` })}\n`);
  }
  for (const line of getLeftOutLines(doc, context, options, t)) process.stdout.write(`${line}\n`);
}

// Whatever still goes wrong (a renderer's bug, a full disk) is one line, not a stack trace.
const stop = (error: unknown) => fail(t('export.cli.failed', { detail: describeError(error) }));
process.on('uncaughtException', stop);
exitQuietlyOnClosedOutput();
process.on('unhandledRejection', stop);

const parsed = parseCliArgs(process.argv.slice(2));
if (parsed.ok === 'help') process.stdout.write(`${t('export.cli.usage', { templates: templateIds().join(', ') })}\n`);
else if (!parsed.ok)
  fail(
    `${t(parsed.problem.key, parsed.problem.params)}\n\n${t('export.cli.usage', { templates: templateIds().join(', ') })}`,
  );
else await run(parsed.args).catch(stop);
