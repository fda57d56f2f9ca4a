// Runs the command-line export over corpus files, each in its own process with a time limit, and
// reads what a server operator would care about: exit code, stack traces, time and peak memory.
//
//   node tests/hostile/runCorpusCli.mjs [--sample 2] [--format pdf]   (the whole corpus by default)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iterateCorpus, sampleCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The limits: an export within 30 s and 1 GB (a hang is cut off after 65 s). */
export const LIMITS = { ms: 30_000, rssKb: 1024 * 1024 };
/** What a Node or V8 crash prints: a stack frame, an uncaught error's name, a fatal error. */
export const crashPattern =
  /^\s+at |\n\s+at |Error: .*\n\s+at |FATAL ERROR|node:internal|Uncaught|RangeError|TypeError|ReferenceError/;

/** One export of `file` (a path) in its own process: exit code, output, milliseconds and peak memory in KB. */
export function runCli(file, args, dir) {
  const rssFile = join(dir, `rss-${Math.random().toString(36).slice(2)}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/hostile/measuredCli.mjs', file, ...args], {
      cwd: root,
      env: { ...process.env, TRAPPA_RSS_FILE: rssFile },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 65_000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      let rssKb;
      try {
        rssKb = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        rssKb = undefined;
      }
      resolve({ status, signal, stdout, stderr, ms: Date.now() - started, rssKb });
    });
  });
}

/** Every way a run broke the rules, as sentences; empty when it held. */
export function checkRun(run) {
  const broken = [];
  if (run.status !== 0 && run.status !== 2) broken.push(`exit ${run.status ?? run.signal}`);
  if (crashPattern.test(run.stdout + run.stderr))
    broken.push(`crash output: ${(run.stderr || run.stdout).slice(0, 300)}`);
  if (run.ms > LIMITS.ms) broken.push(`${run.ms} ms`);
  if (!(run.rssKb > 0)) broken.push('no memory reading');
  else if (run.rssKb > LIMITS.rssKb) broken.push(`${Math.round(run.rssKb / 1024)} MB`);
  return broken;
}

/** Runs `files` two at a time (the machine's cores); returns each run with its file name. */
export async function runCorpus(files, args, { concurrency = 2 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'trappa-hostile-'));
  const results = [];
  // Pulled one at a time: the whole corpus is hundreds of megabytes of text.
  const queue = files[Symbol.iterator]();
  const worker = async () => {
    for (let next = queue.next(); !next.done; next = queue.next()) {
      const file = next.value;
      const path = join(dir, `${file.name.replace('/', '--')}.trapp.json`);
      writeFileSync(path, file.text);
      const out = join(dir, `${file.name.replace('/', '--')}.out`);
      const run = await runCli(path, [...args, '--out', out], dir);
      rmSync(path, { force: true });
      rmSync(out, { force: true, recursive: true });
      results.push({ name: file.name, ...run, broken: checkRun(run) });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  rmSync(dir, { recursive: true, force: true });
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) =>
    process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback;
  const sample = arg('--sample');
  const format = arg('--format', 'pdf');
  const started = Date.now();
  const results = await runCorpus(sample ? sampleCorpus(Number(sample)) : iterateCorpus(), ['--format', format]);
  const slowest = [...results].sort((a, b) => b.ms - a.ms)[0];
  const largest = [...results].sort((a, b) => (b.rssKb ?? 0) - (a.rssKb ?? 0))[0];
  const broken = results.filter((r) => r.broken.length);
  for (const r of broken) process.stdout.write(`BROKEN ${r.name}: ${r.broken.join('; ')}\n`);
  process.stdout.write(
    `${results.length} runs (${format}) in ${Math.round((Date.now() - started) / 1000)} s: ${results.filter((r) => r.status === 0).length} exported, ${results.filter((r) => r.status === 2).length} refused, ${broken.length} broken; ` +
      `slowest ${slowest?.name} ${slowest?.ms} ms; most memory ${largest?.name} ${Math.round((largest?.rssKb ?? 0) / 1024)} MB\n`,
  );
  process.exit(broken.length ? 1 : 0);
}
