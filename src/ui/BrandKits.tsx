import { useId, useState } from 'react';
import type { Editor } from '@/model/editor';
import { applyBrandKit, createBrandKit, type BrandKit } from '@/model/brandKit';
import type { TrappDocument } from '@/model/types';
import { readBrandKits, writeBrandKits } from './brandKitStore';
import { useT } from './i18nContext';

/** Save the document's look as a brand kit once; apply any saved kit to any document. */
export function BrandKits({ editor, document }: { editor: Editor; document: TrappDocument }) {
  const t = useT();
  const id = useId();
  const [kits, setKits] = useState<BrandKit[]>(readBrandKits);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const store = (next: BrandKit[]) => {
    if (!writeBrandKits(next)) return setProblem(t('brand.full'));
    setProblem(undefined);
    setKits(next);
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="brand-kits">
      <h3 id={`${id}-heading`}>{t('brand.heading')}</h3>
      <p className="muted">{t('brand.help')}</p>
      <ul>
        {kits.map((kit) => (
          <li key={kit.id}>
            <span className="swatches" aria-hidden="true">
              {kit.theme.stepColours.map((c, i) => (
                <span key={i} style={{ background: c }} />
              ))}
            </span>
            <span className="kit-name">{kit.name}</span>
            <button type="button" onClick={() => editor.run(applyBrandKit, { kit })} aria-label={t('brand.applyNamed', { name: kit.name })}>{t('brand.apply')}</button>
            <button type="button" className="remove" onClick={() => store(kits.filter((k) => k.id !== kit.id))} aria-label={t('brand.remove', { name: kit.name })} title={t('brand.remove', { name: kit.name })}>×</button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          store([...kits, createBrandKit(document, name || document.meta.municipality)]);
          setName('');
        }}
      >
        <label htmlFor={`${id}-name`}>{t('brand.name')}</label>
        <input id={`${id}-name`} type="text" value={name} placeholder={document.meta.municipality} onChange={(e) => setName(e.target.value)} />
        <button type="submit">{t('brand.save')}</button>
      </form>
      {problem && <p className="warn" role="alert">{problem}</p>}
    </section>
  );
}
