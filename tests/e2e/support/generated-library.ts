import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { hostCpuMs, REPO_ROOT, startServer, type ParallaxServer } from './server';

/**
 * How much CPU (all its threads) `parallax ingest` may use building a library before we give
 * up: CPU time, as for the host's start (`server.ts`), since under load an ingest took 2 min 38 s
 * of wall time against a 180 s wall limit, while the largest (scale, 3,005 reports) needs ~9 s
 * of CPU (views-progress's 2,000: ~8 s).
 */
const INGEST_CPU_MS = 90_000;
/** An ingest whose CPU time does not move for this long is blocked, however loaded the machine. */
const INGEST_STALL_MS = 60_000;
/** How often the ingest's CPU time is read. */
const CPU_LOOK_MS = 1_000;

/**
 * Runs `parallax ingest <data> --library <library>`; rejects with its output if it fails, uses
 * more than `INGEST_CPU_MS` of CPU, or uses none for `INGEST_STALL_MS` (then it is killed).
 */
async function ingest(data: string, library: string): Promise<void> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'parallax.mjs'), 'ingest', data, '--library', library, '--json'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  await new Promise<void>((resolve, reject) => {
    let cpuBefore = -1;
    let movedAt = Date.now();
    const giveUp = (why: string) => {
      clearInterval(look);
      child.kill('SIGKILL');
      reject(new Error(`e2e: parallax ingest ${why}\n${stderr}`));
    };
    const look = setInterval(() => {
      const cpu = hostCpuMs(child.pid);
      if (cpu === null) return;
      if (cpu >= INGEST_CPU_MS) giveUp(`used ${Math.round(cpu)} ms of CPU without finishing`);
      else if (cpu > cpuBefore) (cpuBefore = cpu), (movedAt = Date.now());
      else if (Date.now() - movedAt >= INGEST_STALL_MS) giveUp(`used no CPU for ${INGEST_STALL_MS} ms (blocked)`);
    }, CPU_LOOK_MS);
    child.once('exit', (code, signal) => {
      clearInterval(look);
      if (code === 0) resolve();
      else reject(new Error(`e2e: ingest failed (code ${code}, signal ${signal}): ${stderr}`));
    });
    child.once('error', (e) => (clearInterval(look), reject(e)));
  });
}

/**
 * A test whose library is built once per worker from generated JSON Lines records by the real
 * `parallax ingest` (in a temporary folder), and whose server opens it. For specs that need more
 * reports than the seeds: the records are invented text, so nothing licensed is shipped.
 */
export function withGeneratedLibrary(prefix: string, records: () => string[]) {
  return base.extend<{ server: ParallaxServer }, { library: string }>({
    library: [
      async ({}, use) => {
        const dir = mkdtempSync(join(tmpdir(), `parallax-${prefix}-`));
        const data = join(dir, 'reports.jsonl');
        writeFileSync(data, records().join('\n'));
        const library = join(dir, 'library.sqlite');
        await ingest(data, library);
        await use(library);
        rmSync(dir, { recursive: true, force: true });
      },
      // No wall-time limit: `ingest` gives up by the ingest's CPU time, or when it is blocked.
      { scope: 'worker', timeout: 0 },
    ],
    server: async ({ library }, use) => {
      const server = await startServer({ libraryPath: library });
      try {
        await use(server);
      } finally {
        await server.stop();
      }
    },
  });
}

const CITIES = ['Lindenau', 'Korvhafen', 'Altmark', 'Severin', 'Dornbach', 'Ostrau', 'Feldberg', 'Maresund'];
const PEOPLE = ['Mara Velden', 'Jonas Brekke', 'Ilse Tamm', 'Piotr Adamek', 'Lena Sorvik', 'Amir Haddad', 'Tove Lindqvist', 'Rafael Ortiz'];

/**
 * Invented report `r` (a JSON Lines record) of a harbour dispute told in `stories` stories, with
 * the first `names` towns and people (at most 8): each story has its days, town and people, so the
 * views find events, people and stories in them.
 */
export function harbourRecord(r: number, stories: number, names: number): string {
  const cities = CITIES.slice(0, names), people = PEOPLE.slice(0, names);
  const story = r % stories;
  const city = cities[story % cities.length]!, person = people[(story + r) % people.length]!;
  const day = new Date(Date.UTC(2024, 0, 1 + story * 3 + (r % 3))).toISOString().slice(0, 10);
  const text = [
    `${person} sprach am ${day} in ${city} über den Streit Nummer ${story} um den Hafen.`,
    `Der Rat von ${city} beriet den Fall ${story} mit ${people[story % people.length]} und ${people[(story + 3) % people.length]}.`,
    `Bericht ${r} nennt weitere Einzelheiten zur Lage in ${city} und zur Rolle von ${person}.`,
  ].join(' ');
  return JSON.stringify({ id: `r${r}`, title: `Hafenstreit ${story} in ${city}, Bericht ${r}`, site: `site${r % 7}.example`, published: day, text });
}
