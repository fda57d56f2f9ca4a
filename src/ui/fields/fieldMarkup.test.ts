import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { CheckField } from './CheckField';
import { ChoiceGroup } from './ChoiceGroup';
import { FieldRow } from './FieldRow';
import { SelectField } from './SelectField';
import { SpinButtonField } from './SpinButtonField';
import { StackedSelectField } from './StackedSelectField';

// The markup the e2e tests (by role and label) and the CSS (by class) rely on, now that many forms share these fields.
const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);
const none = () => {};

describe('field markup', () => {
  it('SelectField: the label wraps its words and a list of the values, the chosen one selected', () => {
    const markup = html(
      createElement(SelectField<number>, {
        className: 'inline',
        label: 'Oppløsning',
        value: 150,
        options: [72, 150, 300],
        optionLabel: (dpi) => `${dpi} dpi`,
        onChange: none,
      }),
    );
    expect(markup).toBe(
      '<label class="inline">Oppløsning<select aria-label="Oppløsning">' +
        '<option value="72">72 dpi</option><option value="150" selected="">150 dpi</option>' +
        '<option value="300">300 dpi</option></select></label>',
    );
  });

  it('StackedSelectField: the label above the list names it by id', () => {
    const markup = html(
      createElement(StackedSelectField<string>, {
        id: 'doc-lang',
        label: 'Språk',
        value: 'nn',
        options: ['nb', 'nn'],
        onChange: none,
      }),
    );
    expect(markup).toBe(
      '<div class="field"><label for="doc-lang">Språk</label><select id="doc-lang" aria-label="Språk">' +
        '<option value="nb">nb</option><option value="nn" selected="">nn</option></select></div>',
    );
  });

  it('CheckField: the box before its words, checked and disabled as given', () => {
    const markup = html(
      createElement(CheckField, {
        className: 'check',
        label: 'Skjæremerker',
        checked: true,
        disabled: true,
        onChange: none,
      }),
    );
    expect(markup).toBe('<label class="check"><input type="checkbox" disabled="" checked=""/>Skjæremerker</label>');
  });

  it('ChoiceGroup: one radio per option under the legend, sharing a name, the value checked', () => {
    const markup = html(
      createElement(ChoiceGroup<'pdf' | 'png'>, {
        name: 'format',
        legend: 'Format',
        options: ['pdf', 'png'],
        value: 'png',
        label: (format) => format.toUpperCase(),
        onChange: none,
        className: 'layout-choice',
        optionClassName: () => 'checkbox',
      }),
    );
    expect(markup).toBe(
      '<fieldset class="layout-choice"><legend>Format</legend>' +
        '<label class="checkbox"><input type="radio" name="format" value="pdf"/>PDF</label>' +
        '<label class="checkbox"><input type="radio" name="format" checked="" value="png"/>PNG</label></fieldset>',
    );
  });

  it('SpinButtonField and FieldRow: a labelled number box, and a label wrapping any control', () => {
    expect(
      html(createElement(SpinButtonField, { label: 'Marg (mm)', value: 5, min: 0, max: 50, step: 1, onChange: none })),
    ).toBe('<label>Marg (mm)<input type="number" aria-label="Marg (mm)" min="0" max="50" step="1" value="5"/></label>');
    expect(html(createElement(FieldRow, { label: 'Størrelse', children: createElement('input') }))).toBe(
      '<div class="field"><label>Størrelse<input/></label></div>',
    );
  });
});
