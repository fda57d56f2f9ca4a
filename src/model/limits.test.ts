// Commands stop at the loader's limits, so a document made in the editor always opens again.
import { describe, expect, it } from 'vitest';
import { addElement } from './elementCommands';
import { Editor } from './editor';
import { getOwn, isReservedKey, limits, reservedKeyPattern } from './limits';
import { loadDocument, saveDocument } from './load';
import { addPage } from './pageCommands';
import { addTrackRow } from './trackCommands';
import { loadTemplate } from '../../export/testing/templates';

const alver = () => loadTemplate('alver');

describe('limits', () => {
  it('names of Object.prototype are reserved, other ids are not; getOwn reads own keys only', () => {
    expect(['__proto__', 'constructor', 'toString', 'hasOwnProperty'].every(isReservedKey)).toBe(true);
    expect(['step-1', 'prototype', 'row-x'].some(isReservedKey)).toBe(false);
    expect(
      ['__proto__', 'constructor', 'toString', '__defineGetter__'].some((key) => reservedKeyPattern.test(key)),
    ).toBe(false);
    expect(['step-1', 'prototype', 'constructors', 'x__proto__'].every((key) => reservedKeyPattern.test(key))).toBe(
      true,
    );
    expect(getOwn({ a: 1 }, 'constructor')).toBeUndefined();
    expect(getOwn({ a: 1 }, 'a')).toBe(1);
  });

  it('track rows, elements and pages added past their limit are not added, and the document still loads', () => {
    const editor = new Editor(alver());
    const trackId = editor.document.tracks[0].id;
    for (let i = 0; i < limits.trackRows + 5; i++) editor.run(addTrackRow, { trackId });
    for (let i = 0; i < limits.elementsPerPage + 5; i++)
      editor.run(addElement, {
        pageId: editor.document.pages[0].id,
        element: { id: `el-${i}`, kind: 'shape', shape: 'rect', x: i % 500, y: 10, w: 10, h: 10 },
      });
    for (let i = 0; i < limits.pages + 5; i++) editor.run(addPage, {});
    expect(editor.document.tracks[0].rows).toHaveLength(limits.trackRows);
    expect(editor.document.pages[0].elements).toHaveLength(limits.elementsPerPage);
    expect(editor.document.pages).toHaveLength(limits.pages);
    expect(loadDocument(saveDocument(editor.document)).ok).toBe(true);
  }, 60_000);
});
