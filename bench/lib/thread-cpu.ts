import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time (user + system, ms) of each thread of this process, by thread id, from
 * /proc/self/task (Linux; empty elsewhere). CPU time holds still on a shared, loaded machine
 * where wall time does not, so a cost is compared by it. The main thread's id is the pid.
 */
export function threadCpu(): Map<number, number> {
  const out = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const s = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      // utime and stime, in clock ticks of 10 ms.
      out.set(Number(tid), (Number(f[11]) + Number(f[12])) * 10);
    } catch {
      // The thread ended between listing and reading: its time is gone with it.
    }
  }
  return out;
}

/**
 * Watches the threads of this process while work runs: CPU ms of the main thread, of the
 * threads that existed before (V8's platform threads: mostly garbage collection, libuv's pool)
 * and of those started meanwhile (worker threads), sampled every 50 ms so a worker that ends
 * before `stop` still counts (less its last few ms); with the peak resident set and the library
 * thread's heap at that moment.
 */
export function watchThreads(): { stop(): { main: number; platform: number; workers: number; rssMb: number; heapMb: number } } {
  const before = threadCpu();
  const last = new Map<number, number>();
  let rss = 0;
  let heap = 0;
  const sample = () => {
    for (const [tid, ms] of threadCpu()) last.set(tid, ms);
    const m = process.memoryUsage();
    if (m.rss > rss) [rss, heap] = [m.rss, m.heapTotal];
  };
  const timer = setInterval(sample, 50);
  return {
    stop() {
      clearInterval(timer);
      sample();
      let platform = 0;
      let workers = 0;
      for (const [tid, ms] of last) {
        if (tid === process.pid) continue;
        if (before.has(tid)) platform += ms - before.get(tid)!;
        else workers += ms;
      }
      return { main: (last.get(process.pid) ?? 0) - (before.get(process.pid) ?? 0), platform, workers, rssMb: rss / 2 ** 20, heapMb: heap / 2 ** 20 };
    },
  };
}
