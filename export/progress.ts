/** How long work reports on itself and learns it should stop. */
export type Progress = { onProgress?: (fraction: number) => void; signal?: AbortSignal };

export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelled';
  }
}

/** Reports progress, yields to the event loop so the page can repaint and take a click on "Avbryt", then checks for it. */
export async function checkCancelled(progress: Progress, fraction: number): Promise<void> {
  progress.onProgress?.(fraction);
  if (progress.onProgress || progress.signal) await new Promise((resolve) => setTimeout(resolve, 0));
  if (progress.signal?.aborted) throw new ExportCancelled();
}
