import { describe, expect, it } from 'vitest';
import { getTextContrasts } from '@/scene/contrast';
import { buildPage, getPages } from '@/scene/buildScene';
import { getNodeSceneContext } from '../../export/nodeContext';
import { loadTemplates } from '../../export/testing/templates';
import { defaultTheme } from './defaults';
import { themeSchema } from './schema';
import { builtInThemes, getBuiltInTheme, getMatchingBuiltInTheme, getStepShape } from './themes';

const context = getNodeSceneContext();
const templates = loadTemplates();
const isGrey = (hex: string) => hex.slice(1, 3) === hex.slice(3, 5) && hex.slice(3, 5) === hex.slice(5, 7);

describe('the built-in themes', () => {
  it('are at least five valid themes with distinct ids and names, the default first', () => {
    expect(builtInThemes.length).toBeGreaterThanOrEqual(5);
    expect(builtInThemes[0].theme).toBe(defaultTheme);
    for (const { theme } of builtInThemes) expect(themeSchema.safeParse(theme).success).toBe(true);
    expect(new Set(builtInThemes.map((b) => b.id)).size).toBe(builtInThemes.length);
    expect(new Set(builtInThemes.map((b) => b.theme.name)).size).toBe(builtInThemes.length);
  });

  it('recall every template municipality and use every step shape', () => {
    const recalled = builtInThemes.map((b) => b.recalls).filter(Boolean);
    expect(recalled.sort()).toEqual(templates.map((t) => t.id).sort());
    expect(new Set(builtInThemes.map((b) => getStepShape(b.theme)))).toEqual(
      new Set(['block', 'rounded', 'arrow', 'card']),
    );
  });

  it('include a theme of greys only, for black-and-white printing', () => {
    const { theme } = getBuiltInTheme('greyscale')!;
    const colours = [
      theme.background,
      theme.text,
      theme.mutedText,
      theme.accent,
      ...theme.stepColours,
      ...theme.bandColours,
    ];
    expect(colours.every(isGrey)).toBe(true);
  });

  it('include a high-contrast theme whose every text reaches 7:1 (WCAG AAA) on every template', () => {
    const { theme } = getBuiltInTheme('highContrast')!;
    for (const { document } of templates) {
      const doc = { ...document, theme };
      for (const page of getPages(doc)) {
        for (const scene of buildPage(doc, page, context).sheets) {
          for (const text of getTextContrasts(scene, context.measurer))
            expect(text.ratio, `${text.nodeId} ${text.text}`).toBeGreaterThanOrEqual(7);
        }
      }
    }
  });

  it('are recognised in a document until one of their fields is edited', () => {
    const skerries = getBuiltInTheme('skerries')!;
    expect(getMatchingBuiltInTheme(JSON.parse(JSON.stringify(skerries.theme)))).toBe(skerries);
    expect(getMatchingBuiltInTheme({ ...defaultTheme, stepShape: 'block' })?.id).toBe('fjord');
    expect(getMatchingBuiltInTheme({ ...skerries.theme, accent: '#000000' })).toBeUndefined();
  });
});
