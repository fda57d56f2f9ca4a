// The palette's icon choices: loaded when the picker is first opened, with the icons' drawings
// (Lucide's data is not part of the first page load).
import type { DragEvent } from 'react';
import { iconNames, placeIcon } from '@/layout/icons';
import { formatPathData } from '@/scene/formatPathData';
import type { MessageKey } from '@/i18n/nb';
import { useT } from '../shell/i18nContext';

type Props = {
  onDragStart: (name: string) => (event: DragEvent) => void;
  onPick: (name: string) => void;
};

export default function IconPicker({ onDragStart, onPick }: Props) {
  const t = useT();
  return (
    <div className="icon-picker" role="group" aria-label={t('palette.chooseIcon')}>
      {iconNames.map((name) => (
        <button
          key={name}
          type="button"
          draggable
          onDragStart={onDragStart(name)}
          aria-label={t(`icon.${name}` as MessageKey)}
          title={t(`icon.${name}` as MessageKey)}
          onClick={() => onPick(name)}
        >
          <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
            <path
              d={formatPathData(placeIcon(name, { x: 0, y: 0, w: 24, h: 24 })!.segments)}
              fill="none"
              stroke="currentColor"
              strokeWidth={2}
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </button>
      ))}
    </div>
  );
}
