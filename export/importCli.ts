// `npm run import -- <file.txt|.md|.html|.docx> [--out <trapp.trapp.json>] [--reverse] [--language nb|nn] [--describing subtitle|service]`
// Writes the imported document and prints what the importer understood. Messages in bokmål.
import { writeFileSync } from 'node:fs';
import { createTranslator, loadLaterStrings } from '@/i18n/translate';
import { getStepLevelName } from '@/i18n/stepLevelName';
import { saveDocument } from '@/model/load';
import { countServices } from '@/model/outline/stepBody';
import type { ImportOptions, ImportReport } from '@/model/outline/importOutline';
import type { TrappDocument } from '@/model/types';
import { exitQuietlyOnClosedOutput } from './closedOutput';
import { importOutlineFile } from './outlineFile';

// The import's messages are among the bokmål strings the browser loads after its first picture.
await loadLaterStrings();
const t = createTranslator('nb');
exitQuietlyOnClosedOutput();

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

export function describeImport(doc: TrappDocument, report: ImportReport): string[] {
  return [
    t('outlineImport.cli.understood', {
      steps: doc.steps.length,
      level: getStepLevelName(
        t,
        report.stepLevel,
        report.stepLevels.find((l) => l.level === report.stepLevel)?.count ?? 0,
      ),
      order: `${t(`outlineImport.order.${report.order}`).replace(/\.$/, '').toLowerCase()}, ${t(report.reversed ? 'outlineImport.cli.reversed' : 'outlineImport.cli.asListed')}`,
      language: t(`language.${doc.meta.language}`),
      municipality: report.municipality || t('outlineImport.noMunicipality'),
      title: doc.meta.title,
      services: report.services,
    }),
    ...doc.steps.map((step, i) =>
      t('outlineImport.cli.step', { number: i + 1, title: step.title, services: countServices(step) }),
    ),
    ...report.skipped.map((line) =>
      t('outlineImport.cli.skippedLine', { line: line.length > 90 ? `${line.slice(0, 89)}…` : line }),
    ),
  ];
}

const argv = process.argv.slice(2);
const value = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const input = argv.find(
  (arg, i) => !arg.startsWith('--') && !['--out', '--language', '--describing'].includes(argv[i - 1]),
);
if (!input || argv.includes('--help')) fail(t('outlineImport.cli.usage'));
const language = value('--language');
const describing = value('--describing');
const options: ImportOptions = {
  reverse: argv.includes('--reverse'),
  ...(language === 'nb' || language === 'nn' ? { language } : {}),
  ...(describing === 'subtitle' || describing === 'service' ? { describingLine: describing } : {}),
};
const result = await importOutlineFile(input, t, options);
if (!result.ok) fail(result.message);
process.stdout.write(`${describeImport(result.document, result.report).join('\n')}\n`);
const out = value('--out');
if (out) {
  const text = saveDocument(result.document);
  try {
    writeFileSync(out, text);
  } catch (error) {
    fail(t('export.cli.writeFailed', { file: out, detail: (error as Error).message }));
  }
  process.stdout.write(`${t('export.cli.written', { file: out, size: `${Math.round(text.length / 1024)} KB` })}\n`);
}
