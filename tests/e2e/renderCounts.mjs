// Counting React's renders in the page, through the devtools hook (React calls it in production
// builds too): per commit, whether a component rendered, each component known by the props it takes.

/**
 * Run in the page before the app (`context.addInitScript(countRenders, markers)`). `markers` names
 * components by their props, e.g. `{ canvas: ['sheets', 'pageKey'] }`; `window.__renders` then
 * counts the commits, and for each name the commits in which such a component rendered: a fiber
 * rendered when it was reached without a bailed-out parent and carries React's PerformedWork flag (1).
 */
export function countRenders(markers) {
  const counts = { commits: 0 };
  for (const name of Object.keys(markers)) counts[name] = 0;
  window.__renders = counts;
  const matches = (props, keys) => props && typeof props === 'object' && keys.every((key) => key in props);
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      this.renderers.set(1, renderer);
      return 1;
    },
    onCommitFiberRoot(_id, root) {
      counts.commits++;
      const seen = new Set();
      const stack = [root.current];
      while (stack.length) {
        const fiber = stack.pop();
        if (fiber.flags & 1)
          for (const [name, keys] of Object.entries(markers)) if (matches(fiber.memoizedProps, keys)) seen.add(name);
        if (fiber.alternate && fiber.child === fiber.alternate.child) continue;
        for (let child = fiber.child; child; child = child.sibling) stack.push(child);
      }
      for (const name of seen) counts[name]++;
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
  };
}

/** The counts so far: `{ commits, <name>: … }`. */
export const readRenders = (page) => page.evaluate(() => ({ ...window.__renders }));
