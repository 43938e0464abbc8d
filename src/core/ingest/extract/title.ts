/**
 * The headline: the line above the article text that reads most like its title.
 *
 * Pages put menus, breadcrumbs and teasers before the headline, so the first line is rarely
 * it. Candidates are the unclaimed lines shortly before the article's first paragraph; each is
 * scored by how many of its content words the lead repeats (a headline names what the first
 * paragraphs talk about), by a plausible length, and by nearness. Without a good candidate the
 * title is made from the lead and marked derived.
 */
import type { Line } from './segment';
import { STOPWORDS } from '../../text/lang';
import { sentenceTexts as splitSentences } from '../../text/sentences';

/** How far above the article's first paragraph the headline may stand, in lines. */
export const TITLE_WINDOW = 40;
/** Lines straight above the densest run of prose that are candidates too, wherever it stands. */
export const DENSEST_WINDOW = 12;
/** Derived titles: the first sentence up to this many words, else this many words + " …". */
const DERIVED_MAX_WORDS = 20;
const DERIVED_CUT_WORDS = 12;
/** Characters of the lead read for a derived title: more than twenty words of any language. */
const DERIVED_SAMPLE_CHARS = 1_000;
/** A glued kicker is at most this many words (`Kremlgesandter zufrieden`). */
const MAX_KICKER_WORDS = 4;

const TOKEN_RE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|[\p{L}\p{N}]+/gu;

function contentTokens(s: string): string[] {
  const out: string[] = [];
  for (const m of s.toLowerCase().matchAll(TOKEN_RE)) {
    const t = m[0];
    if (t.length === 1 && t.charCodeAt(0) < 0x3040) continue;
    if (t.length > 1 && t.length < 3) continue;
    if (Object.values(STOPWORDS).some((s) => s.has(t))) continue;
    out.push(t.length > 5 ? t.slice(0, 5) : t); // a crude stem: "Gesprächen" ~ "Gespräch"
  }
  return out;
}

/**
 * Does `s` hold a word that is no function word? Marks count as letters here (a Bengali or
 * Hindi word is letters and vowel signs) and soft hyphens are dropped, so only lines of
 * function words, short tokens and figures (`About us`, `A-Z`, `0-10`) hold none.
 */
function hasContentWord(s: string): boolean {
  for (const m of s.replace(/\u00ad/g, '').toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const t = m[0];
    if (/^\p{N}+$/u.test(t)) continue;
    if (CJK.test(t) || (t.length >= 3 && !Object.values(STOPWORDS).some((w) => w.has(t)))) return true;
  }
  return false;
}
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;

/** Share of a candidate's content words that the lead repeats. */
export function leadOverlap(candidate: string, lead: string): number {
  const c = contentTokens(candidate);
  if (c.length === 0) return 0;
  const l = new Set(contentTokens(lead));
  return c.filter((t) => l.has(t)).length / c.length;
}

/** Could this line be a headline at all (length, shape)? */
export function isTitleShaped(line: Line): boolean {
  const cjk = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u.test(line.text);
  if (cjk ? line.words < 4 || line.words > 80 : line.words < 2 || line.words > 40) return false;
  if (line.text.length > 300) return false;
  // A headline may end in ? or ! or a quote, but rarely in a full stop after a long sentence.
  return !(/[.。]$/u.test(line.text) && !/\.\.\.$|…$/.test(line.text) && line.words > 12);
}

/** The learned headline ranker: logistic regression over `TITLE_FEATURES`. */
export interface TitleModel {
  mean: readonly number[];
  scale: readonly number[];
  w: readonly number[];
  b: number;
  /** The best candidate must score at least this to count as a stated headline. */
  min: number;
}

