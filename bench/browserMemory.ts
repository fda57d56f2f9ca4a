// Peak memory of the browser during a piece of work: every 25 ms, the proportional set size (Pss in
// /proc/<pid>/smaps_rollup, shared pages split between sharers) of every process of the browser (the
// children of this Node process), summed. Sampled in a worker thread: one sample takes about 20 ms
// of system time, so every 25 ms on the bench's own thread it kept Playwright's messages waiting,
// and with them the click-to-file times measured beside it.
import { Worker } from 'node:worker_threads';

const SAMPLER = `
const { readdirSync, readFileSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
function getBrowserProcesses() {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ")".
      const stat = readFileSync('/proc/' + name + '/stat', 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {} // the process ended while we looked
  }
  const found = [];
  const visit = (pid) => { for (const [child, parent] of parents) if (parent === pid) found.push(child), visit(child); };
  visit(workerData.root);
  return found;
}
function getBrowserMemory() {
  let kb = 0;
  for (const pid of getBrowserProcesses()) {
    try { kb += Number(/^Pss:\\s+(\\d+)/m.exec(readFileSync('/proc/' + pid + '/smaps_rollup', 'utf8'))?.[1] ?? 0); } catch {} // gone, or not ours to read
  }
  return kb * 1024;
}
/** User and system CPU time of the browser's processes so far, in ms (/proc counts in 1/100 s). */
function getBrowserCpu() {
  let ticks = 0;
  for (const pid of getBrowserProcesses()) {
    try {
      const fields = readFileSync('/proc/' + pid + '/stat', 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {}
  }
  return ticks * 10;
}
let peak = getBrowserMemory();
const cpu = getBrowserCpu();
parentPort.postMessage(peak);
const timer = setInterval(() => (peak = Math.max(peak, getBrowserMemory())), 25);
parentPort.on('message', () => {
  clearInterval(timer);
  parentPort.postMessage([Math.max(peak, getBrowserMemory()), getBrowserCpu() - cpu]);
});
`;

/**
 * Runs `work` while sampling the browser's memory; returns its result, the peak and the level
 * before, and the CPU time the browser used meanwhile (which, unlike the time taken, hardly
 * depends on what else the machine is doing).
 */
export async function withPeakMemory<T>(work: () => Promise<T>) {
  const worker = new Worker(SAMPLER, { eval: true, workerData: { root: process.pid } });
  const next = <M>() =>
    new Promise<M>((resolve, reject) => (worker.once('message', resolve), worker.once('error', reject)));
  try {
    const before = await next<number>();
    const result = await work();
    const end = next<[number, number]>();
    worker.postMessage('stop');
    const [peak, cpuMs] = await end;
    return { result, before, peak, cpuMs };
  } finally {
    await worker.terminate();
  }
}
