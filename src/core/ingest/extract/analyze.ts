/**
 * The line pipeline: labels furniture, finds comments and captions, finds the article's main
 * span, then reads the header (title, kicker, section, dek, byline, date lines) above it, types
 * the body inside it, and reads the tail (source line, tags, credits) below it. The result is
 * one role per line; `index.ts` turns roles into blocks and metadata. See README.md.
 */
import type { BlockKind, BlockRegion, ExtractionCorrection } from '../../../shared/api';
import type { Line } from './segment';
import type { FoundComment } from './comments';
import { isProse, shortTextSpan, type LineClass } from './content';
import { lineEvidence, type Role } from './evidence';

export type { Role } from './evidence';
import { pageFeatures } from './features';
import { defaultModel, predict, type LineModel } from './model';
import { mainRegion, pageChromeEnd, type FixedEnds } from './region';
import { templateLines, type SiteTemplate } from './template';
import { DENSEST_WINDOW, TITLE_WINDOW, chooseTitle, splitKicker, titleCandidates, type TitleCandidate } from './title';
import { isSubheading, typeBodyLines } from './body';
import { MAX_INLINE_DEK_CHARS, isDateLabelOnly, isDekShaped, isSectionShaped, readDateLine, statedCandidates } from './header';
import { bareName, endsWithBylineLabel, parseAgencies, parseByline, parseSourceLine, parseTagList, splitGluedTags } from './byline';
import type { StatedCandidate } from '../dates/publication';
import { dateOnly, edgeDateCandidates } from './edge-dates';
import type { PageLines } from './html-structure';


/** Everything the pipeline learned about the lines. */
export interface Analysis {
  roles: Role[];
  comments: FoundComment[];
  titleLine: number;
  kicker: { text: string; titleText: string } | null;
  span: [number, number] | null;
  author: string | null;
  sourceSite: string | null;
  agencies: string[];
  tags: string[];
  stated: StatedCandidate[];
  /** Date lines at the article's edges, read only where the header states no first publication (`edge-dates.ts`). */
  edgeDates: StatedCandidate[];
}

/** What training needs to see of a run (the headline candidates with their features). */
export interface AnalysisTrace {
  titleCandidates: TitleCandidate[];
}

const AFTER_TITLE_LOOKAHEAD = 3;
/** Below this many unclaimed words a text is a snippet, not a page: all of it is the article. */
const MIN_PAGE_WORDS = 80;
/** Lines at the start of the main region searched for the headline. */
const HEADER_IN_REGION = 5;
const HEADLINE_LABELS = new Set(['navigation', 'related']);
/** Lines below the first prose line searched for a headline the main text hangs under. */
const TITLE_BELOW = 30;
/** A line the rules call furniture stays in the article when the model is this sure of it. */
const RULE_OVERRULED = 0.5;
/** The most words of a sentence-shaped line at the top of the prose still read as a possible headline. */
const PROSE_HEADLINE_WORDS = 15;
/** Lines (a date line, a byline, a credit) that may stand between such a headline and its prose. */
const PROSE_HEADLINE_GAP = 2;
/** The most words of an unclaimed line in that gap (a name, a date). */
const PROSE_HEADLINE_GAP_WORDS = 5;
/** Date lines may stand a few lines above the headline (`08.04.2015 12:46` over the h1). */
const DATE_ABOVE_TITLE = 5;
/** Date lines in a row that make a list of dated items rather than a header. */
const DATE_LIST_LINES = 3;

