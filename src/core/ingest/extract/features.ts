/**
 * What the line classifier (`model.ts`) sees of each line: numbers a plain text still has —
 * length, sentence ends, function-word share, digits and date shapes, capitalisation, the
 * learned UI vocabulary, what the rules of `boilerplate.ts`/`comments.ts`/`captions.ts` say,
 * position, nearness to the densest run of prose, repetition inside the page — and the same
 * for the neighbours. Every measure reads a bounded prefix of its line, so the cost is linear.
 *
 * Training (`scripts/train-extract`) and inference call the same `pageFeatures`, so the two
 * cannot drift apart; the order of `FEATURE_NAMES` is the order of the weights.
 */
import type { Line } from './segment';
import { findDates, type DatesOf } from '../dates/find';
import { isListItem } from './body';
import { scanLine } from './line-scan';
import { WordFilter } from '../../text/word-filter';

/** What earlier rules said of a line (one-hot groups of the feature vector). */
export type RuleClass =
  | 'free' | 'consent' | 'skip-link' | 'donation' | 'follow' | 'share' | 'comment-rules' | 'navigation'
  | 'related' | 'footer' | 'paywall' | 'script' | 'image-slug' | 'caption' | 'credit' | 'comment' | 'comments-header';

const RULE_CLASSES: readonly RuleClass[] = [
  'consent', 'skip-link', 'donation', 'follow', 'share', 'comment-rules', 'navigation', 'related', 'footer',
  'paywall', 'script', 'image-slug', 'caption', 'credit', 'comment', 'comments-header',
];

/** Characters of a line that the measures read (a 50 MB line is judged by its start). */
const SAMPLE_CHARS = 1_000;
/** Lines either side whose prose is summed for the local density. */
const DENSITY_NEAR = 3;
const DENSITY_FAR = 10;
/** Words of a line that make it count as prose for the density measures. */
const PROSE_WORDS = 12;

/** The learned UI vocabulary: token → log-odds of "main text" against "furniture". */
export type Vocabulary = ReadonlyMap<string, number>;

const RULE_INDEX = new Map(RULE_CLASSES.map((c, k) => [c, k]));

const BASE = [
  'logWords', 'logChars', 'sentenceEnd', 'endsColon', 'stopShare', 'stopShareAny', 'commaRate', 'digitShare',
  'capShare', 'allCaps', 'hasDate', 'dateOnly', 'separators', 'listMarker', 'blankBefore', 'blankAfter', 'indented',
  'hasUrl', 'vocabMean', 'vocabMin', 'vocabMax', 'vocabKnown', 'prose', 'repeated', 'cjk',
  ...RULE_CLASSES.map((c) => `rule:${c}`),
] as const;
const NEIGHBOUR = ['logWords', 'sentenceEnd', 'stopShare', 'vocabMean', 'prose', 'ruled'] as const;
const OFFSETS = [-2, -1, 1, 2] as const;
const CONTEXT = [
  'relPos', 'logFromStart', 'logToEnd', 'densityNear', 'densityFar', 'inDensest', 'logDistDensest', 'beforeDensest',
  'proseBefore', 'proseAfter', 'shortRun', 'pageLogLines', 'proseRun', 'proseRunNear', 'proseRunShare',
] as const;

/** Names of the features, in the order `pageFeatures` writes them. */
export const FEATURE_NAMES: readonly string[] = [
  ...BASE,
  ...OFFSETS.flatMap((o) => NEIGHBOUR.map((n) => `${n}@${o}`)),
  ...CONTEXT,
];

/** The vocabulary tokens of a line: its first letter runs of two or more, lowercased. */
export function lineTokens(text: string): string[] {
  return scanLine(text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text, null, false).tokens;
}

const ASCII_WORD = /[A-Za-z0-9_]/;
/** Whether `t[i]` is a regex word character (`\w`, ASCII), i.e. `\b` holds after a word ending before it. */
const isWordAt = (t: string, i: number): boolean => i < t.length && ASCII_WORD.test(t[i]!);
/** A top-level domain the URL test knows, ending a word. */
const TLDS = ['com', 'de', 'org', 'net'];

/**
 * `/https?:|www\.|\.(?:com|de|org|net)\b|@\w/.test(t)` by `indexOf` scans: the alternation was
 * tried at every character of every line, a tenth of the features' time.
 */
