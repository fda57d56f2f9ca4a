// The toolbar is a memo: selecting something on the canvas (which draws the app shell again) must
// not draw it again, while an edit it shows (undo becomes possible) does. React commits are counted
// through the devtools hook, which React calls in production builds too (as presence.test.mjs does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openEditor, useBrowser } from './browser.mjs';

const browser = useBrowser();

/** Counts the commits in which the toolbar (the component with `onPresent` and `onDataTable` props) rendered. */
function countToolbarRenders() {
  const counts = { commits: 0, toolbar: 0 };
  window.__renders = counts;
  const isToolbar = (p) => p && typeof p === 'object' && 'onPresent' in p && 'onDataTable' in p;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      this.renderers.set(1, renderer);
      return 1;
    },
    onCommitFiberRoot(_id, root) {
      counts.commits++;
      let seen = false;
      const stack = [root.current];
      while (stack.length) {
        const fiber = stack.pop();
        // PerformedWork (1): the fiber rendered in this commit; a subtree a parent bailed out of is skipped.
        if (fiber.flags & 1 && isToolbar(fiber.memoizedProps)) seen = true;
        if (fiber.alternate && fiber.child === fiber.alternate.child) continue;
        for (let child = fiber.child; child; child = child.sibling) stack.push(child);
      }
      if (seen) counts.toolbar++;
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
  };
}

const renders = (page) => page.evaluate(() => ({ ...window.__renders }));

test('selecting on the canvas leaves the toolbar alone; an edit draws it again', async () => {
  const context = await browser.newContext();
  await context.addInitScript(countToolbarRenders);
  const { page, errors } = await openEditor(context);
  const start = await renders(page);
  assert.ok(start.toolbar > 0, 'the toolbar was seen when the app was first drawn');

  await page.getByRole('img', { name: /^Trinn 3:/ }).click();
  const inspector = page.getByRole('complementary');
  await inspector.getByRole('heading', { name: 'Trinn 3' }).waitFor();
  const selected = await renders(page);
  assert.ok(selected.commits > start.commits, 'selecting committed');
  assert.equal(selected.toolbar, start.toolbar, 'selecting a step did not draw the toolbar again');

  await inspector.getByLabel('Tittel', { exact: true }).fill('Tidlig innsats for alle');
  await page.locator('button:not([disabled])', { hasText: 'Angre' }).first().waitFor();
  const edited = await renders(page);
  assert.ok(edited.toolbar > selected.toolbar, 'an edit that enables undo drew the toolbar');
  assert.deepEqual(errors, []);
  await context.close();
});