/** Runs the pipeline over `lines` (see the file comment); `model` is the line classifier. */
export function analyzeLines(lines: Line[], lang: string | null, usMonthFirst: boolean, model: LineModel = defaultModel(), trace?: (t: AnalysisTrace) => void, corrections: ExtractionCorrection | null = null, template: SiteTemplate | null = null, page: PageLines | null = null): Analysis {
  const ev = lineEvidence(lines, lang);
  const { roles, comments } = ev;
  // An HTML page's `<nav>` lines are menus whatever they look like (`Home World` is no section).
  if (page) for (const i of page.nav) roles[i] ??= { kind: 'boilerplate', region: 'boilerplate', label: 'navigation' };
  // A person's correction: the lines holding the offsets they marked.
  const fixed: FixedEnds = {};
  const at = (offset: number | null) => (offset === null ? undefined : lineAt(lines, offset));
  if (corrections && lines.length) {
    fixed.start = at(corrections.start);
    fixed.end = at(corrections.end);
    for (const i of [fixed.start, fixed.end]) if (i !== undefined) roles[i] = null;
  }
  // A person's headline first, then the heading an HTML page's own title agrees with.
  const fixedTitle = (corrections && lines.length ? at(corrections.headline) : undefined) ?? page?.headline;
  const p = predict(model, pageFeatures(lines, lang, ev.rules, model.vocab, ev.densest, ev.datesOf));
  // A text without a paragraph of prose (a pasted snippet, a wire flash) is all article: the
  // model learned from whole pages and would keep only what looks like a page's main text.
  const words = lines.reduce((n, l, i) => n + (roles[i] ? 0 : l.words), 0);
  const hasProse = words >= MIN_PAGE_WORDS && lines.some((l, i) => !roles[i] && isProse(l, lang));
  const isFixed = fixed.start !== undefined || fixed.end !== undefined;
  const chromeEnd = pageChromeEnd(roles, ev.densest, isFixed);
  const templated = templateLines(lines, template, p, model.tau, lang);
  const region = hasProse || isFixed ? mainRegion(lines, p, (i) => i <= chromeEnd || roles[i]?.region === 'comments', model.tau, model.hole, fixed, templated) : null;
  let span: [number, number] | null = region?.span ?? null;
  if (region) {
    for (let i = span![0]; i <= span![1]; i++) {
      const r = roles[i];
      // A Markdown list item, quote or code line inside the article is its author's, however
      // short or code-like: the model and the rules learned their furniture from web pages.
      if (page?.kept?.has(i) && r?.region !== 'comments') {
        region.holes.delete(i);
        roles[i] = null;
        continue;
      }
      if (region.holes.has(i)) continue;
      else if (r?.kind === 'boilerplate' && r.label !== 'script' && p[i]! >= RULE_OVERRULED) roles[i] = null;
    }
  } else {
    if (page?.kept) for (const i of page.kept) if (roles[i]?.region !== 'comments') roles[i] = null;
    span = shortTextSpan(lines, roles.map((r): LineClass => (r ? { type: 'label', label: '' } : { type: 'free' })));
  }
  const out: Analysis = { roles: [], comments, titleLine: -1, kicker: null, span, author: null, sourceSite: null, agencies: [], tags: [], stated: [], edgeDates: [] };
  let [s, e] = span ?? [lines.length, lines.length - 1];
  // The region may open with the headline and the lines around it (the model reads a headline
  // as part of the story): the free lines before its first prose line are header candidates.
  let firstProse = s;
  while (firstProse <= Math.min(e, s + HEADER_IN_REGION) && (roles[firstProse] || !isProse(lines[firstProse]!, lang))) firstProse++;
  if (firstProse > Math.min(e, s + HEADER_IN_REGION) || fixed.start !== undefined) firstProse = s;

  // Header: the headline is the line the main text hangs under — among the lines above the
  // first prose line, or a short line further down (then what stands above it, teasers of a
  // news stream, is not the article).
  const proseAt = (i: number) => !roles[i] && !region?.holes.has(i) && isProse(lines[i]!, lang);
  const leadAfter = (i: number) => {
    const out: string[] = [];
    for (let j = i + 1; j <= e && j < i + 12 && out.length < 4; j++) if (proseAt(j)) out.push(lines[j]!.text);
    return out.join(' ');
  };
  const lead = leadAfter(firstProse - 1);
  // A headline may end like a sentence (`Laufen im Winter: … in 12 Monaten.`, a question):
  // on a page (not a pasted snippet, whose every sentence is its text) a short line opening
  // the prose, with prose under it (past the date line, byline or photo credit a headline
  // carries: claimed by a rule, short, or read as a date line or byline), stays a candidate.
  const proseUnder = (i: number) => {
    for (let j = i + 1; j <= e && j <= i + 1 + PROSE_HEADLINE_GAP; j++) {
      if (proseAt(j)) return true;
      const l = lines[j]!;
      if (!roles[j] && l.words > PROSE_HEADLINE_GAP_WORDS && !readDateLine(l, usMonthFirst) && !parseByline(l.text)) return false;
    }
    return false;
  };
  const proseHeadline = (i: number) => !!region && i - firstProse <= 1 && lines[i]!.words <= PROSE_HEADLINE_WORDS && !/[…:;,]$/u.test(lines[i]!.text) && proseUnder(i);
  const dateLines = new Map<number, ReturnType<typeof readDateLine>>();
  const free: number[] = [];
  const meta = new Set<number>();
  const below = fixed.start !== undefined ? 0 : TITLE_BELOW;
  const windowEnd = Math.min(lines.length, e + 1, firstProse + below);
  // The densest run of prose is a second anchor: where the region opened at teasers or a
  // service block far from it, the article's headline stands straight above that run.
  const densestStart = fixed.start === undefined && ev.densest ? ev.densest[0] : -1;
  const extra: number[] = [];
  for (let i = Math.max(windowEnd, densestStart - DENSEST_WINDOW); i < densestStart; i++) extra.push(i);
  for (const i of [...Array(windowEnd).keys(), ...extra]) {
    const r = roles[i];
    // Of the lines rules claimed, only menu and link-list lines can hold a headline, and a
    // "caption" made so by the credit line under it (a credit may follow a headline too).
    if (r && !(r.region === 'boilerplate' && HEADLINE_LABELS.has(r.label ?? '')) && !(r.kind === 'caption' && roles[i + 1]?.kind === 'credit')) continue;
    if (i >= firstProse && (r || ((proseAt(i) || /[.…:;,]$/u.test(lines[i]!.text)) && !proseHeadline(i)))) continue;
    const dl = readDateLine(lines[i]!, usMonthFirst);
    // A bare date over a photo credit is the header's date line, not the photo's caption
    // (`12.12.2022` / `Copyright: X` under the headline, the photo itself not in the text).
    const datedCaption = r?.kind === 'caption' && !!dl && !!dateOnly(lines[i]!, usMonthFirst);
    if (dl) { if (i < s && i < windowEnd && (!r || datedCaption)) dateLines.set(i, dl); meta.add(i); }
    else if (parseByline(lines[i]!.text)) meta.add(i);
    else free.push(i);
  }
  const proseWords = lines.map((l, i) => (i >= s && i <= e && proseAt(i) ? l.words : 0));
  const cands = titleCandidates(lines, free, { lead, leadAfter, bodyStart: firstProse, regionStart: s, densestStart, windowEnd, p, textOf: lowerStarts(lines), firstLine: 0, proseWords, isRuled: (i) => !!roles[i], isMeta: (i) => meta.has(i) });
  trace?.({ titleCandidates: cands });
  const titleLine = fixedTitle ?? chooseTitle(cands, model.title, lines);
  out.titleLine = titleLine;
  // Free lines of the region above a headline found inside it are folded (teasers, a stream),
  // unless they hold more prose than the lines under it: then the "headline" is a box heading
  // under the article (an author's note, `Kolumne: X`), and folding would drop the article.
  const proseIn = (a: number, b: number) => { let w = 0; for (let i = a; i <= b; i++) w += proseWords[i]!; return w; };
  if (titleLine >= s && proseIn(firstProse, titleLine - 1) <= proseIn(titleLine + 1, e)) {
    for (let i = s; i < titleLine; i++) if (!roles[i] && i >= firstProse) roles[i] = { kind: 'boilerplate', region: 'boilerplate', label: 'other' };
    s = titleLine + 1;
    out.span = [s, e];
  }
  if (titleLine >= 0) {
    roles[titleLine] = { kind: 'title', region: 'header' };
    const k = splitKicker(lines[titleLine]!.text);
    if (k) out.kicker = { text: k.kicker, titleText: k.title };
    const first = lines.findIndex((_, i) => !roles[i] || i === titleLine);
    if (first >= 0 && first < titleLine && !roles[first] && titleLine - first === 1 && isSectionShaped(lines[first]!)) {
      roles[first] = { kind: 'section', region: 'header' };
    }
  }
  const headerFrom = titleLine >= 0 ? Math.max(0, titleLine - DATE_ABOVE_TITLE) : 0;
  // A headline far above the text (a saved page's first line, its <title>) has no header below
  // it beyond the window a headline is looked for in: the lines between are the page's menus.
  const headerTo = titleLine >= 0 ? titleLine + TITLE_WINDOW : s;
  let dekDone = false;
  for (let i = 0; i < s; i++) {
    const dl = dateLines.get(i);
    const inHeader = i >= headerFrom && i <= headerTo;
    if (roles[i] && !(dl && inHeader && roles[i]!.kind === 'caption')) continue;
    const line = lines[i]!;
    const byline = parseByline(line.text);
    if (dl && inHeader) {
      roles[i] = { kind: 'date', region: 'header' };
      out.stated.push(...listedIf(statedCandidates(line, dl), inDateList(lines, i, usMonthFirst)));
      out.author ??= dl.writer;
    } else if (isDateLabelOnly(line.text)) {
      roles[i] = { kind: 'date', region: 'header' };
    } else if (byline && inHeader) {
      roles[i] = { kind: 'byline', region: 'header' };
      out.author ??= byline;
    } else if (i > titleLine && inHeader && titleLine >= 0 && !dekDone && isDekShaped(line)) {
      roles[i] = { kind: 'dek', region: 'header' };
      dekDone = true;
    } else {
      roles[i] = { kind: 'boilerplate', region: 'boilerplate', label: line.words <= 6 ? 'navigation' : 'other' };
    }
  }
  // The span may open with header lines too: a date line or byline right under the headline,
  // or a teaser standing between the headline and the first paragraph.
  for (let i = s; i <= Math.min(e, s + AFTER_TITLE_LOOKAHEAD); i++) {
    const line = lines[i]!;
    if (roles[i] && !(roles[i]!.kind === 'caption' && dateOnly(line, usMonthFirst))) continue;
    const dl = readDateLine(line, usMonthFirst);
    const byline = parseByline(line.text);
    if (dl) {
      roles[i] = { kind: 'date', region: 'header' };
      out.stated.push(...listedIf(statedCandidates(line, dl), inDateList(lines, i, usMonthFirst)));
      out.author ??= dl.writer;
    } else if (isDateLabelOnly(line.text)) {
      roles[i] = { kind: 'date', region: 'header' };
    } else if (byline) {
      roles[i] = { kind: 'byline', region: 'header' };
      out.author ??= byline;
    } else if (!dekDone && titleLine >= 0 && isDekShaped(line, MAX_INLINE_DEK_CHARS) && nextProseIsLonger(lines, roles, i, e)) {
      roles[i] = { kind: 'dek', region: 'header' };
      dekDone = true;
    } else if (isProse(line, lang)) break;
  }

  if (!out.author && titleLine >= 0) out.author = writerUnderHeadline(lines, roles, titleLine, lang, usMonthFirst);

  // Holes: what the model rejects inside the region and no header rule claimed is folded there,
  // but for a subheading: a heading-shaped line the prose goes on under, with prose just above
  // (not one a site template folds).
  const once = saidOnce(lines);
  for (const i of region?.holes ?? []) {
    if (!roles[i] && !templated.has(i) && isSubheading(lines, i, proseAt) && once(i)) continue;
    if (!roles[i]) roles[i] = { kind: 'boilerplate', region: 'boilerplate', label: 'other' };
  }
  // Body: type the free lines of the span.
  const bodyIdx: number[] = [];
  for (let i = s; i <= e; i++) if (!roles[i]) bodyIdx.push(i);
  for (const [i, r] of typeBodyLines(lines, bodyIdx)) roles[i] = { ...r, region: 'body' };

  // Tail and body end: source lines, tags, agency credits.
  for (let i = s; i < lines.length; i++) {
    const r = roles[i];
    if (r && r.region !== 'body' && !(r.kind === 'boilerplate' && r.label === 'navigation')) continue;
    const text = lines[i]!.text;
    const src = parseSourceLine(text);
    if (src) {
      roles[i] = { kind: 'credit', region: 'body' };
      out.sourceSite ??= src.site;
      out.author ??= src.author;
      continue;
    }
    const tags = i > e ? splitGluedTags(text) ?? parseTagList(text) : parseTagList(text);
    if (tags) {
      roles[i] = { kind: 'tags', region: 'header' };
      if (!out.tags.length) out.tags = tags;
      continue;
    }
    if (r && r.region === 'body') {
      const ag = parseAgencies(text);
      if (ag.length && !out.agencies.length) out.agencies = ag;
    }
    if (!roles[i] && i > e) roles[i] = { kind: 'boilerplate', region: 'boilerplate', label: tailLabel(lines[i]!) };
  }
  if (!out.stated.some((c) => !c.isUpdate && !c.listed) && region) out.edgeDates = edgeDateCandidates(lines, roles, s, e, usMonthFirst);
  out.roles = roles.map((r) => r ?? { kind: 'boilerplate', region: 'boilerplate', label: 'other' });
  return out;
}