/** Names of a headline candidate's features, in the order `titleFeatures` writes them. */
export const TITLE_FEATURES: readonly string[] = [
  'overlap', 'logDistance', 'nearestRank', 'logWords', 'goodLength', 'blankAround', 'titleSeparator', 'allCaps',
  'firstLine', 'firstAdjacent', 'endsStop', 'endsQuestion', 'capShare', 'mainProb', 'inRegion', 'echoed', 'hasDigit',
  'endsColon', 'commaCount', 'afterFirstProse', 'ruled', 'proseAfterShare', 'logLinesAfterFirstProse',
  'metaBelow', 'metaAbove', 'gluedSeams', 'sentences',
  'crumbs', 'inLonger', 'holdsOther', 'prevIsCand', 'nextIsCand', 'nextLogRatio', 'nextEndsStop', 'prevLogRatio', 'overlapGap', 'probGap',
  'distinctWords', 'innerColon', 'densestOnly',
];

/** What the ranker needs to know about the page besides the line. */
export interface TitleContext {
  /** The prose the article opens with, and the prose following line `i`. */
  lead: string;
  leadAfter: (i: number) => string;
  /** Prose words per line inside the main region (0 elsewhere). */
  proseWords: readonly number[];
  /** Did a furniture rule claim line `i`? */
  isRuled: (i: number) => boolean;
  /** Is line `i` a date line or a byline (they stand right under a headline)? */
  isMeta: (i: number) => boolean;
  bodyStart: number;
  regionStart: number;
  /** The first line of the densest run of prose (`content.ts`), -1 when there is none. */
  densestStart: number;
  /** Where the usual window under the first prose line ends (exclusive). */
  windowEnd: number;
  /** The line model's probability of main text per line. */
  p: readonly number[];
  /**
   * Line `i`'s text normalised (lowercased start), to find a headline echoed in a `Headline |
   * Site` line; asked only of the candidates and the first lines, so it may be made on demand.
   */
  textOf: (i: number) => string;
  firstLine: number;
}

/** The features of candidate line `i`. */
export function titleFeatures(lines: Line[], i: number, rank: number, ctx: TitleContext): number[] {
  const line = lines[i]!;
  const t = line.text.slice(0, 300);
  const distance = Math.max(0, ctx.bodyStart - i - 1);
  const key = ctx.textOf(i);
  let echoed = 0;
  if (key.length >= 12) for (let j = 0; j < lines.length && j < 400; j++) if (j !== i && ctx.textOf(j).length > key.length && ctx.textOf(j).startsWith(key)) { echoed = 1; break; }
  const words = t.split(/\s+/).filter(Boolean);
  const after = i >= ctx.bodyStart;
  // A line let in by the densest run only is read against the prose under it, not the lead
  // of a region that opened elsewhere.
  const own = after || densestOnly(ctx, i);
  let prose = 0, proseAfter = 0;
  for (let j = 0; j < ctx.proseWords.length; j++) { prose += ctx.proseWords[j]!; if (j > i) proseAfter += ctx.proseWords[j]!; }
  return [
    leadOverlap(t, own ? ctx.leadAfter(i) : ctx.lead), Math.log1p(distance), Math.log1p(rank), Math.log1p(line.words),
    line.words >= 4 && line.words <= 25 ? 1 : 0, line.blankBefore || line.blankAfter ? 1 : 0,
    /\s[|–—-]\s/.test(t) ? 1 : 0, /^\p{Lu}[\p{Lu}\s\d&-]+$/u.test(t) ? 1 : 0,
    i === ctx.firstLine ? 1 : 0, i === ctx.firstLine && distance === 0 ? 1 : 0,
    /[.。]$/u.test(t) ? 1 : 0, /[?!]$/.test(t) ? 1 : 0,
    words.filter((w) => /^\p{Lu}/u.test(w)).length / Math.max(1, words.length),
    ctx.p[i] ?? 0, i >= ctx.regionStart ? 1 : 0, echoed, /\d/.test(t) ? 1 : 0, /:$/.test(t) ? 1 : 0,
    Math.min(5, (t.match(/,/g) ?? []).length),
    after ? 1 : 0, ctx.isRuled(i) ? 1 : 0, prose ? proseAfter / prose : 0, after ? Math.log1p(i - ctx.bodyStart) : 0,
    near(ctx, i, 1) ? 1 : 0, near(ctx, i, -1) ? 1 : 0,
    Math.min(3, (t.match(GLUED_SEAM) ?? []).length), Math.min(3, splitSentences(t).length),
  ];
}

