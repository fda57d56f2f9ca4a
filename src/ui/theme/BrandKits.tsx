import { useId, useState } from 'react';
import {
  applyBrandKit,
  brandLogoSchema,
  createBrandKit,
  getDocumentLogo,
  type BrandKit,
  type BrandLogo,
} from '@/model/brandKit';
import { getMunicipalityName } from '@/layout/overviewFrame';
import { prepareImage } from '@/storage/images';
import { readBrandKits, writeBrandKits } from './brandKitStore';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';

const logoTypes = ['image/png', 'image/jpeg', 'image/svg+xml'];

/** Save the document's look (and a logo) as a brand kit once; apply any saved kit to any document. */
export function BrandKits() {
  const editor = useEditor();
  const document = useEditorDocument((d) => d);
  const t = useT();
  const id = useId();
  const [kits, setKits] = useState<BrandKit[]>(readBrandKits);
  const [name, setName] = useState('');
  const [logo, setLogo] = useState<BrandLogo | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const store = (next: BrandKit[]) => {
    if (!writeBrandKits(next)) {
      setProblem(t('brand.full'));
      return false;
    }
    setProblem(undefined);
    setKits(next);
    return true;
  };
  const chooseLogo = async (file: File | undefined) => {
    if (!file) return;
    if (!logoTypes.includes(file.type) && !/\.svg$/i.test(file.name)) return setProblem(t('image.notImage'));
    const prepared = await prepareImage(file);
    if (!prepared.ok) return setProblem(t(`image.${prepared.reason}`));
    const parsed = brandLogoSchema.safeParse({
      src: prepared.src,
      alt: t('brand.logoAlt', { name: getMunicipalityName(document) || file.name }),
      width: prepared.size.width,
      height: prepared.size.height,
    });
    if (!parsed.success) return setProblem(t('image.tooLarge'));
    setProblem(undefined);
    setLogo(parsed.data);
  };
  const documentLogo = getDocumentLogo(document);
  return (
    <section aria-labelledby={`${id}-heading`} className="brand-kits">
      <h3 id={`${id}-heading`}>{t('brand.heading')}</h3>
      <p className="muted">{t('brand.help')}</p>
      <ul>
        {kits.map((kit) => (
          <li key={kit.id}>
            {kit.logo ? (
              <img className="kit-logo" src={kit.logo.src} alt="" />
            ) : (
              <span className="swatches" aria-hidden="true">
                {kit.theme.stepColours.map((c, i) => (
                  <span key={i} style={{ background: c }} />
                ))}
              </span>
            )}
            <span className="kit-name">{kit.name}</span>
            <button
              type="button"
              onClick={() => editor.run(applyBrandKit, { kit })}
              aria-label={t('brand.applyNamed', { name: kit.name })}
            >
              {t('brand.apply')}
            </button>
            <button
              type="button"
              className="remove"
              onClick={() => store(kits.filter((k) => k.id !== kit.id))}
              aria-label={t('brand.remove', { name: kit.name })}
              title={t('brand.remove', { name: kit.name })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!store([...kits, createBrandKit(document, name || document.meta.municipality, logo)])) return;
          setName('');
          setLogo(undefined);
        }}
      >
        <label htmlFor={`${id}-name`}>{t('brand.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          placeholder={document.meta.municipality}
          onChange={(e) => setName(e.target.value)}
        />
        {/* Hidden behind its label, styled as a button, so its text follows the interface language (as for fonts). */}
        <input
          id={`${id}-logo`}
          type="file"
          className="visually-hidden"
          accept=".png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml"
          onChange={(e) => {
            void chooseLogo(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <label htmlFor={`${id}-logo`} className="upload">
          {t('brand.logo')}
        </label>
        {logo ? (
          <p className="kit-logo-choice">
            <img className="kit-logo" src={logo.src} alt={logo.alt} />
            <button type="button" onClick={() => setLogo(undefined)}>
              {t('brand.removeLogo')}
            </button>
          </p>
        ) : (
          documentLogo && <p className="muted">{t('brand.logoFromDocument')}</p>
        )}
        <button type="submit">{t('brand.save')}</button>
      </form>
      {problem && (
        <p className="warn" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
