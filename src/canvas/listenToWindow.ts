type WindowListeners = { [K in keyof WindowEventMap]?: (event: WindowEventMap[K]) => void };

/** Listens to several of the window's events at once; the function returned stops them all (an effect's cleanup). */
export function listenToWindow(listeners: WindowListeners): () => void {
  const entries = Object.entries(listeners) as [string, EventListener][];
  for (const [type, listener] of entries) window.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of entries) window.removeEventListener(type, listener);
  };
}
