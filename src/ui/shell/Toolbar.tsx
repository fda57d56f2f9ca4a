import { memo, type ReactNode } from 'react';
import { setPage } from '@/model/commands';
import { orientations, pageSizes } from '@/model/schemaConstants';
import { languageNames, uiLanguages, type UiLanguage } from '@/i18n/translate';
import { isMessageKey } from '@/i18n/translate';
import { useT } from './i18nContext';
import { PresenceInToolbar } from '../presence/lazyPresence';
import { Select } from '../fields/Select';
import { SelectField } from '../fields/SelectField';
import { useEditor, useEditorDocument, useEditorSelector } from './editorContext';

type Props = {
  language: UiLanguage;
  onLanguage: (language: UiLanguage) => void;
  onNew: () => void;
  onExport: () => void;
  /** Opens or closes the theme panel. */
  onTheme?: () => void;
  /** Whether the theme panel is open, for the Tema button's state. */
  themeOpen?: boolean;
  onPresent: () => void;
  /** Opens the data table of the document's figures. */
  onDataTable?: () => void;
  /** The file menu and save status, from the storage UI. */
  children?: ReactNode;
};

/** Memo: it reads the document's name, page and history itself, so another edit does not draw it again. */
export const Toolbar = memo(function Toolbar({
  language,
  onLanguage,
  onNew,
  onExport,
  onPresent,
  onDataTable,
  onTheme,
  themeOpen = false,
  children,
}: Props) {
  const t = useT();
  const editor = useEditor();
  const meta = useEditorDocument((d) => d.meta);
  const page = useEditorDocument((d) => d.page);
  const canUndo = useEditorSelector((e) => e.canUndo());
  const canRedo = useEditorSelector((e) => e.canRedo());
  const last = useEditorSelector((e) => e.getHistory().at(-1)?.label);
  const lastLabel = last && isMessageKey(last.key) ? t(last.key, last.params) : undefined;
  return (
    // The page's banner landmark; not role="toolbar", whose arrow-key moves it does not have.
    // The page's one h1 is the document's name (what the page is about), not the app's.
    <header className="toolbar">
      <span className="brand">{t('app.name')}</span>
      <button type="button" onClick={onNew}>
        + {t('toolbar.newTrapp')}
      </button>
      {children}
      <h1 className="doc-name" lang={meta.language}>
        {[meta.municipality, meta.title].filter(Boolean).join(' · ')}
      </h1>
      <button
        type="button"
        onClick={() => editor.undo()}
        disabled={!canUndo}
        title={lastLabel ? t('toolbar.undoWith', { label: lastLabel }) : t('toolbar.undo')}
      >
        ↶ {t('toolbar.undo')}
      </button>
      <button type="button" onClick={() => editor.redo()} disabled={!canRedo} title={t('toolbar.redo')}>
        ↷ {t('toolbar.redo')}
      </button>
      <label className="inline">
        {t('toolbar.pageSize')}
        <Select
          label={t('toolbar.pageSize')}
          value={page.size}
          options={pageSizes}
          onChange={(size) => editor.run(setPage, { ...page, size })}
        />
        <Select
          label={t('toolbar.orientation')}
          value={page.orientation}
          options={orientations}
          optionLabel={(orientation) => t(`toolbar.orientation.${orientation}`)}
          onChange={(orientation) => editor.run(setPage, { ...page, orientation })}
        />
      </label>
      <span className="spacer" />
      <PresenceInToolbar />
      {/* The document's actions: a region of its own for F6, so Tema and Eksporter are a few keys from the drawing. */}
      <div className="toolbar-actions">
        {onDataTable && (
          <button type="button" onClick={onDataTable}>
            {t('toolbar.dataTable')}
          </button>
        )}
        {onTheme && (
          <button
            type="button"
            onClick={onTheme}
            aria-expanded={themeOpen}
            aria-controls={themeOpen ? 'theme-panel' : undefined}
          >
            {t('toolbar.theme')}
          </button>
        )}
        <button type="button" onClick={onPresent}>
          <span aria-hidden="true">▶</span> {t('toolbar.present')}
        </button>
        <button type="button" onClick={onExport}>
          {t('toolbar.export')}
        </button>
        <SelectField
          className="inline"
          label={t('toolbar.language')}
          value={language}
          options={uiLanguages}
          optionLabel={(code) => languageNames[code]}
          onChange={onLanguage}
        />
      </div>
    </header>
  );
});
