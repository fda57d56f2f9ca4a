import {
  lazy,
  memo,
  Suspense,
  useImperativeHandle,
  useRef,
  useState,
  type DragEvent,
  type ReactElement,
  type Ref,
} from 'react';
import type { Page } from '@/model/types';
import type { Scene, SceneRef } from '@/scene/primitives';
import type { MessageKey } from '@/i18n/nb';
import { useT } from '../shell/i18nContext';
import { useEditor } from '../shell/editorContext';
import {
  canPlaceOn,
  isPaletteKind,
  paletteKinds,
  placeFromPalette,
  type PaletteKind,
  type PlaceExtra,
} from './paletteItems';

import { PALETTE_MIME, type CanvasDrop } from '@/canvas/useElementDrop';

// The icons' drawings load when the picker is first opened.
const IconPicker = lazy(() => import('./IconPicker'));

type Point = { x: number; y: number };

/** What the palette does for the canvas: places what was dropped on it. */
export type PaletteDrops = { drop: (drop: CanvasDrop) => void };

/**
 * `getTarget`: the page shown and its first sheet, read when a tile is placed (so the palette need not be drawn again at every edit).
 * `getCentre`: the centre of the canvas's view, where a tile chosen by keyboard goes. `pageKind`: the kind of page shown, for which tiles can be placed there.
 * `ref`: the canvas hands its drops to the palette through it.
 */
type Props = {
  getTarget: () => { page: Page; sheet: Scene };
  getCentre: () => Point | undefined;
  pageKind: Page['kind'];
  onPlaced: (ref: SceneRef) => void;
  ref?: Ref<PaletteDrops>;
};

const labelKey = (kind: PaletteKind): MessageKey =>
  kind === 'heading' ? 'palette.heading.item' : (`palette.${kind}` as MessageKey);

/** A small drawing for each tile, in the tile's own 20 by 20 box. */
const TileGlyph = memo(function TileGlyph({ kind }: { kind: PaletteKind }) {
  const common = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6 };
  const shapes: Record<PaletteKind, ReactElement> = {
    step: <path d="M2 18h5v-5h5V8h6" {...common} />,
    band: <rect x="2" y="7" width="16" height="6" rx="1" {...common} />,
    track: <path d="M2 8h16M2 14h16M7 5v12M13 5v12" {...common} />,
    chart: <path d="M3 17V9M8 17V5M13 17v-6M18 17V7" {...common} />,
    text: <path d="M4 5h12M10 5v11" {...common} />,
    heading: <path d="M4 4v12M14 4v12M4 10h10" {...common} strokeWidth={2.4} />,
    rect: <rect x="3" y="5" width="14" height="10" {...common} />,
    roundedRect: <rect x="3" y="5" width="14" height="10" rx="3" {...common} />,
    ellipse: <ellipse cx="10" cy="10" rx="7" ry="5" {...common} />,
    arrow: <path d="M3 10h12M11 6l4 4-4 4" {...common} />,
    line: <path d="M3 15L17 5" {...common} />,
    image: <path d="M3 4h14v12H3zM3 13l4-4 4 4 2-2 4 4" {...common} />,
    logo: <path d="M10 3l2 4 4 1-3 3 1 5-4-2-4 2 1-5-3-3 4-1z" {...common} />,
    icon: <path d="M10 16.5S3 12.6 3 7.9A3.4 3.4 0 0 1 10 6a3.4 3.4 0 0 1 7 1.9c0 4.7-7 8.6-7 8.6z" {...common} />,
    figure: <path d="M3 4h14v12H3zM7 8h2v5M11 8h2v5" {...common} />,
  };
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      {shapes[kind]}
    </svg>
  );
});

