import type { MessageKey } from '@/i18n/nb';
import { SharingError } from '@/storage/sharingApi';

/** The sentence for a failed sharing call; anything that is not a SharingError is a plain failure. */
export function sharingErrorKey(error: unknown): MessageKey {
  return `sharing.error.${error instanceof SharingError ? error.code : 'failed'}`;
}
