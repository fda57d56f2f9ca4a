// A command-line tool whose reader has gone (`npm run export ... | head -1`) stops quietly: the
// files are already written when it prints, and a closed pipe is not a failure to report.

/** Makes a write to a closed standard output end the process with exit code 0 instead of an error. */
export function exitQuietlyOnClosedOutput(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