/** Lines under the headline read for a writer named without a label. */
const NAME_BELOW_TITLE = 6;
const NOT_A_WRITER: ReadonlySet<BlockKind> = new Set<BlockKind>(['title', 'comment', 'tags', 'quote', 'list-item']);

/**
 * The writer a line under the headline names alone (`Sarah Archer`; `By` / `Benjamin Romano`),
 * before the article's second prose line (a teaser may stand above the name): the header's
 * place for a byline, where a bare name is the writer's far more often than a topic's.
 */
function writerUnderHeadline(lines: Line[], roles: (Role | null)[], titleLine: number, lang: string | null, usMonthFirst: boolean): string | null {
  let prose = 0;
  for (let i = titleLine + 1; i < lines.length && i <= titleLine + NAME_BELOW_TITLE; i++) {
    const r = roles[i];
    if (r && NOT_A_WRITER.has(r.kind)) continue;
    const name = bareName(lines[i]!.text, i > 0 && endsWithBylineLabel(lines[i - 1]!.text));
    if (name) return name;
    // A date line (`posted on April 21, 2015, at 11:29 a.m.`) is the header's, not the article's prose.
    if (isProse(lines[i]!, lang) && !readDateLine(lines[i]!, usMonthFirst) && ++prose >= 2) return null;
  }
  return null;
}

