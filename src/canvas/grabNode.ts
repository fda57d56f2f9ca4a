/**
 * The React Flow fields of a small square the user grabs on the canvas (a chart's handle, a
 * connector's end): centred on `centre`, draggable, never selected, drawn above the scene at `zIndex`.
 * Its size is left to the caller: handles give React Flow a known size, connector ends only a width
 * and height, since their edges need the connection handles React Flow measures.
 */
export function grabNode<Type extends string, Data>(
  id: string,
  type: Type,
  centre: { x: number; y: number },
  size: number,
  data: Data,
  zIndex: number,
  ariaLabel: string,
) {
  const position = { x: centre.x - size / 2, y: centre.y - size / 2 };
  return { id, type, position, data, draggable: true, selectable: false, zIndex, ariaLabel };
}
