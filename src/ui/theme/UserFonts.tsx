import { useId, useState } from 'react';
import { readFontFileInfo } from '@/layout/userFonts';
import { bytesToBase64 } from '@/model/base64';
import { MAX_FONT_BYTES } from '@/model/schemaConstants';
import { addUserFont, removeUserFont } from '@/model/themeCommands';
import type { UserFont } from '@/model/types';
import { useT } from '../shell/i18nContext';
import { useEditor, useEditorDocument } from '../shell/editorContext';

const MAX_FONTS = 12;

const NO_FONTS: readonly UserFont[] = [];

/** Upload a TTF into the document, see the uploaded fonts and remove them. */
export function UserFonts() {
  const editor = useEditor();
  const fonts = useEditorDocument((d) => d.fonts ?? NO_FONTS);
  const t = useT();
  const id = useId();
  const [message, setMessage] = useState<{ text: string; problem: boolean } | undefined>();

  async function upload(file: File) {
    if (file.size > MAX_FONT_BYTES)
      return setMessage({ text: t('fonts.problem.tooLarge', { size: MAX_FONT_BYTES / 1024 / 1024 }), problem: true });
    if (fonts.length >= MAX_FONTS)
      return setMessage({ text: t('fonts.problem.tooMany', { count: MAX_FONTS }), problem: true });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const info = readFontFileInfo(bytes);
    if ('problem' in info) return setMessage({ text: t(`fonts.problem.${info.problem}`), problem: true });
    editor.run(addUserFont, { font: { ...info, data: bytesToBase64(bytes) } });
    setMessage({ text: t('fonts.added', { family: info.family, weight: info.weight }), problem: false });
  }

  return (
    <div className="user-fonts">
      <h4>{t('fonts.heading')}</h4>
      <p className="muted">{t('fonts.help')}</p>
      <ul>
        {fonts.map((font) => (
          <li key={`${font.family}:${font.weight}`} style={{ fontFamily: `'${font.family}'`, fontWeight: font.weight }}>
            {t('fonts.item', { family: font.family, weight: font.weight })}
            <button
              type="button"
              className="remove"
              aria-label={t('fonts.remove', { family: font.family, weight: font.weight })}
              title={t('fonts.remove', { family: font.family, weight: font.weight })}
              onClick={() => editor.run(removeUserFont, font)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {/* The file input is hidden behind its label, styled as a button, so its text follows the interface language. */}
      <input
        id={id}
        type="file"
        className="visually-hidden"
        accept=".ttf,.otf,font/ttf,font/otf"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void upload(file);
        }}
      />
      <label htmlFor={id} className="upload">
        {t('fonts.upload')}
      </label>
      {message && (
        <p className={message.problem ? 'warn' : 'muted'} role={message.problem ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
