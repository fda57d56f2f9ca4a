// Simulated editors for the load, restart and Redis tests: each changes one trapp with random
// commands (typing a marked word into a title or subtitle, adding or deleting a service, setting
// a figure, moving a step) and remembers which of its edits the server acknowledged, so the test
// can check afterwards that every acknowledged edit is in the document.
import * as Y from 'yjs';
import { getRoot, loadYDocument, writeYDocument } from '@/model/collab/yDocument';
import type { TrappDocument } from '@/model/types';
import { connect, type Client } from './harness';

export type Editor = Client & {
  index: number;
  /** Marked words typed and acknowledged. */
  words: Set<string>;
  /** Service ids added (and not deleted) that were acknowledged. */
  items: Set<string>;
  /** Service ids whose deletion was acknowledged. */
  deleted: Set<string>;
  edits: number;
  /** One random command. */
  step(random: Random): void;
};

export type Random = ReturnType<typeof createRandom>;

type Pending = { words: string[]; items: string[]; deleted: string[] };

/** A small deterministic generator, so a failing run can be repeated with its seed. */
export function createRandom(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  return { next, int: (n: number) => Math.floor(next() * n) };
}

export function createEditor(wsUrl: string, docId: string, token: string, index: number): Editor {
  const client = connect(wsUrl, docId, token);
  const editor: Editor = {
    ...client,
    index,
    words: new Set(),
    items: new Set(),
    deleted: new Set(),
    edits: 0,
    step: () => undefined,
  };
  let pending: Pending = { words: [], items: [], deleted: [] };
  // The acknowledgement of the server (unsyncedChanges back to 0) covers everything sent before it.
  client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    if (number !== 0 || !client.provider.isSynced) return;
    for (const word of pending.words) editor.words.add(word);
    for (const id of pending.items) editor.items.add(id);
    for (const id of pending.deleted) {
      editor.items.delete(id);
      editor.deleted.add(id);
    }
    pending = { words: [], items: [], deleted: [] };
  });
  const own: string[] = [];
  editor.step = (random) => {
    const root = getRoot(client.ydoc);
    const steps = root.get('steps') as Y.Array<Y.Map<unknown>> | undefined;
    if (!steps || steps.length === 0) return;
    const n = editor.edits++;
    const choice = random.int(10);
    if (choice < 5) {
      // Typing: a marked word at a word boundary, so concurrent words never split each other.
      const text = steps.get(random.int(steps.length)).get(random.int(2) ? 'title' : 'subtitle') as Y.Text;
      const word = `‹${index}.${n}›`;
      const current = text.toString();
      const starts = [0, current.length, ...[...current].flatMap((c, i) => (c === '‹' ? [i] : []))];
      text.insert(starts[random.int(starts.length)], word);
      pending.words.push(word);
      return;
    }
    const loaded = loadYDocument(client.ydoc);
    if (!loaded.ok) return;
    const doc: TrappDocument = structuredClone(loaded.document);
    const step = doc.steps[random.int(doc.steps.length)];
    if (choice < 7) {
      const id = `e${index}-${n}`;
      step.commitments.items.push({ id, text: `Teneste ${id}` });
      own.push(id);
      pending.items.push(id);
    } else if (choice < 8 && own.length > 0) {
      const id = own.splice(random.int(own.length), 1)[0];
      for (const s of doc.steps) s.commitments.items = s.commitments.items.filter((item) => item.id !== id);
      pending.deleted.push(id);
    } else if (choice < 9 && step.figures.length > 0) {
      step.figures[random.int(step.figures.length)].value = random.int(100_000);
    } else {
      const page = doc.pages[0];
      page.offsets = { ...page.offsets, [`step:${step.id}`]: { dx: random.int(200) - 100, dy: random.int(200) - 100 } };
    }
    writeYDocument(client.ydoc, doc);
  };
  return editor;
}

/** Runs every editor's random commands every `intervalMs` (jittered) for `seconds`. */
export async function runEditors(editors: Editor[], seconds: number, seed: number, intervalMs = 250): Promise<void> {
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    editors.map(async (editor) => {
      const random = createRandom(seed * 1000 + editor.index);
      while (Date.now() < until) {
        await new Promise((r) => setTimeout(r, intervalMs / 2 + random.int(intervalMs)));
        editor.step(random);
      }
    }),
  );
}

/** Every acknowledged edit of every editor is in `json` (a document read from a Y.Doc or the database). */
export function missingEdits(editors: Editor[], doc: TrappDocument): string[] {
  const text = doc.steps.map((s) => `${s.title}\n${s.subtitle}`).join('\n');
  const items = new Set(doc.steps.flatMap((s) => s.commitments.items.map((i) => i.id)));
  const missing: string[] = [];
  for (const editor of editors) {
    for (const word of editor.words) if (!text.includes(word)) missing.push(`word ${word}`);
    for (const id of editor.items) if (!items.has(id)) missing.push(`service ${id}`);
    for (const id of editor.deleted) if (items.has(id)) missing.push(`deletion of ${id}`);
  }
  return missing;
}