/** A lower-case letter run straight into a capital: words glued by a copy (`theorycomputer`). */
const GLUED_SEAM = /\p{Ll}{2}\p{Lu}/gu;

/** Is there a date line or byline within three lines of `i` in direction `dir`? */
function near(ctx: TitleContext, i: number, dir: 1 | -1): boolean {
  for (let k = 1; k <= 3; k++) if (ctx.isMeta(i + dir * k)) return true;
  return false;
}

/** The ranker's score for a feature row. */
export function titleScore(model: TitleModel, x: readonly number[]): number {
  let z = model.b;
  for (let j = 0; j < x.length; j++) z += model.w[j]! * ((x[j]! - model.mean[j]!) / model.scale[j]!);
  return 1 / (1 + Math.exp(-z));
}

/** One headline candidate with its features (for training and for `chooseTitle`). */
export interface TitleCandidate { i: number; x: number[] }

/** The candidates among `lines` at indices `free` (title-shaped, within the window), nearest last. */
export function titleCandidates(lines: Line[], free: number[], ctx: TitleContext): TitleCandidate[] {
  // The first line stays a candidate however far above: a saved page often opens with its <title>.
  // A line above the densest run of prose, outside the usual window, must name something the
  // prose under it names: there a teaser or section line stands as often as the headline. And a
  // line with no content word at all (`About us`, `Read more`) names no story.
  const ok = free.filter((i) => {
    const t = lines[i]!.text.slice(0, 300);
    if (!isTitleShaped(lines[i]!) || !hasContentWord(t)) return false;
    if (densestOnly(ctx, i)) return leadOverlap(t, ctx.leadAfter(i)) > 0;
    return usualWindow(ctx, i);
  });
  const rows = ok.map((i, k) => titleFeatures(lines, i, ok.length - 1 - k, ctx));
  const set = new Set(ok);
  let bestOverlap = 0, bestProb = 0;
  for (const x of rows) { bestOverlap = Math.max(bestOverlap, x[0]!); bestProb = Math.max(bestProb, x[13]!); }
  const distinct = distinctWords(lines, ok);
  return ok.map((i, k) => ({
    i, x: [...rows[k]!, ...setFeatures(lines, i, ok, set, ctx), rows[k]![0]! - bestOverlap, rows[k]![13]! - bestProb, distinct[k]!, INNER_COLON.test(lines[i]!.text.slice(0, 300)) ? 1 : 0, densestOnly(ctx, i) ? 1 : 0],
  }));
}

function usualWindow(ctx: TitleContext, i: number): boolean {
  return (i >= ctx.bodyStart - TITLE_WINDOW && i < ctx.windowEnd) || i === ctx.firstLine;
}

/** Is line `i` a candidate only as one of the lines straight above the densest run of prose? */
function densestOnly(ctx: TitleContext, i: number): boolean {
  return !usualWindow(ctx, i) && i < ctx.densestStart && i >= ctx.densestStart - DENSEST_WINDOW;
}

/**
 * Per candidate, the share of its content words that no other candidate holds. Menu items,
 * section names and the site's name share their words with one another (`FOCUS Magazin`,
 * `FOCUS TV`, `ERP-Tipp`, `ERP-Checkliste`); a headline names its own story.
 */
function distinctWords(lines: Line[], ok: number[]): number[] {
  const toks = ok.map((i) => [...new Set(contentTokens(lines[i]!.text.slice(0, 300)))]);
  const df = new Map<string, number>();
  for (const ts of toks) for (const t of ts) df.set(t, (df.get(t) ?? 0) + 1);
  return toks.map((ts) => (ts.length ? ts.filter((t) => df.get(t) === 1).length / ts.length : 0));
}

/** A colon inside the line, between words: `Kicker: Headline`, `Label: value`. */
const INNER_COLON = /\S:\s+\S/u;

/** Breadcrumb separators: `Home » News » Headline`, `Start > Beauty > …`. */
const CRUMB = /\s?[»›>]\s?|\s\/\s/gu;
/** Shortest candidate text that counts as standing inside another line (a few words). */
const MIN_HELD = 12;

