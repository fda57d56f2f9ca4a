import { useT } from '../shell/i18nContext';
import { focusCanvas } from './regions';

/** The page's first stop for Tab: straight to the drawing, past the toolbar and the steps list. Shown only while focused. */
export function SkipLink() {
  const t = useT();
  return (
    <a
      className="skip-link"
      href="#canvas"
      onClick={(event) => {
        event.preventDefault();
        focusCanvas();
      }}
    >
      {t('a11y.skipToCanvas')}
    </a>
  );
}
