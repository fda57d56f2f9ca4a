// The command line (export/cli.ts) with its peak memory written to $TRAPPA_RSS_FILE when it exits,
// so the corpus runs can hold each export to its memory limit without GNU time.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.TRAPPA_RSS_FILE) writeFileSync(process.env.TRAPPA_RSS_FILE, String(process.resourceUsage().maxRSS));
});
await import('../../export/cli.ts');
