// Short step pages on one sheet: a municipality with thirteen steps, most with a handful of
// services, prints four or five sheets instead of thirteen mostly empty ones.
import { translateNode } from './offsets';
import type { Scene, SceneNode } from './primitives';

/** The running line at the foot of a step sheet: a shared sheet keeps one. */
const isRunning = (node: SceneNode) => node.id.startsWith('running:');

/** How far down a sheet's content reaches, its running line aside. */
function getContentBottom(scene: Scene): number {
  return Math.max(0, ...scene.nodes.filter((node) => !isRunning(node)).map((node) => node.y + node.h));
}

/**
 * Stacks each run of consecutive sheets that may share (`shareable[i]`) onto as few sheets as hold
 * them, `gap` apart, above the first one's running line; every other sheet stays as it is.
 */
export function shareSheets(sheets: readonly Scene[], shareable: readonly boolean[], gap: number): Scene[] {
  const result: Scene[] = [];
  let open: { scene: Scene; cursor: number; limit: number } | undefined;
  sheets.forEach((sheet, index) => {
    if (!shareable[index]) {
      open = undefined;
      result.push(sheet);
      return;
    }
    const bottom = getContentBottom(sheet);
    if (open && open.cursor + bottom <= open.limit) {
      const moved = sheet.nodes.filter((node) => !isRunning(node)).map((node) => translateNode(node, 0, open!.cursor));
      open.scene = { ...open.scene, nodes: [...open.scene.nodes, ...moved] };
      open.cursor += bottom + gap;
      result[result.length - 1] = open.scene;
      return;
    }
    const running = sheet.nodes.find(isRunning);
    open = { scene: sheet, cursor: bottom + gap, limit: (running ? running.y : sheet.height) - gap };
    result.push(sheet);
  });
  return result;
}