/** Tiles to drag onto the page (or choose with Enter, which places at the centre of the view). */
export const Palette = memo(function Palette({ getTarget, getCentre, pageKind, onPlaced, ref }: Props) {
  const t = useT();
  const editor = useEditor();
  const [message, setMessage] = useState<string | undefined>();
  const [iconsOpen, setIconsOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  /** Where a picture goes once its file is chosen, and whether it is a logo. */
  const pendingImage = useRef<{ kind: 'image' | 'logo'; at?: Point }>({ kind: 'image' });

  const place = (kind: PaletteKind, at: Point | undefined, extra?: PlaceExtra) => {
    const { page, sheet } = getTarget();
    const point = at ?? getCentre() ?? { x: sheet.width / 2, y: sheet.height / 2 };
    const result = placeFromPalette(editor, page, sheet, kind, point, t, extra);
    if (result.ok) {
      setMessage(undefined);
      onPlaced(result.ref);
    } else setMessage(t(result.message));
  };
  const chooseImage = (kind: 'image' | 'logo', at?: Point) => {
    pendingImage.current = { kind, at };
    fileInput.current?.click();
  };
  const activate = (kind: PaletteKind, at?: Point) => {
    if (kind === 'image' || kind === 'logo') chooseImage(kind, at);
    else if (kind === 'icon' && !at) setIconsOpen((open) => !open);
    else place(kind, at);
  };

  // The canvas hands drops to the palette. No dependency list: the handle is renewed at each render, so it never calls an old render's functions.
  useImperativeHandle(ref, () => ({
    drop: (drop) => {
      const { at } = drop;
      if ('images' in drop) return void placeImages(drop.images, at);
      if (drop.payload.startsWith('icon:')) place('icon', at, { icon: drop.payload.slice(5) });
      else if (isPaletteKind(drop.payload)) activate(drop.payload, at);
    },
  }));
  // Pictures dragged from the disk: each one placed, a little below and right of the one before.
  const placeImages = async (files: File[], at: Point) => {
    for (const [i, file] of files.entries())
      await onFile(file, { kind: 'image', at: { x: at.x + i * 24, y: at.y + i * 24 } });
  };

  const onFile = async (file: File | undefined, target = pendingImage.current) => {
    if (!file) return;
    // The picture reader (size limits, SVG cleaning) loads with the first picture, not with the editor.
    const { prepareImage } = await import('@/storage/images');
    const prepared = await prepareImage(file);
    if (!prepared.ok) return setMessage(t(`image.${prepared.reason}`));
    const { kind, at } = target;
    place(kind, at, {
      image: {
        src: prepared.src,
        width: prepared.size.width,
        height: prepared.size.height,
        alt: file.name.replace(/\.[^.]+$/, ''),
      },
    });
    if (prepared.resizedFrom)
      setMessage(t('image.resized', { width: prepared.size.width, height: prepared.size.height }));
    else if (prepared.removed?.length) setMessage(t('image.removed', { names: prepared.removed.join(', ') }));
  };

  const dragStart = (payload: string) => (event: DragEvent) => {
    event.dataTransfer.setData(PALETTE_MIME, payload);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <section className="palette" aria-label={t('palette.heading')}>
      <ul className="palette-tiles" role="list">
        {paletteKinds.map((kind) => {
          // Still focusable and clickable (it says why not), but drawn as not available here.
          const here = canPlaceOn(kind, { kind: pageKind });
          return (
            <li key={kind}>
              <button
                type="button"
                className="palette-tile"
                draggable={here}
                aria-disabled={!here || undefined}
                onDragStart={dragStart(kind)}
                onClick={() => activate(kind)}
                title={`${t(labelKey(kind))}. ${t(here ? 'palette.hint' : 'palette.notHere')}`}
                aria-expanded={kind === 'icon' ? iconsOpen : undefined}
              >
                <TileGlyph kind={kind} />
                <span>{t(labelKey(kind))}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {iconsOpen && (
        <Suspense fallback={null}>
          <IconPicker
            onDragStart={(name) => dragStart(`icon:${name}`)}
            onPick={(name) => {
              setIconsOpen(false);
              place('icon', undefined, { icon: name });
            }}
          />
        </Suspense>
      )}
      <input
        ref={fileInput}
        type="file"
        hidden
        accept="image/png,image/jpeg,image/svg+xml,.svg"
        aria-label={t('palette.chooseImage')}
        onChange={(e) => {
          void onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {message && (
        <p className="palette-message" role="status">
          {message}
        </p>
      )}
    </section>
  );
});