export function hasUrl(t: string): boolean {
  if (t.includes('www.')) return true;
  for (let i = t.indexOf('http'); i >= 0; i = t.indexOf('http', i + 1)) {
    if (t[i + 4] === ':' || (t[i + 4] === 's' && t[i + 5] === ':')) return true;
  }
  for (let i = t.indexOf('@'); i >= 0; i = t.indexOf('@', i + 1)) if (isWordAt(t, i + 1)) return true;
  for (let i = t.indexOf('.'); i >= 0; i = t.indexOf('.', i + 1)) {
    for (const d of TLDS) if (t.startsWith(d, i + 1) && !isWordAt(t, i + 1 + d.length)) return true;
  }
  return false;
}

/** A `WordFilter` of each vocabulary, made once per model. */
const vocabFilters = new WeakMap<Vocabulary, WordFilter>();
function vocabFilter(vocab: Vocabulary): WordFilter {
  let f = vocabFilters.get(vocab);
  if (!f) { f = new WordFilter(vocab.keys()); vocabFilters.set(vocab, f); }
  return f;
}

/** Width of a feature row, and where the neighbours' and the context features start in it. */
const WIDTH = FEATURE_NAMES.length;
const AT_NEIGHBOURS = BASE.length;
const AT_CONTEXT = BASE.length + OFFSETS.length * NEIGHBOUR.length;

/** What the page-level pass needs of a line besides its row. */
interface Base { prose: number; ruled: number; short: boolean; stop: number; vocabMean: number }

/** Writes the `BASE` features of one line into `row` (from index 0), which comes zeroed. */
function baseFeatures(row: Float64Array, line: Line, lang: string | null, rule: RuleClass, vocab: Vocabulary, repeats: number, datesOf: DatesOf): Base {
  const t = line.text.length > SAMPLE_CHARS ? line.text.slice(0, SAMPLE_CHARS) : line.text;
  const sc = scanLine(t, lang, !lang);
  const { digits, letters, commas, seps, cjk } = sc;
  const words = Math.max(1, line.words);
  // Capitalised share of the first words, and whether the line has capitals and no small letters.
  const caps = sc.capitalised / Math.max(1, sc.capsWords);
  const allCaps = sc.hasUpper && !sc.hasLower ? 1 : 0;
  const toks = sc.tokens;
  let vs = 0, vmin = 0, vmax = 0, known = 0;
  const filter = vocabFilter(vocab);
  for (const w of toks) {
    if (!filter.mayHave(w, 0, w.length)) continue;
    const s = vocab.get(w);
    if (s === undefined) continue;
    vs += s; known++;
    vmin = Math.min(vmin, s); vmax = Math.max(vmax, s);
  }
  const dates = t.length <= 200 && digits ? datesOf(t) : [];
  const dateChars = dates.reduce((n, d) => n + d.text.length, 0);
  const stopAny = sc.stopShareAny;
  const stop = lang ? sc.stopShare : stopAny;
  const prose = (line.isSentence && line.words >= PROSE_WORDS) || line.words >= 2.5 * PROSE_WORDS ? 1 : 0;
  const vocabMean = known ? vs / known : 0;
  let k = 0;
  const put = (x: number) => { row[k++] = x; };
  put(Math.log1p(line.words)); put(Math.log1p(line.text.length)); put(line.isSentence ? 1 : 0); put(t.endsWith(':') ? 1 : 0);
  put(stop); put(lang ? stop : stopAny); put(commas / words); put(digits / Math.max(1, t.length)); put(caps); put(allCaps);
  put(dates.length ? 1 : 0); put(dates.length && dateChars / t.length > 0.5 ? 1 : 0); put(Math.min(5, seps) / 5);
  put(isListItem(t) ? 1 : 0); put(line.blankBefore ? 1 : 0); put(line.blankAfter ? 1 : 0); put(line.indent > 0 ? 1 : 0);
  put(hasUrl(t) ? 1 : 0);
  put(vocabMean); put(vmin); put(vmax); put(toks.length ? known / toks.length : 0);
  put(prose); put(repeats > 1 ? 1 : 0); put(cjk > letters ? 1 : 0);
  // The one-hot rule group: the row comes zeroed, so only the rule's own place is written.
  const r = RULE_INDEX.get(rule);
  if (r !== undefined) row[k + r] = 1;
  return { prose: prose ? line.words : 0, ruled: rule === 'free' ? 0 : 1, short: line.words <= 4 && !line.isSentence, stop, vocabMean };
}

/**
 * The feature rows of every line of a page (`FEATURE_NAMES` order). `rules[i]` is what the
 * rules said of line `i`; `vocab` is the learned vocabulary; `densest` is the span of lines
 * that the prose-value scan (`content.ts`) found densest, or null; `datesOf` finds a line's dates
 * (the page's memo when the rules have asked already).
 */
