import type { Scene } from '@/scene/primitives';
import { primitivesToReact } from './primitivesToReact';

/** A whole scene as one inline SVG (thumbnails), drawn with the canvas's own element builder. */
export function SceneSvg({ scene, label }: { scene: Scene; label: string }) {
  return (
    <svg viewBox={`0 0 ${scene.width} ${scene.height}`} role="img" aria-label={label} className="scene-svg">
      <rect width={scene.width} height={scene.height} fill={scene.background} />
      {scene.nodes.map((node) => (
        <g key={node.id}>{primitivesToReact(node.primitives)}</g>
      ))}
    </svg>
  );
}
