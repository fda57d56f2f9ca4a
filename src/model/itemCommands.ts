import type { Draft } from 'immer';
import { defineCommand } from './command';
import { checkHref, type HrefRefusal } from './links';
import type { ChildItem, Item, TrappDocument } from './types';

/** Every item of every step (commitments and sections, children included), in reading order. */
export function getAllItems(doc: TrappDocument): { stepId: string; item: Item | ChildItem }[] {
  const found: { stepId: string; item: Item | ChildItem }[] = [];
  for (const step of doc.steps) {
    const lists = [step.commitments.items, ...step.sections.map((section) => section.items)];
    for (const items of lists) {
      for (const item of items) {
        found.push({ stepId: step.id, item });
        for (const child of item.items ?? []) found.push({ stepId: step.id, item: child });
      }
    }
  }
  return found;
}

function findDraftItem(doc: Draft<TrappDocument>, itemId: string): Draft<Item | ChildItem> | undefined {
  return getAllItems(doc as TrappDocument).find((entry) => entry.item.id === itemId)?.item as
    Draft<Item | ChildItem> | undefined;
}

/** `href: null` takes the link away; an empty href keeps the link without an address, for the user to fill. */
export type SetItemLinkArgs = { itemId: string; text: string; href: string | null };

export type LinkRefusal = HrefRefusal | 'noText' | 'noItem';

/** Why `setItemLink` would refuse these arguments, or the address it would store. The UI shows `link.refused.<reason>`. */
export function checkItemLink(
  doc: TrappDocument,
  { itemId, text, href }: SetItemLinkArgs,
): { ok: true; href: string | null } | { ok: false; reason: LinkRefusal } {
  if (!getAllItems(doc).some((entry) => entry.item.id === itemId)) return { ok: false, reason: 'noItem' };
  if (text.trim() === '') return { ok: false, reason: 'noText' };
  if (href === null || href.trim() === '') return { ok: true, href: href === null ? null : '' };
  const checked = checkHref(href);
  return checked.ok ? { ok: true, href: checked.href } : checked;
}

/**
 * Sets the address of the link on `text` in an item, adding the link if it is new. An unsafe
 * address (javascript:, data:, ...) changes nothing and so enters no history; call
 * `checkItemLink` first to tell the user why.
 */
export const setItemLink = defineCommand<SetItemLinkArgs>(
  'setItemLink',
  (doc, args) => {
    const checked = checkItemLink(doc as TrappDocument, args);
    const item = findDraftItem(doc, args.itemId);
    if (!checked.ok || !item) return;
    const links = item.links ?? [];
    const index = links.findIndex((link) => link.text === args.text);
    if (checked.href === null) {
      if (index < 0) return;
      links.splice(index, 1);
      if (links.length === 0) delete item.links;
      return;
    }
    if (index >= 0) links[index].href = checked.href;
    else item.links = [...links, { text: args.text, href: checked.href }];
  },
  () => ({ key: 'history.setItemLink' }),
);
