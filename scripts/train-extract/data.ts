/**
 * The training pages: both public benchmarks, each line labelled where the gold says what it
 * is. Web pages (`web/`): a line holding a `with` snippet is main text, one holding a `without`
 * snippet is not (unless it also holds a `with` one: the scorer matches substrings, so a short
 * furniture snippet inside a paragraph teaches nothing); other lines are unlabelled. Readability
 * pages (`extraction/`): a line is main text when its text is one of the gold body paragraphs
 * or lies inside one, else not.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitLines, type Line } from '../../src/core/ingest/extract/segment';

/** The gold of a page, as the two scorers read it. */
export interface Gold {
  title: string | null;
  titleAlt: string[];
  published: string | null;
  body: string[] | null;
  with: string[];
  without: string[];
}

/** One page with its labels: 1 main text, 0 furniture, -1 unknown. */
export interface Page {
  id: string;
  set: 'web' | 'extraction';
  /** Pages of one site share a group, so no fold trains on a page of a site it is tested on. */
  group: string;
  text: string;
  lines: Line[];
  labels: number[];
  gold: Gold;
}

/** The scorers' normalisation (NFKC, soft hyphens out, quotes and dashes unified, spaces collapsed). */
export function norm(s: string): string {
  return String(s ?? '').normalize('NFKC')
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim();
}

function hostOf(url: string | undefined, fallback: string): string {
  const m = /^https?:\/\/(?:www\.)?([^/]+)/.exec(url ?? '');
  return m ? m[1]!.toLowerCase() : fallback;
}

/** Marks every line that an occurrence of `snippet` in the joined normalised lines touches. */
function markSnippet(joined: string, starts: number[], snippet: string, mark: (i: number) => void): void {
  const s = norm(snippet);
  if (!s) return;
  for (let at = joined.indexOf(s); at >= 0; at = joined.indexOf(s, at + 1)) {
    let i = upperBound(starts, at) - 1;
    for (; i < starts.length && starts[i]! < at + s.length; i++) mark(i);
  }
}

function upperBound(xs: number[], v: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid]! <= v) lo = mid + 1; else hi = mid; }
  return lo;
}

function webLabels(lines: Line[], gold: Gold): number[] {
  const starts: number[] = [];
  let joined = '';
  for (const l of lines) { starts.push(joined.length); joined += norm(l.text) + ' '; }
  const pos = new Set<number>(), neg = new Set<number>();
  for (const w of gold.with) markSnippet(joined, starts, w, (i) => pos.add(i));
  for (const w of gold.without) markSnippet(joined, starts, w, (i) => neg.add(i));
  return lines.map((_, i) => (pos.has(i) ? 1 : neg.has(i) ? 0 : -1));
}

function extractionLabels(lines: Line[], body: string[]): number[] {
  const paras = body.map(norm).filter(Boolean);
  const exact = new Set(paras);
  const all = paras.join('\n');
  return lines.map((l) => {
    const t = norm(l.text);
    if (!t) return -1;
    return exact.has(t) || (t.length >= 25 && all.includes(t)) ? 1 : 0;
  });
}

/** Loads the pages of both benchmarks under `dataDir` (`…/bench-data`). */
export function loadPages(dataDir: string): Page[] {
  const pages: Page[] = [];
  for (const set of ['web', 'extraction'] as const) {
    const dir = join(dataDir, set);
    for (const id of readdirSync(dir).sort()) {
      const gf = join(dir, id, 'gold.json');
      if (!existsSync(gf)) continue;
      const g = JSON.parse(readFileSync(gf, 'utf8'));
      const text = readFileSync(join(dir, id, 'input.txt'), 'utf8');
      const gold: Gold = {
        title: g.title ?? null, titleAlt: g.title_alt ?? [], published: g.published ?? null,
        body: g.body ?? null, with: g.with ?? [], without: g.without ?? [],
      };
      const lines = splitLines(text);
      const labels = set === 'web' ? webLabels(lines, gold) : extractionLabels(lines, gold.body ?? []);
      const group = set === 'web' ? hostOf(g.url, id) : id.replace(/-\d+$/, '');
      pages.push({ id, set, group, text, lines, labels, gold });
    }
  }
  return pages;
}
