/**
 * `npm run train:extract -- --ranker-cv FILE [--extra a,b] [--title-mins a,b]`: the headline
 * ranker's cross-validation on the out-of-fold candidates a `--dump-oof FILE` run wrote, in
 * seconds and without the line models: the same folds, objective and optimiser as `main.ts`
 * (it gives that run's `CV headline` figures to the page). A ranker feature is tried by adding
 * it to `EXTRA` (it reads the candidate, its page's first lines and its place among the
 * candidates) and naming it in `--extra`; the ones there were tried and rejected (README).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fitRanker, type RankerLoss } from './ranker';
import { chooseTitle, type TitleModel } from '../../src/core/ingest/extract/title';
import type { Line } from '../../src/core/ingest/extract/segment';
import { norm } from './data';

interface Cand { i: number; t: string; x: number[]; gold: boolean; ok: boolean }
interface DumpPage { id: string; set: string; fold: number; hasTitle: boolean; lines: string[]; cands: Cand[]; cut: { i: number; x: number[] }[] | null }

const low = (s: string) => norm(s).toLowerCase();

/** Extra candidate features: name → value for candidate `c`, the `k`-th of its page from the top. */
const EXTRA: Record<string, (p: DumpPage, c: Cand, k: number) => number> = {
  /** The candidate opens with a lowercase letter (a list item, a sentence's middle, a URL); headlines open capitalised. */
  lowerStart: (_p, c) => (/^\p{Ll}/u.test(c.t.trim()) ? 1 : 0),
  /** An adjacent post's link: opens with `←`, `‹`, `<<` or an unclosed `« `, or closes with `→`, `›`, `>>`. */
  arrowLink: (_p, c) => (/^(?:←|‹|<<?|«(?!.*»))\s|\s(?:→|›|>>?)$/u.test(c.t.trim()) ? 1 : 0),
  /** The candidate's text stands again as a line of the page (title and h1, a breadcrumb's end). */
  twice: (p, c) => (p.lines.some((l, j) => j !== c.i && low(l) === low(c.t)) ? 1 : 0),
  /** Log words of the next line that is no candidate (a headline over the lead, a menu item over menu items). */
  nextWords: (p, c) => {
    const cands = new Set(p.cands.map((x) => x.i));
    for (let j = c.i + 1; j < p.lines.length; j++) if (!cands.has(j) && p.lines[j]!.trim()) return Math.log1p(p.lines[j]!.split(/\s+/).length);
    return 0;
  },
  /** Rank among the candidates from the top, as a log and as a share. */
  topRank: (_p, _c, k) => Math.log1p(k),
  candShareAbove: (p, _c, k) => k / Math.max(1, p.cands.length - 1),
  /** The nearest candidate above the first prose line (the heading the region hangs under; `afterFirstProse` is feature 19). */
  nearestAbove: (p, c) => {
    const above = p.cands.filter((o) => o.x[19] === 0);
    return above.length && Math.max(...above.map((o) => o.i)) === c.i ? 1 : 0;
  },
  /** That, on a page whose top-scored candidate stands under the first prose line. */
  nearestAboveFar: (p, c) => {
    const above = p.cands.filter((o) => o.x[19] === 0);
    return above.length && Math.max(...above.map((o) => o.i)) === c.i && p.cands.some((o) => o.x[19] !== 0) ? 1 : 0;
  },
  /** The candidate of the page that repeats most of its first line (a saved page's `<title>`): F1 of their words, 1 for the page's best at 0.5 or more. */
  echoBest: (p, c) => {
    const f = echoF1s(p);
    const best = Math.max(0, ...f.values());
    return best >= 0.5 && f.get(c.i) === best ? 1 : 0;
  },
  /** That F1 as a share of the page's best (0 where the best is under 0.5). */
  echoShare: (p, c) => {
    const f = echoF1s(p);
    const best = Math.max(0, ...f.values());
    return best >= 0.5 ? (f.get(c.i) ?? 0) / best : 0;
  },
  /** The candidate's words the page's first line holds, as a share of the candidate (a headline stands whole in `Headline | Site`). */
  inFirstLine: (p, c) => echoF1s(p, 'precision').get(c.i) ?? 0,
  /** The longest candidate of the region's first lines (a region opening at its headline; `afterFirstProse` is feature 19, `inRegion` 14). */
  longestInRegion: (p, c) => {
    const inside = p.cands.filter((o) => o.x[14] === 1);
    if (!inside.length || c.x[14] !== 1) return 0;
    return Math.max(...inside.map((o) => o.x[3]!)) === c.x[3] ? 1 : 0;
  },
  /** Log count of other lines that hold most (0.6+) of the candidate's words (a headline recurs: breadcrumb end, share text, `<title>`). */
  echoCount: (p, c) => Math.log1p(echoLines(p, c)),
  /** That count as a share of the page's most echoed candidate. */
  echoCountShare: (p, c) => { const m = Math.max(...p.cands.map((o) => echoLines(p, o))); return m ? echoLines(p, c) / m : 0; },
  /** Share of the four lines either side that are short (3 words or fewer): a menu item stands among menu items. */
  shortNeighbours: (p, c) => {
    let n = 0, s = 0;
    for (const d of [-4, -3, -2, -1, 1, 2, 3, 4]) { const l = p.lines[c.i + d]; if (l === undefined || !l.trim()) continue; n++; if (l.trim().split(/\s+/).length <= 3) s++; }
    return n ? s / n : 0;
  },
  /** Other candidates within three lines either side (menu items come in runs; a headline stands with a kicker or dek at most). */
  candsNear: (p, c) => p.cands.filter((o) => o.i !== c.i && Math.abs(o.i - c.i) <= 3).length,
  /** The same text on the line right above or below (an `<h1>` after its breadcrumb's end or image alt; menu items seldom stand twice in a row). */
  adjDup: (p, c) => (adjacentSame(p, c.i, 1) ? 1 : 0),
  /** That within two lines. */
  adjDup2: (p, c) => (adjacentSame(p, c.i, 2) ? 1 : 0),
  /** `allCaps` (feature 7) against the page's share of all-caps candidates: a caps headline under a caps menu is no rarer than its menu. */
  capsRel: (p, c) => c.x[7]! - p.cands.filter((o) => o.x[7] === 1).length / Math.max(1, p.cands.length),
  /** An all-caps candidate with a date line or byline under it (`metaBelow`, feature 23): a caps headline, not a caps menu item. */
  capsMeta: (_p, c) => c.x[7]! * c.x[23]!,
  /** The next non-empty line holds a date (the header's date line right under the headline). */
  dateNext: (p, c) => {
    for (let j = c.i + 1; j < p.lines.length && j <= c.i + 2; j++) if (p.lines[j]!.trim()) return /\b\d{1,2}[./]\s?(?:\d{1,2}[./]|\p{L}{3,}\.?\s)\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\p{L}{3,}\.?\s\d{1,2},\s\d{4}\b/u.test(p.lines[j]!) ? 1 : 0;
    return 0;
  },
  /** The nearest candidate above the first prose line with a date line or byline under it. */
  nearestAboveMeta: (p, c) => (EXTRA.nearestAbove!(p, c, 0) * c.x[23]!),
  /** The candidate opens with a figure (an ingredient or data line: `350 g Mehl`, `120 Minuten`). */
  digitStart: (_p, c) => (/^\d/u.test(c.t.trim()) ? 1 : 0),
  /** The candidate stands among lines that open as it does (a figure, or a list marker): an item of a list, not a heading over it. */
  listRun: (p, c) => {
    const shape = (l: string | undefined) => { const t = (l ?? '').trim(); return !t ? '' : /^\d/u.test(t) ? 'd' : /^[-–•*+·]\s/u.test(t) ? 'm' : 'x'; };
    const me = shape(c.t);
    if (me === 'x') return 0;
    let n = 0;
    for (const d of [-2, -1, 1, 2]) if (shape(p.lines[c.i + d]) === me) n++;
    return n >= 2 ? 1 : 0;
  },
  /** The candidate names a host (`landwirt.com`, `navbar.site.backen.de`): a site's own line, a link or a menu. */
  hostName: (_p, c) => (/\p{L}[\p{L}\d-]*\.\p{Ll}{2,4}(?:\b|$)/u.test(c.t) && !/\.\s/u.test(c.t) ? 1 : 0),
  /** For a candidate under the first prose line: log words of the prose lines between (a subheading stands under paragraphs, a headline under teasers stands under short ones). */
  proseBefore: (p, c) => {
    if (c.x[19] !== 1) return 0;
    const start = Math.round(c.i - Math.expm1(c.x[22]!));
    let w = 0;
    for (let j = Math.max(0, start); j < c.i; j++) { const t = (p.lines[j] ?? '').trim(); const n = t.split(/\s+/).length; if (n >= 10 && /[.!?…]["”»']?$/u.test(t)) w += n; }
    return Math.log1p(w);
  },
  /** Another candidate of the page has the same text. */
  dupCand: (p, c) => (p.cands.some((o) => o.i !== c.i && low(o.t) === low(c.t)) ? 1 : 0),
};

const WORD = /[\p{L}\p{N}]+/gu;
function adjacentSame(p: DumpPage, i: number, d: number): boolean {
  const t = low(p.lines[i] ?? '');
  if (!t) return false;
  for (let k = 1; k <= d; k++) if (low(p.lines[i - k] ?? '') === t || low(p.lines[i + k] ?? '') === t) return true;
  return false;
}
const echoLineMemo = new WeakMap<Cand, number>();
/** Lines of the page other than candidate `c` holding at least 0.6 of its 2+ distinct words. */
function echoLines(p: DumpPage, c: Cand): number {
  const got = echoLineMemo.get(c);
  if (got !== undefined) return got;
  const w = [...new Set(low(c.t).match(WORD) ?? [])].filter((x) => x.length > 2);
  let n = 0;
  if (w.length >= 2) for (let j = 0; j < p.lines.length; j++) {
    if (j === c.i) continue;
    const l = new Set(low(p.lines[j]!).match(WORD) ?? []);
    if (w.filter((x) => l.has(x)).length >= 0.6 * w.length) n++;
  }
  echoLineMemo.set(c, n);
  return n;
}
const echoMemo = new WeakMap<DumpPage, Map<string, Map<number, number>>>();
/** Per candidate (line index, not the first line itself), its F1 (or precision) of words against the page's first non-empty line. */
function echoF1s(p: DumpPage, kind: 'f1' | 'precision' = 'f1'): Map<number, number> {
  let m = echoMemo.get(p);
  if (!m) echoMemo.set(p, (m = new Map()));
  let out = m.get(kind);
  if (out) return out;
  out = new Map();
  m.set(kind, out);
  const first = p.lines.findIndex((l) => l.trim());
  if (first < 0) return out;
  const ref = new Set(low(p.lines[first]!).match(WORD) ?? []);
  for (const c of p.cands) {
    if (c.i === first) continue;
    const w = new Set(low(c.t).match(WORD) ?? []);
    let hit = 0;
    for (const x of w) if (ref.has(x)) hit++;
    if (!hit) { out.set(c.i, 0); continue; }
    const pr = hit / w.size, rc = hit / ref.size;
    out.set(c.i, kind === 'precision' ? pr : (2 * pr * rc) / (pr + rc));
  }
  return out;
}

/** Held-out hits per threshold, by set. */
export interface RankerCvHits { min: number; web: number; webN: number; ext: number; extN: number; cut: number; cutN: number }

/** Runs the ranker's CV on the dump `--ranker-cv` names, prints and returns its hits. */
export function rankerCv(args: string[]): RankerCvHits[] {
  const opt = (name: string, dflt: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : dflt; };
  const dump = JSON.parse(readFileSync(opt('--ranker-cv', ''), 'utf8')) as { features: string[]; pages: DumpPage[] };
  // `--drop a,b`: leave these dumped features out (a dump with candidate features being tried).
  const drop = new Set(opt('--drop', '').split(',').filter(Boolean));
  const keep = dump.features.map((f, j) => (drop.has(f) ? -1 : j)).filter((j) => j >= 0);
  if (drop.size) for (const p of dump.pages) for (const c of [...p.cands, ...(p.cut ?? [])]) c.x = keep.map((j) => c.x[j]!);
  const extra = opt('--extra', '').split(',').filter(Boolean);
  for (const e of extra) if (!EXTRA[e]) throw new Error(`--extra: no feature ${e} (${Object.keys(EXTRA).join(', ')})`);
  const fit = {
    rate: Number(opt('--ranker-rate', '0.02')), epochs: Number(opt('--ranker-epochs', '800')),
    l2: Number(opt('--ranker-l2', '1e-3')), loss: opt('--ranker-loss', 'mixed') as RankerLoss,
  };
  const rowOf = (p: DumpPage, c: Cand, k: number) => [...c.x, ...extra.map((e) => EXTRA[e]!(p, c, k))];
  const pages = dump.pages.filter((p) => p.hasTitle);
  // `--fold-seed S`: other folds of the same pages (repeated CV: the spread a feature must beat).
  const seed = opt('--fold-seed', '');
  if (seed) for (const p of pages) { let h = 2166136261; for (const ch of `${seed}:${p.id}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619); p.fold = (h >>> 0) % 5; }
  const folds = [...new Set(pages.map((p) => p.fold))];
  const out: RankerCvHits[] = [];
  for (const min of opt('--title-mins', '0.1').split(',').map(Number)) {
    const hits = { min, web: 0, webN: 0, ext: 0, extN: 0, cut: 0, cutN: 0 };
    const perPage: Record<string, number> = {};
    out.push(hits);
    for (const k of folds) {
      const train = pages.filter((p) => p.fold !== k && p.cands.length);
      const model: TitleModel = { ...fitRanker(train.map((p) => ({ X: p.cands.map((c, j) => rowOf(p, c, j)), gold: p.cands.findIndex((c) => c.gold) })), fit), min };
      for (const p of pages.filter((q) => q.fold === k)) {
        // chooseTitle reads the lines of the candidates only (`Headline | Site` against the bare headline).
        const lines = p.lines.map((text) => ({ text }) as Line);
        for (const c of p.cands) lines[c.i] = { text: c.t } as Line;
        const i = chooseTitle(p.cands.map((c, j) => ({ i: c.i, x: rowOf(p, c, j) })), model, lines);
        const hit = i >= 0 && p.cands.find((c) => c.i === i)!.ok ? 1 : 0;
        if (p.set === 'web') { hits.web += hit; hits.webN++; } else { hits.ext += hit; hits.extN++; }
        perPage[p.id] = hit;
        // The price: a headline named on the same page with its headline cut out (extras need the text, so not with them).
        // Per page under `cut:` in `--hits-out`, for a paired bootstrap of the price.
        if (p.cut && !extra.length) { hits.cutN++; const s = chooseTitle(p.cut.map((c) => ({ i: c.i, x: c.x })), model) >= 0 ? 1 : 0; hits.cut += s; perPage[`cut:${p.id}`] = s; }
      }
    }
    console.log(`ranker CV${extra.length ? ` with ${extra.join(', ')}` : ''} min=${min}: web title=${(hits.web / hits.webN).toFixed(3)} (${hits.web}/${hits.webN}) extraction title=${(hits.ext / hits.extN).toFixed(3)} (${hits.ext}/${hits.extN}) stated on cut pages ${hits.cut}/${hits.cutN}`);
    if (opt('--hits-out', '')) writeFileSync(`${opt('--hits-out', '')}.${min}.json`, JSON.stringify(perPage));
  }
  return out;
}