export function pageFeatures(lines: Line[], lang: string | null, rules: RuleClass[], vocab: Vocabulary, densest: [number, number] | null, datesOf: DatesOf = findDates): Float64Array[] {
  const n = lines.length;
  const counts = new Map<string, number>();
  const keys = lines.map((l) => l.text.slice(0, 200).toLowerCase());
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  // One typed row per line, written in place: the rows were built from six arrays each. The
  // rows are views of one buffer: an array of 77 numbers is too large for V8 to keep in its
  // heap, so each row of its own had its own backing store to allocate and collect.
  const all = new Float64Array(n * WIDTH);
  const rows = lines.map((_, i) => all.subarray(i * WIDTH, (i + 1) * WIDTH));
  const base = lines.map((l, i) => baseFeatures(rows[i]!, l, lang, rules[i] ?? 'free', vocab, counts.get(keys[i]!) ?? 1, datesOf));
  // Prefix sums of prose words give every window's density in constant time.
  const pre = [0];
  for (const b of base) pre.push(pre[pre.length - 1]! + b.prose);
  const total = Math.max(1, pre[n]!);
  const windowSum = (i: number, r: number) => pre[Math.min(n, i + r + 1)]! - pre[Math.max(0, i - r)]!;
  // Length of the run of short unpunctuated lines each line stands in (menus, tag clouds).
  const shortRun = new Array<number>(n).fill(0);
  for (let i = 0; i < n; ) {
    if (!base[i]!.short) { i++; continue; }
    let j = i;
    while (j + 1 < n && base[j + 1]!.short) j++;
    for (let k = i; k <= j; k++) shortRun[k] = j - i + 1;
    i = j + 1;
  }
  // Length of the run of prose lines each line stands in: an article's paragraphs follow one
  // another, while teasers, blurbs and a feed's items are one paragraph each between their
  // headlines, dates and "more" links (whatever their total length).
  const proseRun = new Array<number>(n).fill(0);
  // A text cut mid-paragraph (a stored copy's end) ends in a long line without its stop.
  const inRun = (i: number) => base[i]!.prose > 0 || (i === n - 1 && lines[i]!.words >= PROSE_WORDS);
  let longestRun = 1;
  for (let i = 0; i < n; ) {
    if (!inRun(i)) { i++; continue; }
    let j = i;
    while (j + 1 < n && inRun(j + 1)) j++;
    for (let k = i; k <= j; k++) proseRun[k] = j - i + 1;
    longestRun = Math.max(longestRun, j - i + 1);
    i = j + 1;
  }
  const [ds, de] = densest ?? [-1, -1];
  const logN = Math.log1p(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    let k = AT_NEIGHBOURS;
    for (const o of OFFSETS) {
      const j = i + o, b = base[j];
      // `NEIGHBOUR` order; beyond the page's ends a neighbour is an empty ruled line.
      if (!b) { row[k + 5] = 1; k += NEIGHBOUR.length; continue; }
      const l = lines[j]!;
      row[k++] = Math.log1p(l.words); row[k++] = l.isSentence ? 1 : 0; row[k++] = b.stop; row[k++] = b.vocabMean;
      row[k++] = b.prose ? 1 : 0; row[k++] = b.ruled;
    }
    const dist = densest ? (i < ds ? ds - i : i > de ? i - de : 0) : n;
    // `CONTEXT` order, written in place (an array literal per line was a tenth of this loop).
    k = AT_CONTEXT;
    row[k++] = n > 1 ? i / (n - 1) : 0; row[k++] = Math.log1p(i); row[k++] = Math.log1p(n - 1 - i);
    row[k++] = windowSum(i, DENSITY_NEAR) / total; row[k++] = windowSum(i, DENSITY_FAR) / total;
    row[k++] = densest && i >= ds && i <= de ? 1 : 0; row[k++] = Math.log1p(dist); row[k++] = densest && i < ds ? 1 : 0;
    row[k++] = pre[i]! / total; row[k++] = (total - pre[i + 1]!) / total;
    row[k++] = Math.log1p(shortRun[i]!); row[k++] = logN;
    let near = 0;
    for (let j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) near = Math.max(near, proseRun[j]!);
    row[k++] = Math.log1p(proseRun[i]!); row[k++] = Math.log1p(near); row[k++] = near / longestRun;
  }
  return rows;
}
