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
import { STOPWORDS, stopwordShare } from '../../text/lang';
import { findDates } from '../dates/find';
import { isListItem } from './body';
import { LETTER, LOWER, UPPER, classAt, widthAt } from '../../text/chars';

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
/** Tokens of a line looked up in the vocabulary: UI words stand at the start of short lines. */
const VOCAB_TOKENS = 12;
/** Lines either side whose prose is summed for the local density. */
const DENSITY_NEAR = 3;
const DENSITY_FAR = 10;
/** Words of a line that make it count as prose for the density measures. */
const PROSE_WORDS = 12;

/** The learned UI vocabulary: token → log-odds of "main text" against "furniture". */
export type Vocabulary = ReadonlyMap<string, number>;

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
  'proseBefore', 'proseAfter', 'shortRun', 'pageLogLines',
] as const;

/** Names of the features, in the order `pageFeatures` writes them. */
export const FEATURE_NAMES: readonly string[] = [
  ...BASE,
  ...OFFSETS.flatMap((o) => NEIGHBOUR.map((n) => `${n}@${o}`)),
  ...CONTEXT,
];

/** Characters of a line its vocabulary tokens are read from. */
const TOKEN_SAMPLE_CHARS = 200;
/** Words of a line whose capitals are counted. */
const CAPS_WORDS = 60;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/** The vocabulary tokens of a line: its first letter runs of two or more, lowercased. */
export function lineTokens(text: string): string[] {
  const out: string[] = [];
  const end = Math.min(text.length, TOKEN_SAMPLE_CHARS);
  let i = 0;
  while (i < end && out.length < VOCAB_TOKENS) {
    if ((classAt(text, i) & LETTER) === 0) { i += widthAt(text, i); continue; }
    const start = i;
    let letters = 0;
    while (i < end && (classAt(text, i) & LETTER) !== 0) { i += widthAt(text, i); letters++; }
    if (letters >= 2) out.push(text.slice(start, i).toLowerCase());
  }
  return out;
}

interface Base { v: number[]; prose: number; ruled: number; short: boolean }

function baseFeatures(line: Line, lang: string | null, rule: RuleClass, vocab: Vocabulary, repeats: number): Base {
  const t = line.text.length > SAMPLE_CHARS ? line.text.slice(0, SAMPLE_CHARS) : line.text;
  let digits = 0, letters = 0, commas = 0, seps = 0, cjk = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 44 || c === 0x3001) commas++;
    else if (c === 124 || c === 0xb7 || c === 0x2022 || c === 47 || c === 0x2013 || c === 0x2014) seps++;
    else if (c >= 0x3040 && c <= 0xd7af) cjk++;
    else if (c > 64) letters++;
  }
  const words = Math.max(1, line.words);
  // Capitalised share of the first words, and whether the line has capitals and no small letters.
  let tokens = 0, capitalised = 0, upper = false, lower = false;
  for (let k = 0; k < t.length; k += widthAt(t, k)) {
    const cls = classAt(t, k);
    if (cls & UPPER) upper = true;
    else if (cls & LOWER) lower = true;
    if (tokens < CAPS_WORDS && !isSpace(t.charCodeAt(k)) && (k === 0 || isSpace(t.charCodeAt(k - 1)))) {
      tokens++;
      if (cls & UPPER) capitalised++;
    }
  }
  const caps = capitalised / Math.max(1, tokens);
  const allCaps = upper && !lower ? 1 : 0;
  const toks = lineTokens(t);
  let vs = 0, vmin = 0, vmax = 0, known = 0;
  for (const w of toks) {
    const s = vocab.get(w);
    if (s === undefined) continue;
    vs += s; known++;
    vmin = Math.min(vmin, s); vmax = Math.max(vmax, s);
  }
  const dates = t.length <= 200 && digits ? findDates(t) : [];
  const dateChars = dates.reduce((n, d) => n + d.text.length, 0);
  let stopAny = 0;
  if (!lang) for (const l of Object.keys(STOPWORDS)) stopAny = Math.max(stopAny, stopwordShare(t, l));
  const stop = lang ? stopwordShare(t, lang) : stopAny;
  const prose = (line.isSentence && line.words >= PROSE_WORDS) || line.words >= 2.5 * PROSE_WORDS ? 1 : 0;
  const ruled = rule === 'free' ? 0 : 1;
  const v = [
    Math.log1p(line.words), Math.log1p(line.text.length), line.isSentence ? 1 : 0, /:$/.test(t) ? 1 : 0,
    stop, lang ? stop : stopAny, commas / words, digits / Math.max(1, t.length), caps, allCaps,
    dates.length ? 1 : 0, dates.length && dateChars / t.length > 0.5 ? 1 : 0, Math.min(5, seps) / 5,
    isListItem(t) ? 1 : 0, line.blankBefore ? 1 : 0, line.blankAfter ? 1 : 0, line.indent > 0 ? 1 : 0,
    /https?:|www\.|\.(?:com|de|org|net)\b|@\w/.test(t) ? 1 : 0,
    known ? vs / known : 0, vmin, vmax, toks.length ? known / toks.length : 0,
    prose, repeats > 1 ? 1 : 0, cjk > letters ? 1 : 0,
    ...RULE_CLASSES.map((c) => (c === rule ? 1 : 0)),
  ];
  return { v, prose: prose ? line.words : 0, ruled, short: line.words <= 4 && !line.isSentence };
}

/**
 * The feature rows of every line of a page (`FEATURE_NAMES` order). `rules[i]` is what the
 * rules said of line `i`; `vocab` is the learned vocabulary; `densest` is the span of lines
 * that the prose-value scan (`content.ts`) found densest, or null.
 */
export function pageFeatures(lines: Line[], lang: string | null, rules: RuleClass[], vocab: Vocabulary, densest: [number, number] | null): number[][] {
  const n = lines.length;
  const counts = new Map<string, number>();
  const keys = lines.map((l) => l.text.slice(0, 200).toLowerCase());
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const base = lines.map((l, i) => baseFeatures(l, lang, rules[i] ?? 'free', vocab, counts.get(keys[i]!) ?? 1));
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
  const nb = (j: number): number[] => {
    const b = base[j];
    if (!b) return [0, 0, 0, 0, 0, 1];
    const l = lines[j]!;
    return [Math.log1p(l.words), l.isSentence ? 1 : 0, b.v[4]!, b.v[18]!, b.prose ? 1 : 0, b.ruled];
  };
  const neighbours = base.map((_, j) => nb(j));
  const none = nb(-1);
  const [ds, de] = densest ?? [-1, -1];
  return lines.map((_, i) => {
    const row = base[i]!.v.slice();
    for (const o of OFFSETS) for (const v of neighbours[i + o] ?? none) row.push(v);
    const dist = densest ? (i < ds ? ds - i : i > de ? i - de : 0) : n;
    row.push(
      n > 1 ? i / (n - 1) : 0, Math.log1p(i), Math.log1p(n - 1 - i),
      windowSum(i, DENSITY_NEAR) / total, windowSum(i, DENSITY_FAR) / total,
      densest && i >= ds && i <= de ? 1 : 0, Math.log1p(dist), densest && i < ds ? 1 : 0,
      pre[i]! / total, (total - pre[i + 1]!) / total,
      Math.log1p(shortRun[i]!), Math.log1p(n),
    );
    return row;
  });
}
