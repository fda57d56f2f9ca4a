// First, before React and the editor are evaluated: a returning visitor's validator starts loading.
import '@/storage/preloadValidator';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createTranslator, loadDictionary, loadLaterStrings } from '@/i18n/translate';
import { getInitialUiLanguage } from '@/i18n/uiLanguage';
import { loadBrowserFonts } from '@/ui/shell/fonts';
import { App } from '@/ui/shell/App';
import { ErrorBoundary } from '@/ui/safety/ErrorBoundary';
import { AppFailed } from '@/ui/safety/AppFailed';
import { startBrowserWorkspace } from '@/storage/browserWorkspace';
import { isPresenterWindow } from '@/ui/present/presenterChannel';
import { needsExtras } from '@/layout/layoutExtras';
import { createBlankDocument } from '@/model/defaults';
import { loadSceneExtras } from '@/ui/shell/useSceneExtras';
import { readSharedLink, type SharedLink } from '@/ui/collab/readSharedLink';
import '@/ui/shell/app.css';
import '@/ui/a11y/a11y.css';

const root = createRoot(document.getElementById('root')!);
// The interface language's dictionary loads with the fonts; a message before that is in bokmål.
const language = getInitialUiLanguage();
const getTranslator = () => createTranslator(language);

async function start() {
  // The last document reopens from the browser's storage; a new library starts with the default template,
  // which loads beside the fonts (a returning visitor's first load does not carry it).
  const [measurer, workspace] = await Promise.all([
    loadBrowserFonts(),
    startBrowserWorkspace(
      import('@/model/defaultDocument').then(
        (m) => m.defaultDocument,
        // Its chunk could not be fetched: a blank trapp, so a stored document still opens.
        () => createBlankDocument({ steps: 5, language: 'nb' }),
      ),
    )
      // A document with charts, tracks or icons is drawn whole from the first picture.
      .then(async (started) => {
        if (needsExtras(started.editor.document)) await loadSceneExtras();
        return started;
      }),
    loadDictionary(language),
  ]);
  root.render(
    <StrictMode>
      {/* The last net: the shell itself failed. The document is marked, so a start again leaves it closed. */}
      <ErrorBoundary
        onError={workspace.drawFailed}
        fallback={(error, retry) => (
          <AppFailed error={error} workspace={workspace} t={createTranslator(getInitialUiLanguage())} retry={retry} />
        )}
      >
        <App editor={workspace.editor} workspace={workspace} measurer={measurer} />
      </ErrorBoundary>
    </StrictMode>,
  );
}

/** The presenter view (a second window opened by a presentation) needs fonts but no workspace: it must not take the document's lock. */
async function startPresenter() {
  const [{ PresenterView }, measurer] = await Promise.all([
    import('@/ui/present/PresenterView'),
    loadBrowserFonts(),
    loadDictionary(language),
    loadLaterStrings(),
  ]);
  root.render(
    <StrictMode>
      <PresenterView measurer={measurer} />
    </StrictMode>,
  );
}

/** A shared document (`/?d=<id>`): the collaboration code is loaded only then. */
async function startShared(link: SharedLink) {
  const { startSharedEditor } = await import('@/ui/collab/startSharedEditor');
  await startSharedEditor(root, link, language);
}

const sharedLink = readSharedLink(
  window.location,
  (() => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  })(),
);

(isPresenterWindow() ? startPresenter() : sharedLink ? startShared(sharedLink) : start()).catch((error: unknown) => {
  root.render(
    <p className="fatal" role="alert">
      {getTranslator()('app.loadFailed', { detail: String(error instanceof Error ? error.message : error) })}
    </p>,
  );
});
