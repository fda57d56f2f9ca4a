// The command line's options, parsed into export options or a problem to tell the user.
import { pageSizes } from '@/model/schema';
import type { MessageKey } from '@/i18n/nb';
import {
  exportFormats,
  isPageSize,
  MAX_BLEED_MM,
  MAX_MARGIN_MM,
  MAX_PIXEL_WIDTH,
  MIN_PIXEL_WIDTH,
  PRINT_SHOP_BLEED_MM,
  type ExportFormat,
  type ExportOptions,
  type PageChoice,
} from './options';

export type CliArgs = {
  input: string;
  out: string;
  format: ExportFormat;
  /** Only what was given; the rest comes from the document. */
  options: Partial<Omit<ExportOptions, 'paper'>> & {
    size?: ExportOptions['paper']['size'];
    orientation?: ExportOptions['paper']['orientation'];
  };
};

export type CliProblem = { key: MessageKey; params?: Record<string, string | number> };
export type CliParse = { ok: true; args: CliArgs } | { ok: false; problem: CliProblem } | { ok: 'help' };

const withValue = [
  '--format',
  '--page',
  '--orientation',
  '--pages',
  '--bleed',
  '--margin',
  '--dpi',
  '--width',
  '--out',
];
const flags = ['--crop-marks', '--print-shop', '--transparent', '--outlines', '--no-relayout', '--help', '-h'];

function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T | CliProblem {
  return (allowed as readonly string[]).includes(value)
    ? (value as T)
    : { key: 'export.cli.badValue', params: { option, value, allowed: allowed.join(', ') } };
}

function number(option: string, value: string, min: number, max: number, whole = false): number | CliProblem {
  const n = Number(value.replace(',', '.'));
  const ok = value.trim() !== '' && Number.isFinite(n) && n >= min && n <= max && (!whole || Number.isInteger(n));
  return ok ? n : { key: 'export.cli.badValue', params: { option, value, allowed: `${min}–${max}` } };
}

const isProblem = (v: unknown): v is CliProblem => typeof v === 'object' && v !== null && 'key' in v;

export function parseCliArgs(argv: readonly string[]): CliParse {
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] =
      argv[i].startsWith('--') && argv[i].includes('=')
        ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)]
        : [argv[i], undefined];
    if (flags.includes(name)) values.set(name, 'yes');
    else if (withValue.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined)
        return { ok: false, problem: { key: 'export.cli.missingValue', params: { option: name } } };
      values.set(name, value);
    } else if (name.startsWith('-'))
      return { ok: false, problem: { key: 'export.cli.badOption', params: { option: name } } };
    else positional.push(name);
  }
  if (values.has('--help') || values.has('-h')) return { ok: 'help' };
  if (positional.length === 0) return { ok: false, problem: { key: 'export.cli.noInput' } };
  if (positional.length > 1)
    return { ok: false, problem: { key: 'export.cli.badOption', params: { option: positional[1] } } };
  const out = values.get('--out');
  if (!out) return { ok: false, problem: { key: 'export.cli.noOut' } };
  const formatText = values.get('--format') ?? out.split('.').pop()!.toLowerCase();
  const format = choice('--format', formatText, exportFormats);
  if (isProblem(format))
    return { ok: false, problem: values.has('--format') ? format : { key: 'export.cli.noFormat' } };

  const options: CliArgs['options'] = {};
  const parsed: [string, (v: string) => unknown, (v: never) => void][] = [
    [
      '--page',
      (v) => (isPageSize(v.toUpperCase(), pageSizes) ? v.toUpperCase() : choice('--page', v, pageSizes)),
      (v) => (options.size = v),
    ],
    [
      '--orientation',
      (v) => choice('--orientation', v, ['portrait', 'landscape'] as const),
      (v) => (options.orientation = v),
    ],
    ['--pages', (v) => choice<PageChoice>('--pages', v, ['overview', 'all']), (v) => (options.pages = v)],
    ['--bleed', (v) => number('--bleed', v, 0, MAX_BLEED_MM), (v) => (options.bleedMm = v)],
    ['--margin', (v) => number('--margin', v, 0, MAX_MARGIN_MM), (v) => (options.marginMm = v)],
    ['--dpi', (v) => number('--dpi', v, 10, 1200), (v) => (options.dpi = v)],
    ['--width', (v) => number('--width', v, MIN_PIXEL_WIDTH, MAX_PIXEL_WIDTH, true), (v) => (options.pixelWidth = v)],
  ];
  for (const [name, parse, set] of parsed) {
    const raw = values.get(name);
    if (raw === undefined) continue;
    const value = parse(raw);
    if (isProblem(value)) return { ok: false, problem: value };
    set(value as never);
  }
  if (values.has('--crop-marks')) options.cropMarks = true;
  if (values.has('--transparent')) options.transparent = true;
  if (values.has('--outlines')) options.outlines = true;
  if (values.has('--no-relayout')) options.relayout = false;
  if (values.has('--print-shop')) {
    options.cropMarks = true;
    options.bleedMm ??= PRINT_SHOP_BLEED_MM;
  }
  return { ok: true, args: { input: positional[0], out, format, options } };
}
