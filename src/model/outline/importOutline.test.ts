import { describe, expect, it } from 'vitest';
import { textCorpus } from '../../../tests/unit/fixtures/outlines/textCorpus';
import { webCorpus } from '../../../tests/unit/fixtures/outlines/webCorpus';
import type { ExpectedStep } from '../../../tests/unit/fixtures/outlines/corpusEntry';
import { loadDocument, saveDocument } from '../load';
import type { Step } from '../types';
import { importOutline } from './importOutline';
import { readOutline } from './readOutline';

const corpus = [...textCorpus, ...webCorpus];

const empty: Required<ExpectedStep> = {
  title: '',
  subtitle: '',
  vision: '',
  commitments: [],
  sections: [],
  services: [],
  links: [],
};

/** A step as the corpus writes it. */
function describeStep(step: Step): ExpectedStep {
  const items = step.sections.flatMap((s) => s.items);
  return {
    title: step.title,
    subtitle: step.subtitle,
    vision: step.vision,
    commitments: step.commitments.items.map((i) => i.text),
    sections: step.sections.map((s) => s.heading).filter(Boolean),
    services: items.flatMap((item) => [item.text, ...(item.items ?? []).map((child) => `– ${child.text}`)]),
    links: items.flatMap((item) => item.links ?? []).map((link) => link.href),
  };
}

describe('the importer over the corpus', () => {
  it('has at least 25 outlines', () => expect(corpus.length).toBeGreaterThanOrEqual(25));

  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s', async (_, entry) => {
    const read = await readOutline(entry.source);
    if (!read.ok) throw new Error(`not read: ${read.problem}`);
    const result = importOutline(read.outline);
    if (!result.ok) throw new Error(`not imported: ${JSON.stringify(result.problem)}`);
    const { document: doc, report } = result;
    expect(doc.steps.map(describeStep)).toEqual(entry.steps.map((step) => ({ ...empty, ...step })));
    if (entry.title !== undefined) expect(doc.meta.title).toBe(entry.title);
    if (entry.municipality !== undefined) expect(doc.meta.municipality).toBe(entry.municipality);
    if (entry.intro !== undefined) expect(doc.meta.intro).toBe(entry.intro);
    expect(report.order).toBe(entry.order ?? 'bottomUp');
    expect(doc.meta.language).toBe(entry.language ?? 'nb');
    if (entry.stepLevel) expect(report.stepLevel).toBe(entry.stepLevel);
    expect(report.removed).toEqual({ scripts: 0, images: 0, unsafeLinks: 0, ...entry.removed });
    for (const line of entry.skipped ?? []) expect(report.skipped).toContain(line);
    // What the importer makes opens again as a file, unchanged.
    const reopened = loadDocument(saveDocument(doc));
    expect(reopened.ok && reopened.document).toEqual(doc);
  });

  it('keeps no page furniture anywhere in the document', async () => {
    for (const entry of webCorpus) {
      const read = await readOutline(entry.source);
      const result = read.ok ? importOutline(read.outline) : undefined;
      const text = JSON.stringify(result?.ok && result.document.steps);
      for (const noise of [
        'informasjonskapsler',
        'Godta alle',
        'Forsiden',
        'Hopp til',
        'Kontakt oss',
        'Telefon',
        'track()',
        'steal',
        'evil.example',
        'Skjult',
      ])
        expect(text).not.toContain(noise);
    }
  });
});

describe('the choices in the preview', () => {
  const source = `Innsatstrapp\n\nEgenmestring\nÅpne tilbud for alle.\n- Turstier\n\nHjemmetjenester\nTjenester etter vedtak.\n- Hjemmesykepleie\n`;
  const run = async (options: Parameters<typeof importOutline>[1]) => {
    const read = await readOutline({ kind: 'text', text: source });
    const result = read.ok ? importOutline(read.outline, options) : undefined;
    if (!result?.ok) throw new Error('not imported');
    return result;
  };

  it('turns the order around', async () => {
    expect((await run({})).document.steps.map((s) => s.title)).toEqual(['Egenmestring', 'Hjemmetjenester']);
    const reversed = await run({ reverse: true });
    expect(reversed.document.steps.map((s) => s.title)).toEqual(['Hjemmetjenester', 'Egenmestring']);
    expect(reversed.report.reversed).toBe(true);
  });

  it('makes the describing line a service when asked', async () => {
    expect((await run({})).document.steps.map((s) => [s.subtitle, s.sections[0].items.map((i) => i.text)])).toEqual([
      ['Åpne tilbud for alle.', ['Turstier']],
      ['Tjenester etter vedtak.', ['Hjemmesykepleie']],
    ]);
    const asService = await run({ describingLine: 'service' });
    expect(asService.document.steps.map((s) => [s.subtitle, s.sections[0].items.map((i) => i.text)])).toEqual([
      ['', ['Åpne tilbud for alle.', 'Turstier']],
      ['', ['Tjenester etter vedtak.', 'Hjemmesykepleie']],
    ]);
  });

  it('takes the steps from another level, and offers the levels that find steps', async () => {
    const guessed = await run({});
    expect(guessed.report.stepLevels.map((l) => l.level)).toEqual(['lead', 'lines']);
    const lines = await run({ stepLevel: 'lines' });
    expect(lines.document.steps.map((s) => s.title)).toEqual([
      'Egenmestring',
      'Åpne tilbud for alle.',
      'Turstier',
      'Hjemmetjenester',
      'Tjenester etter vedtak.',
      'Hjemmesykepleie',
    ]);
  });

  it('sets the language when the guess is wrong', async () => {
    const nynorsk = await run({ language: 'nn' });
    expect([nynorsk.document.meta.language, nynorsk.report.guessedLanguage]).toEqual(['nn', 'nb']);
  });
});
