/**
 * Shared passages: runs of the same words in two or more reports, found through word
 * shingles (`SHINGLE` words in a row, folded). A run of at least `MIN_RUN` words is a shared
 * passage; one of `WIRE_RUN` words or more is taken for the same wire copy (a stock phrase
 * is rarely that long). Runs found pairwise are merged across reports when they cover the
 * same words of one report.
 */
import type { ArticleId, SharedPassage } from '../../shared/api';
import type { AnalyzedArticle } from '../analysis/analyze';
import { analyzeWord, forEachWord, MAX_TOKEN_CHARS } from '../text/words';

/** Words per shingle: six words in a row rarely agree by chance. */
export const SHINGLE = 6;
/** Shortest shared run reported. */
export const MIN_RUN = 8;
/** Shortest run taken for wire copy. */
export const WIRE_RUN = 20;

/** A report's words in its sentences (none over `MAX_TOKEN_CHARS`) as word ids, and where each stands in its text. */
interface Words {
  ids: number[];
  starts: number[];
  ends: number[];
}

/**
 * The words of each report, as ids of their folded forms (one table for all reports): each word
 * as written is folded once per call (`byRaw`), not looked up in the word cache at every place.
 */
function wordIds(arts: AnalyzedArticle[]): Words[] {
  const byFolded = new Map<string, number>(), byRaw = new Map<string, number>();
  return arts.map((a) => {
    const text = a.input.text;
    const w: Words = { ids: [], starts: [], ends: [] };
    const add = (from: number, to: number) => {
      if (to - from > MAX_TOKEN_CHARS) return;
      const raw = text.slice(from, to);
      let id = byRaw.get(raw);
      if (id === undefined) {
        const folded = analyzeWord(raw)[0];
        id = byFolded.get(folded);
        if (id === undefined) byFolded.set(folded, (id = byFolded.size));
        byRaw.set(raw, id);
      }
      w.ids.push(id);
      w.starts.push(from);
      w.ends.push(to);
    };
    for (const s of a.sentences) forEachWord(text, add, s.start, s.end);
    return w;
  });
}

interface Run {
  article: number;
  from: number;
  to: number; // word indexes, inclusive
}

/** The shared passages of the given reports, longest first. */
export function sharedPassages(arts: AnalyzedArticle[]): SharedPassage[] {
  const words = wordIds(arts);
  // Each report's shingles indexed once by a number made of its word ids: no string is built
  // per position and pair.
  const coded = words.map((w) => Int32Array.from(w.ids));
  const shingleKey = (c: Int32Array, i: number) => {
    let h = 0;
    for (let k = 0; k < SHINGLE; k++) h = (Math.imul(h, 0x01000193) ^ c[i + k]!) >>> 0;
    return h;
  };
  const indexes = coded.map((c) => {
    const index = new Map<number, number[]>();
    for (let j = 0; j + SHINGLE <= c.length; j++) {
      const key = shingleKey(c, j);
      const p = index.get(key);
      if (p) p.push(j);
      else index.set(key, [j]);
    }
    return index;
  });
  const sameShingle = (a: Int32Array, i: number, b: Int32Array, j: number) => {
    for (let k = 0; k < SHINGLE; k++) if (a[i + k] !== b[j + k]) return false;
    return true;
  };
  const runs: [Run, Run][] = [];
  for (let x = 0; x < arts.length; x++) {
    for (let y = x + 1; y < arts.length; y++) {
      const ca = coded[x]!, cb = coded[y]!;
      const index = indexes[y]!;
      // Word pairs already inside a run, by diagonal (j - i) and position.
      const covered = new Set<number>();
      const cell = (i: number, j: number) => i * (cb.length + 1) + j;
      for (let i = 0; i + SHINGLE <= ca.length; i++) {
        const hits = index.get(shingleKey(ca, i));
        if (!hits) continue;
        for (const j of hits) {
          if (covered.has(cell(i, j)) || !sameShingle(ca, i, cb, j)) continue;
          let n = SHINGLE;
          while (i + n < ca.length && j + n < cb.length && ca[i + n] === cb[j + n]) n++;
          for (let k = 0; k < n; k++) covered.add(cell(i + k, j + k));
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
      text: arts[shortest.article]!.input.text.slice(wl.starts[shortest.from]!, wl.ends[shortest.to]!),
      occurrences: occ.map((r) => ({ articleId: arts[r.article]!.input.id as ArticleId, start: words[r.article]!.starts[r.from]!, end: words[r.article]!.ends[r.to]! })),
      isWireCopy: n >= WIRE_RUN,
    };
  });
  return out.sort((p, q) => q.words - p.words);
}
