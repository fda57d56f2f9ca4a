import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../load';
import type { Item, Step } from '../types';
import { importOutline } from './importOutline';
import { readTextOutline } from './readTextOutline';
import { writeOutline } from './writeOutline';

const templatesDir = new URL('../../../templates/', import.meta.url);
const templates = readdirSync(templatesDir).filter((f) => f.endsWith('.trapp.json'));

/** What the outline holds of a step: every text and link, without ids, figures and looks. */
const items = (list: readonly Item[]): unknown[] => list.filter((i) => i.text.trim()).map((i) => [i.text, i.links?.filter((l) => l.href) ?? [], items(i.items ?? [])]);
const content = (step: Step) => ({
  title: step.title,
  subtitle: step.subtitle,
  vision: step.vision,
  commitments: [step.commitments.heading, items(step.commitments.items)],
  sections: step.sections.map((s) => [s.heading, items(s.items)]),
});

describe("the outline view's text", () => {
  it.each(templates)('%s: reads back to the same steps', (file) => {
    const loaded = loadDocument(readFileSync(new URL(file, templatesDir), 'utf8'));
    if (!loaded.ok) throw new Error(file);
    const doc = loaded.document;
    const result = importOutline(readTextOutline(writeOutline(doc)), { stepLevel: 'trinn', language: doc.meta.language });
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.document.steps.map(content)).toEqual(doc.steps.map(content));
  });
});
