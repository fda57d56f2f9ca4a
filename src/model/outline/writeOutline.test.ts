import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Editor } from '../editor';
import { loadDocument } from '../load';
import { replaceSteps } from '../outlineCommands';
import type { Item, Step } from '../types';
import { importOutline } from './importOutline';
import { readTextOutline } from './readTextOutline';
import { writeOutline } from './writeOutline';

const templatesDir = new URL('../../../templates/', import.meta.url);
const templates = readdirSync(templatesDir).filter((f) => f.endsWith('.trapp.json'));

/** What the outline holds of a step: every text and link, without ids, figures and looks. */
const items = (list: readonly Item[]): unknown[] =>
  list.filter((i) => i.text.trim()).map((i) => [i.text, i.links?.filter((l) => l.href) ?? [], items(i.items ?? [])]);
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
    const result = importOutline(readTextOutline(writeOutline(doc)), {
      stepLevel: 'trinn',
      language: doc.meta.language,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.document.steps.map(content)).toEqual(doc.steps.map(content));
  });
});

describe('editing a template as text without changing it', () => {
  /** Everything but the ids, which new items get. */
  const withoutIds = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value, (key, v) => (key === 'id' ? undefined : v)));

  it.each(templates)('%s: loses nothing', (file) => {
    const loaded = loadDocument(readFileSync(new URL(file, templatesDir), 'utf8'));
    if (!loaded.ok) throw new Error(file);
    const editor = new Editor(loaded.document);
    const result = importOutline(readTextOutline(writeOutline(loaded.document)), {
      stepLevel: 'trinn',
      language: loaded.document.meta.language,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    editor.run(replaceSteps, { steps: result.document.steps, fromOutline: true });
    // Empty items are placeholders the text leaves out; every other thing is as it was.
    const dropEmpty = (steps: readonly Step[]) =>
      steps.map((step) => ({
        ...step,
        commitments: { ...step.commitments, items: step.commitments.items.filter((i) => i.text.trim()) },
        sections: step.sections.map((s) => ({ ...s, items: s.items.filter((i) => i.text.trim()) })),
      }));
    expect(withoutIds(editor.document.steps)).toEqual(withoutIds(dropEmpty(loaded.document.steps)));
    expect(editor.document.bands).toEqual(loaded.document.bands);
  });
});
