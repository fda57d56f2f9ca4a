import { useRef } from 'react';
import { setTheme } from '@/model/commands';
import { isMessageKey } from '@/i18n/translate';
import { builtInThemes, getMatchingBuiltInTheme } from '@/model/themes';
import type { ContrastIssue } from '@/scene/contrastCheck';
import type { SceneRef } from '@/scene/primitives';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';
import { ThemeColours } from './ThemeColours';
import { ThemeShape } from './ThemeShape';
import { LayoutControls } from './LayoutControls';
import { ContrastList } from './ContrastList';
import { UserFonts } from './UserFonts';
import { BrandKits } from './BrandKits';
import { usePanelFocus } from '../a11y/usePanelFocus';
import './ThemePanel.css';

type Props = { issues: readonly ContrastIssue[]; onSelect: (ref: SceneRef) => void; onClose: () => void };

/** Restyling in one place: a built-in theme, its colours, shape and type, the layout, and the contrast check. */
export function ThemePanel({ issues, onSelect, onClose }: Props) {
  const t = useT();
  const editor = useEditor();
  // Only the theme: its sections read the rest they draw themselves.
  const theme = useEditorDocument((d) => d.theme);
  const current = getMatchingBuiltInTheme(theme);
  const say = (key: string, fallback = '') => (isMessageKey(key) ? t(key) : fallback);
  const nameOf = (id: string, fallback: string) => say(`theme.name.${id}`, fallback);
  const panel = useRef<HTMLElement>(null);
  usePanelFocus(panel, onClose);
  return (
    <aside ref={panel} id="theme-panel" className="theme-panel" aria-labelledby="theme-panel-title">
      <header>
        <h2 id="theme-panel-title">{t('theme.panel')}</h2>
        <button type="button" onClick={onClose} aria-label={t('theme.close')} title={t('theme.close')}>
          ×
        </button>
      </header>
      <section aria-labelledby="theme-builtin">
        <h3 id="theme-builtin">{t('theme.builtIn')}</h3>
        <p className="muted">
          {current
            ? t('theme.current', { name: nameOf(current.id, current.theme.name) })
            : t('theme.edited', { name: theme.name })}
        </p>
        <ul className="theme-list">
          {builtInThemes.map(({ id, theme }) => (
            <li key={id}>
              <button
                type="button"
                aria-pressed={current?.id === id}
                onClick={() => editor.run(setTheme, { theme })}
                title={say(`theme.about.${id}`)}
              >
                <span className="swatches" aria-hidden="true" style={{ background: theme.background }}>
                  {theme.stepColours.map((colour, i) => (
                    <span key={i} style={{ background: colour }} />
                  ))}
                  <span style={{ background: theme.accent }} />
                </span>
                <span className="theme-name">{nameOf(id, theme.name)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <BrandKits />
      <ThemeColours />
      <ThemeShape />
      <UserFonts />
      <LayoutControls />
      <ContrastList issues={issues} onSelect={onSelect} />
    </aside>
  );
}
