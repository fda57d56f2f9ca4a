/** What the trapp import dialog opens with: a paste on the canvas, a dropped file, or nothing (from the Fil menu). */
export type ImportStart = { text?: string; html?: string; file?: File };