/**
 * Features a candidate has against the other candidates: the headline often stands a second
 * time inside a longer line (a breadcrumb or a kicker line ends with it) and a dek or teaser
 * text right under it; a dek has the headline right above it.
 */
function setFeatures(lines: Line[], i: number, ok: number[], set: Set<number>, ctx: TitleContext): number[] {
  const key = ctx.textOf(i);
  let inLonger = 0, holdsOther = 0;
  for (const j of ok) {
    if (j === i) continue;
    const other = ctx.textOf(j);
    if (key.length >= MIN_HELD && other.length > key.length + 2 && other.includes(key)) inLonger = 1;
    if (other.length >= MIN_HELD && key.length > other.length + 2 && key.includes(other)) holdsOther = 1;
  }
  const next = lines[i + 1], prev = lines[i - 1];
  const t = lines[i]!.text.slice(0, 300);
  return [
    Math.min(4, (t.match(CRUMB) ?? []).length), inLonger, holdsOther,
    set.has(i - 1) ? 1 : 0, set.has(i + 1) ? 1 : 0,
    next ? Math.max(-3, Math.min(3, Math.log((next.words + 1) / (lines[i]!.words + 1)))) : 0,
    next && /[.!?。]["”»]?$/u.test(next.text.slice(-4)) ? 1 : 0,
    prev ? Math.max(-3, Math.min(3, Math.log((prev.words + 1) / (lines[i]!.words + 1)))) : 0,
  ];
}

/** Picks the headline among the candidates by the learned ranker; returns its line index or -1. */
export function chooseTitle(cands: TitleCandidate[], model: TitleModel, lines?: Line[]): number {
  let best = -1, bestScore = model.min;
  for (const c of cands) {
    const s = titleScore(model, c.x);
    if (s > bestScore) { bestScore = s; best = c.i; }
  }
  // `Headline | Site` is the page's <title>; when the bare headline stands as a line of its
  // own, that line is the headline (the benchmarks accept either, a reader wants the bare one).
  if (best >= 0 && lines) {
    const head = TITLE_SUFFIX.exec(lines[best]!.text)?.[1];
    const bare = head ? cands.find((c) => lines[c.i]!.text === head) : undefined;
    if (bare) best = bare.i;
  }
  return best;
}

/** The headline part of `Headline | Site` / `Headline – Site`. */
const TITLE_SUFFIX = /^(.{8,250}?)\s[|–—-]\s[^|–—]{2,60}$/u;

/**
 * Splits a kicker glued to its title (`Kremlgesandter zufriedenUSA und Russland …`): a
 * lowercase letter directly followed by a capital, with a short run of words before it.
 * Returns null when the line has no such seam.
 */
export function splitKicker(text: string): { kicker: string; title: string } | null {
  const seams = [...text.matchAll(/(?<=\p{Ll}{3})(?=\p{Lu})/gu)];
  for (const s of seams) {
    const kicker = text.slice(0, s.index).trim();
    const title = text.slice(s.index).trim();
    const kw = kicker.split(/\s+/).length;
    // The seam must fall after a whole word of the kicker: "WordPress" or "iPhone" are one word.
    const wordBefore = kicker.split(/\s+/).pop() ?? '';
    if (kw < 2 || kw > MAX_KICKER_WORDS || title.split(/\s+/).length < 3) continue;
    if (/^\p{Lu}/u.test(wordBefore) && wordBefore.length < 8) continue;
    if (/[:.!?]$/.test(kicker)) continue;
    return { kicker, title };
  }
  return null;
}

/** A display title made from the lead: its first sentence, or its first words and " …". */
export function deriveTitle(firstSentence: string): string {
  // Only the first words matter; splitting a whole 50 MB line would cost seconds.
  const words = firstSentence.slice(0, DERIVED_SAMPLE_CHARS).trim().split(/\s+/).filter(Boolean);
  if (words.length <= DERIVED_MAX_WORDS) return words.join(' ');
  return words.slice(0, DERIVED_CUT_WORDS).join(' ') + ' …';
}
