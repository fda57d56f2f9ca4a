import { describe, expect, it } from 'vitest';
import { checkHref, isSafeHref } from './links';

describe('isSafeHref', () => {
  it.each([
    'https://www.lillesand.kommune.no/helse-og-omsorg/',
    'http://alver.kommune.no',
    'https://example.no/sok?q=hjemmetjeneste#treff',
    'mailto:postmottak@gausdal.kommune.no',
    'tel:+4761221000',
    'tel:61-22-10-00',
  ])('accepts %s', (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'file:///etc/passwd',
    'blob:https://x.no/123',
    'ftp://x.no',
    '//evil.example/x',
    '/relative/path',
    '#',
    '',
    'https://',
    'https://user:pass@x.no',
    'https://x.no/"onmouseover="alert(1)',
    'https://x.no/<script>',
    'tel:call-me',
    'mailto:',
    'https://x.no/' + 'a'.repeat(3000),
  ])('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });

  it('refuses anything that is not a string', () => {
    for (const value of [null, undefined, 42, {}, ['https://x.no']])
      expect(isSafeHref(value as unknown as string)).toBe(false);
  });
});

describe('checkHref: what a user types or pastes', () => {
  it.each([
    ['  https://lillesand.kommune.no/helse  ', 'https://lillesand.kommune.no/helse'],
    ['www.lillesand.kommune.no/helse', 'https://www.lillesand.kommune.no/helse'],
    ['alver.kommune.no', 'https://alver.kommune.no/'],
    ['post@alver.kommune.no', 'mailto:post@alver.kommune.no'],
    ['tel:+47 61 22 10 00', 'tel:+4761221000'],
    ['https://x.no/a b', 'https://x.no/a%20b'],
  ])('%j becomes %j', (input, href) => {
    expect(checkHref(input)).toEqual({ ok: true, href });
  });

  it.each([
    ['javascript:alert(document.cookie)', 'unsafeScheme'],
    ['  JAVASCRIPT:void(0)', 'unsafeScheme'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'unsafeScheme'],
    ['file:///C:/Users', 'unsafeScheme'],
    ['ikke en adresse', 'invalid'],
    ['https://' + 'a'.repeat(3000) + '.no', 'tooLong'],
  ])('%j is refused: %s', (input, reason) => {
    expect(checkHref(input)).toEqual({ ok: false, reason });
  });
});