/**
 * Does line `i` stand in a list of dated items: at least `DATE_LIST_LINES` date lines in a row
 * stating at least two days (`Neueste Beiträge` / `20.02.2020 20:00 Stammtisch` / `13.02.2020 …`)?
 * A header states one or two dates (published, updated), never a run of different ones.
 */
function inDateList(lines: Line[], i: number, usMonthFirst: boolean): boolean {
  const days = new Set<string>();
  let n = 0;
  const take = (j: number) => {
    const dl = j >= 0 && j < lines.length ? readDateLine(lines[j]!, usMonthFirst) : null;
    if (!dl) return false;
    const d = dl.dates[0]!;
    days.add(`${d.year}-${d.month}-${d.day}`);
    n++;
    return true;
  };
  for (let j = i; j > i - DATE_LIST_LINES && take(j); j--);
  for (let j = i + 1; j < i + DATE_LIST_LINES && take(j); j++);
  return n >= DATE_LIST_LINES && days.size >= 2;
}

function listedIf(cands: StatedCandidate[], listed: boolean): StatedCandidate[] {
  return listed ? cands.map((c) => ({ ...c, listed: true })) : cands;
}

/** The index of the line holding `offset` (the nearest line after it, or the last). */
function lineAt(lines: Line[], offset: number): number {
  let lo = 0, hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.end <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function nextProseIsLonger(lines: Line[], roles: (Role | null)[], i: number, e: number): boolean {
  for (let j = i + 1; j <= e; j++) {
    if (roles[j]) continue;
    if (lines[j]!.words < 8) continue;
    return lines[j]!.words >= lines[i]!.words;
  }
  return false;
}

/** Is line `i`'s text said only there on the page? Counts the texts on first demand. */
function saidOnce(lines: Line[]): (i: number) => boolean {
  let counts: Map<string, number> | null = null;
  return (i) => {
    counts ??= lines.reduce((m, l) => m.set(l.text.trim(), (m.get(l.text.trim()) ?? 0) + 1), new Map<string, number>());
    return counts.get(lines[i]!.text.trim()) === 1;
  };
}

/** Unclaimed lines after the article: headline lists are `related`, the rest `footer`. */
function tailLabel(line: Line): string {
  return line.words >= 3 && line.words <= 20 && !/[.!?]$/.test(line.text) ? 'related' : 'footer';
}

/** Line `i`'s first 300 characters lowercased, made on first demand: the headline asks of few lines. */
function lowerStarts(lines: Line[]): (i: number) => string {
  const memo = new Array<string | undefined>(lines.length);
  return (i) => (memo[i] ??= lines[i]!.text.slice(0, 300).toLowerCase());
}

