import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/core/ingest/extract/index';
import { splitLines } from '../src/core/ingest/extract/segment';
import { corpusFile, readCorpus } from './lib/corpus';
import { SHARED } from './lib/paths';
import { report, summarise, timeRuns } from './lib/measure';

const PAGE_BYTES = 100_000;
const RUNS = 30;

/**
 * A 100 kB page as a select-all copy gives it: a menu, the headline and date, the article
 * (real German reports from the shared corpus, one paragraph per sentence pair), teasers of
 * other articles, numbered reader comments and a footer, repeated until the page holds 100 kB.
 */
function page(): string {
  const records = readCorpus(corpusFile(1028));
  const out: string[] = ['Startseite', 'Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Panorama', 'Suche', ''];
  for (let k = 0; out.join('\n').length < PAGE_BYTES; k++) {
    const r = records[k % records.length]!;
    out.push(r.title, '', `${1 + (k % 28)}. April 2025, 09:${String(10 + (k % 50)).padStart(2, '0')} Uhr`, '');
    const sentences = r.text.split(/(?<=[.!?])\s+/);
    for (let s = 0; s < sentences.length; s += 2) out.push(sentences.slice(s, s + 2).join(' '), '');
    out.push('Mehr zum Thema', ...records.slice(k + 1, k + 5).map((t) => t.title), '', `${k % 9} Kommentare`);
    for (let c = 0; c < 3; c++) out.push(`${c + 1}. Leser${c} 12. April 2025 um 1${c}:05 Uhr - Antworten`, sentences[c] ?? 'Gut.', '');
  }
  out.push('Impressum', 'Datenschutz', '© 2025 Beispielverlag');
  return out.join('\n');
}

/**
 * Issue 11's figure: extracting a 100 kB page text (goal: median ≤ 10 ms), beside the cost of
 * only cutting the same text into lines; a 50 MB single line; and, where the public web benchmark is at hand, the
 * median time per page over its 658 real pages.
 */
export async function run(): Promise<void> {
  const text = page();
  const lines = summarise(await timeRuns(RUNS, () => splitLines(text), 3));
  const t = summarise(await timeRuns(RUNS, () => extract({ text, format: 'text' }), 3));
  report({
    scenario: 'extract', metric: `one ${Math.round(text.length / 1000)} kB page text`, median: t.median, p95: t.p95, unit: 'ms', n: t.n,
    baseline: { name: 'splitting it into lines', median: lines.median }, goal: 'median ≤ 10 ms',
  });
  const huge = 'word '.repeat(10 * 1024 * 1024);
  const h = summarise(await timeRuns(3, () => extract({ text: huge, format: 'text' }), 0));
  report({ scenario: 'extract', metric: 'one 50 MB single line (no stage may be superlinear)', median: h.median / 1000, unit: 's', n: h.n, goal: 'seconds' });
  const web = join(SHARED, 'bench-data', 'web');
  if (!existsSync(web)) return;
  const pages = readdirSync(web).filter((d) => existsSync(join(web, d, 'input.txt'))).map((d) => readFileSync(join(web, d, 'input.txt'), 'utf8'));
  const per = await timeRuns(pages.length, (i) => extract({ text: pages[Math.max(0, i)]!, format: 'text' }), 1);
  const w = summarise(per);
  report({ scenario: 'extract', metric: `web benchmark pages (${pages.length}, median ${Math.round(pages.map((p) => p.length).sort((a, b) => a - b)[pages.length >> 1]! / 1000)} kB)`, median: w.median, p95: w.p95, unit: 'ms', n: w.n });
}
