/**
 * Shared passages: runs of the same words in two or more reports, found through word
 * shingles (`SHINGLE` words in a row, folded). A run of at least `MIN_RUN` words is a shared
 * passage; one of `WIRE_RUN` words or more is taken for the same wire copy (a stock phrase
 * is rarely that long). Runs found pairwise are merged across reports when they cover the
 * same words of one report.
 */
import type { ArticleId, SharedPassage } from '../../shared/api';
import type { AnalyzedArticle } from '../analysis/analyze';
import { foldedWords } from '../analysis/content-words';

/** Words per shingle: six words in a row rarely agree by chance. */
export const SHINGLE = 6;
/** Shortest shared run reported. */
export const MIN_RUN = 8;
/** Shortest run taken for wire copy. */
export const WIRE_RUN = 20;

type Word = { folded: string; start: number; end: number };

function articleWords(a: AnalyzedArticle): Word[] {
  return a.sentences.flatMap((s) => foldedWords(a.input.text, s.start, s.end));
}

interface Run {
  article: number;
  from: number;
  to: number; // word indexes, inclusive
}

/** The shared passages of the given reports, longest first. */
export function sharedPassages(arts: AnalyzedArticle[]): SharedPassage[] {
  const words = arts.map(articleWords);
  const runs: [Run, Run][] = [];
  for (let x = 0; x < arts.length; x++) {
    for (let y = x + 1; y < arts.length; y++) {
      const wa = words[x]!, wb = words[y]!;
      const index = new Map<string, number[]>();
      for (let j = 0; j + SHINGLE <= wb.length; j++) {
        const key = wb.slice(j, j + SHINGLE).map((w) => w.folded).join(' ');
        const p = index.get(key);
        if (p) p.push(j);
        else index.set(key, [j]);
      }
      const covered = new Set<string>();
      for (let i = 0; i + SHINGLE <= wa.length; i++) {
        const key = wa.slice(i, i + SHINGLE).map((w) => w.folded).join(' ');
        for (const j of index.get(key) ?? []) {
          if (covered.has(`${i}:${j}`)) continue;
          let n = SHINGLE;
          while (i + n < wa.length && j + n < wb.length && wa[i + n]!.folded === wb[j + n]!.folded) n++;
          for (let k = 0; k < n; k++) covered.add(`${i + k}:${j + k}`);
          if (n >= MIN_RUN) runs.push([{ article: x, from: i, to: i + n - 1 }, { article: y, from: j, to: j + n - 1 }]);
        }
      }
    }
  }
  // Merge runs that share words of one report (union-find over run ends).
  const groups: Run[][] = [];
  for (const pair of runs) {
    const hit = groups.filter((g) => g.some((r) => pair.some((p) => p.article === r.article && p.from <= r.to && r.from <= p.to)));
    const merged = [...pair, ...hit.flat()];
    for (const h of hit) groups.splice(groups.indexOf(h), 1);
    groups.push(merged);
  }
  const out: SharedPassage[] = groups.map((g) => {
    const byArticle = new Map<number, Run>();
    for (const r of g) {
      const o = byArticle.get(r.article);
      byArticle.set(r.article, o ? { article: r.article, from: Math.min(o.from, r.from), to: Math.max(o.to, r.to) } : r);
    }
    const occ = [...byArticle.values()].sort((p, q) => p.article - q.article);
    const shortest = occ.reduce((m, r) => (r.to - r.from < m.to - m.from ? r : m));
    const wl = words[shortest.article]!;
    const n = shortest.to - shortest.from + 1;
    return {
      words: n,
      text: arts[shortest.article]!.input.text.slice(wl[shortest.from]!.start, wl[shortest.to]!.end),
      occurrences: occ.map((r) => ({ articleId: arts[r.article]!.input.id as ArticleId, start: words[r.article]![r.from]!.start, end: words[r.article]![r.to]!.end })),
      isWireCopy: n >= WIRE_RUN,
    };
  });
  return out.sort((p, q) => q.words - p.words);
}
