import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { REPO_ROOT, startServer, type ParallaxServer } from './server';

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
        const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'parallax.mjs'), 'ingest', data, '--library', library, '--json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
        if (r.status !== 0) throw new Error(`e2e: ingest failed: ${r.stderr}`);
        await use(library);
        rmSync(dir, { recursive: true, force: true });
      },
      { scope: 'worker', timeout: 180_000 },
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
