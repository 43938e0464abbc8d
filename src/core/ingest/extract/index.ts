import type { Block, Caption, Comment, Extraction, ExtractionCorrection } from '../../../shared/api';
import { notice, type Notice } from '../../../shared/api/notices';
import { english } from '../../../shared/i18n';
import { splitLines, countWords, type Line } from './segment';
import { sentenceTexts as splitSentences } from '../../text/sentences';
import { detectLang } from '../../text/lang';
import { analyzeLines, type Analysis, type AnalysisTrace } from './analyze';
import { endsWithUpdateLabel, parseHeaderDate, signsQuotedPost } from './header';
import { deriveTitle } from './title';
import { parseDateline, statedOutlet } from './byline';
import { renderHtml, type HtmlMeta } from './html';
import { structureLines } from './html-structure';
import { renderMarkdown } from './markdown';
import { applyMarkup, structuredLines, type MarkupSpan } from './markup';
import { collectMentions, buildMentions, sentenceAt, type TextPiece } from '../dates/mentions';
import { weekdayAhead } from '../dates/ahead';
import { decidePublication, type StatedCandidate } from '../dates/publication';
import { chronoDate } from '../dates/chrono';
import { numericMonthFirst } from '../dates/find';
import { defaultModel, type LineModel } from './model';
import type { SiteTemplate } from './template';

export type { SiteTemplate } from './template';

/**
 * Bumped whenever extraction rules change, so `parallax reextract` can tell stale articles.
 * 2: the line-based extractor (boilerplate, comments, captions, dates; see README.md).
 * 3: the learned line classifier, the main region with holes, the learned headline ranker.
 * 6: the page's first line is a headline candidate however far above the text; retrained.
 * 8: a sentence-shaped headline opening the text stays a candidate past its byline or date line; retrained.
 * 9: a caption's credit may follow it without brackets (`… © AFP / X`, `… Getty Images`); retrained.
 * 10: the run of paragraphs a line stands in (teasers stand alone); `[` opens script debris only
 *     before JSON or wholly bracketed; a headline inside the region folds no more prose than
 *     follows it; retrained.
 * 11: nothing above the page's first skip link (before the end of its densest prose) opens the
 *     article (a browser notice read as prose took the region and the headline); a text's long
 *     last line stands in the run of paragraphs (a copy cut mid-paragraph); retrained.
 * 12: a date line glued to its own repeat is read; where the header states no first-publication
 *     date, date lines at the article's edges are (`edge-dates.ts`); revision labels count in
 *     chrono's reading; retrained (the headline ranker only: a glued date line is no candidate).
 * 13: the edges' date lines include a bare date line among the region's first six lines (a
 *     region opened at a dek or a missed headline, the date under it); weights unchanged.
 * 15: two headline features: the share of a candidate's words no other candidate holds (menu
 *     items and section names share theirs) and a colon inside it (`Kicker: Headline`); retrained.
 * 16: a list of dated items near the headline (3+ date lines in a row) yields to the page's own
 *     date line; a bare date over a photo credit under the headline is the header's date line,
 *     not a caption; weights unchanged.
 * 17: an ambiguous numeric date (`02/10/2020`) is read in the order the page's other numeric
 *     dates settle (the language only where none does); Polish month names on date lines (not
 *     in the line features); weights unchanged.
 * 18: the 12 lines straight above the densest run of prose are headline candidates wherever it
 *     stands (a region opened at teasers far from the article), if they share a content word
 *     with the prose under them; the ranker sees which came in so (`densestOnly`); a line of no
 *     content word (`About us`) is no candidate; the ranker retrained.
 * 21: a lead opening with its day alone (`April 17, 2015 -- …`) states the report's date as a
 *     dated dateline does; `+ ` opens a list item (a changelog's `+ Added …`, beside `- Removed`)
 *     in the body and the `listMarker` feature; weights unchanged (no public page's output moves).
 * 22: an HTML page's `<nav>` lines are menus (never its section), and its heading that agrees with
 *     the page's own title (`<title>`, `og:title`) is the headline (`html-structure.ts`); a dated
 *     dateline may have a place of several parts, its agency before the comma and a time
 *     (`Halle (Saale) (dpa), 3. Mai 2025, 14:30 Uhr –`); a weekday told as still to come no
 *     longer dates the report (`inferFromWeekdays`). Plain text: no public page's output moves.
 * 23: a day and month without a year in a clause of what is to come (`will … am 15. Januar …
 *     stellen` in a report of November) is the next such day, not the one of the report's year
 *     (`ingest/dates/ahead.ts` `dateAhead`; stored date mentions only, weights unchanged).
 * 24: a month without a day or year told as still to come is the next such month (`Neuwahlen im
 *     März … dürfte` in a report of November: March of the next year); `dürfte` is the German of
 *     `is expected to`, a clause-opening `was` the pronoun (stored date mentions only).
 * 25: a date mention's sentence is at most 400 characters, a window around the mention cut at
 *     words (`dates/mentions.ts` `MAX_SENTENCE_CHARS`): text without sentence breaks made the
 *     mentions quadratic in memory. Stored date mentions of such sentences only.
 * 26: a Markdown or HTML report's body blocks carry the structure its markup states
 *     (`Block.markup`: heading level, lists and items, quotes, preformatted; `markup.ts`). Text,
 *     body and every offset as before; plain text unchanged.
 * 27: `werden` as the infinitive under a modal of need or ability (`angepasst werden muss`) tells
 *     no future: the modal passive no longer reads a date ahead (`ingest/dates/ahead.ts`); a
 *     finite `wird`, `soll` or `will` still does. Stored date mentions only (1 of 2,892 moves).
 * 28: a heading-shaped line the line model folds as a hole of the article, with prose just above
 *     and two prose lines under it, is a subheading of the body (`isSubheading`), and a
 *     headline-style line (`Black-Box Versus White-Box`) is no pull quote's attribution
 *     (`isTitleCase`); weights unchanged.
 * 29: chrono's reading of a line near the headline counts only where the line prints the year
 *     (`heute`, `jetzt`, `vor 2 Stunden` had dated pages 2000-01-01, chrono's reference day),
 *     and a quoted social post's signature (`— Jane Doe (@janedoe) August 22, 2013`) dates and
 *     signs nothing (`signsQuotedPost`).
 * 30: a writer named alone under the headline (`Sarah Archer`, a list of names, `By` / `Name`)
 *     is the author (`writerUnderHeadline`, `bareName`: its first name a given name).
 * 31: Markdown front matter's `source:` / `outlet:` / `publisher:` / `site:` is the outlet
 *     (a URL there its host), before any guess from the lines.
 */
export const EXTRACTOR_VERSION = 31;

/** Fields a structured record (JSON Lines) states about itself; each wins over guessing. */
export interface RecordHints {
  title?: string | null;
  published?: string | null;
  site?: string | null;
  url?: string | null;
  lang?: string | null;
  category?: string | null;
}

/** What `extract` takes: decoded text and the format it is in. */
export interface ExtractInput {
  text: string;
  format: 'text' | 'html' | 'markdown';
  /** File name, for messages only; never used to decide anything. */
  name?: string;
  hints?: RecordHints;
  /** A person's correction (offsets into the canonical text); wins over the model. */
  corrections?: ExtractionCorrection | null;
  /** The template of the page's site, learned from the library's other pages of it (`template.ts`). */
  template?: SiteTemplate | null;
}

/** How to extract; the defaults are what the app uses. */
export interface ExtractOptions {
  /** The line classifier (default: the committed `weights.json`); training passes its own. */
  model?: LineModel;
  /** Called with what training needs to see of the run. */
  trace?: (t: AnalysisTrace) => void;
}

const WORDS_PER_MINUTE = 200;
/** Kinds that make up `Extraction.body` (with the header's dek). */
const BODY_KINDS = new Set(['paragraph', 'heading', 'list-item', 'quote']);
/** Lines around the headline handed to chrono when our patterns found no date there. */
const CHRONO_LINES = 12;
const CHRONO_MAX_CHARS = 120;
/** Characters of the lead searched for its first sentence. */
const LEAD_SAMPLE_CHARS = 2_000;

/**
 * Extracts an article from decoded text. Pure and synchronous; never throws for odd text
 * (an input with no body gives an article with the warning `no article body found`).
 */
export function extract(input: ExtractInput, options: ExtractOptions = {}): Extraction {
  try {
    return extractArticle(input, options.model ?? defaultModel(), options.trace);
  } catch (err) {
    // Best effort: a bug in one rule must not lose the article. The raw text is kept whole as
    // one paragraph, and the warning names the failure so it can be reported.
    const text = String(input.text ?? '');
    const trimmed = text.trim();
    const start = text.indexOf(trimmed);
    return emptyExtraction(text, input, trimmed ? [{ kind: 'paragraph', region: 'body', text: trimmed, start, end: start + trimmed.length }] : [],
      [notice('extract.failed', { detail: (err as Error)?.message ?? String(err) })]);
  }
}

function extractArticle(input: ExtractInput, model: LineModel, trace?: (t: AnalysisTrace) => void): Extraction {
  const hints = input.hints ?? {};
  let text = typeof input.text === 'string' ? input.text : '';
  let meta: HtmlMeta = {};
  let mdTitle: string | null = null;
  let mdSite: string | null = null;
  let spans: MarkupSpan[] = [];
  if (input.format === 'html') {
    const r = renderHtml(text);
    text = r.text;
    meta = r.meta;
    spans = r.spans;
  } else if (input.format === 'markdown') {
    const r = renderMarkdown(text);
    text = r.text;
    mdTitle = r.title;
    mdSite = r.site;
    spans = r.spans;
    if (r.published) meta.published = r.published;
  }
  const header = parseHeaderDate(text);
  // Blank out the header prefix (same length) so offsets stay those of the canonical text.
  const lines = splitLines(header ? ' '.repeat(header.length) + text.slice(header.length) : text);
  const lang = hints.lang ?? meta.lang ?? detectLang(text);
  const usMonthFirst = numericMonthFirst(text, lang);
  const page = input.format === 'markdown' ? { nav: new Set<number>(), headline: undefined, kept: structuredLines(lines, spans) } : structureLines(lines, meta.structure);
  const a = analyzeLines(lines, lang, usMonthFirst, model, trace, input.corrections ?? null, input.template ?? null, page);
  const blocks = buildBlocks(lines, a, text, header);
  applyMarkup(blocks, spans);

  const bodyBlocks = blocks.filter((b) => (b.region === 'body' && BODY_KINDS.has(b.kind)) || b.kind === 'dek');
  const body = bodyBlocks.map((b) => b.text);
  const firstPara = blocks.find((b) => b.region === 'body' && b.kind === 'paragraph');
  const dateline = firstPara ? parseDateline(firstPara.text, usMonthFirst) : null;
  const agencies = [...a.agencies];
  if (dateline?.agency) for (const ag of dateline.agency.split(/\s*[/,]\s*/)) if (!agencies.includes(ag)) agencies.push(ag);

  // Title: the record's, the document's own, the headline line, the page's metadata, the lead.
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const lead = firstPara ? firstPara.text.slice(dateline?.length ?? 0) : '';
  const stated = hints.title?.trim() || mdTitle || titleBlock?.text || meta.title || '';
  const title = stated || (lead ? deriveTitle(firstSentence(lead)) : '') || input.name || 'Untitled';

  // Dates.
  const pieces: TextPiece[] = blocks.filter((b) => b.region === 'header' || b.region === 'body').map((b) => ({ text: b.text, start: b.start }));
  const found = collectMentions(pieces, usMonthFirst);
  const candidates: StatedCandidate[] = [...a.stated];
  if (!candidates.length && !header && meta.published) {
    const iso = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?/.exec(meta.published);
    if (iso) candidates.push({ date: { text: meta.published, start: -1, end: -1, ...isoParts(iso[0]) }, isUpdate: false });
  }
  // A wire's dateline that carries its day (`Doha, 16. März 2025 – …`) states the report's date
  // where nothing near the headline does; chrono reads only short lines, and a lead is long.
  if (!header && dateline?.date && firstPara && !candidates.some((c) => !c.isUpdate && !c.listed)) {
    const d = dateline.date;
    candidates.unshift({ date: { ...d, start: firstPara.start + d.start, end: firstPara.start + d.end }, isUpdate: false });
  }
  if (!candidates.length && !header) candidates.push(...chronoCandidates(lines, a, lang));
  // The article's edges are read last, and a first-publication date there goes before a
  // revision date the header states (`Aktualisiert: …` over a date the rules took for a menu).
  const edge = a.edgeDates.find((c) => !c.isUpdate);
  if (!header && edge && !candidates.some((c) => !c.isUpdate && !c.listed)) candidates.unshift(edge);
  else if (!candidates.length && !header) candidates.push(...a.edgeDates);
  const ahead = new Set(found.relative.filter((r) => r.sense.type === 'weekday' && r.sense.direction === 0 && weekdayAhead(sentenceAt(pieces, r.start), r.text.trim())));
  const pub = decidePublication({ hint: hints.published ?? null, stated: candidates, header: header?.date ?? null, absolute: found.absolute, relative: found.relative, ahead });
  const headerMention = header ? { text: header.label, start: text.indexOf(header.label), end: text.indexOf(header.label) + header.label.length, date: header.date } : null;
  const dateMentions = buildMentions(found, pieces, pub.published, headerMention);

  // An outlet the person's front matter states is theirs, like a record's: it goes before any guess from the lines.
  const site = hints.site ?? mdSite ?? a.sourceSite ?? outletFromLines(lines, a) ?? meta.site ?? null;
  const wordCount = body.reduce((n, b) => n + countWords(b), 0);
  const comments = buildComments(lines, a);
  const captions: Caption[] = blocks.filter((b) => b.kind === 'caption').map((b) => ({ text: b.text, credit: b.credit ?? null, start: b.start, end: b.end }));
  const kicker = blocks.find((b) => b.kind === 'kicker')?.text ?? null;
  return {
    text,
    title,
    titleDerived: !stated,
    kicker,
    dek: blocks.find((b) => b.kind === 'dek')?.text ?? null,
    published: pub.published,
    publishedSource: pub.source,
    dateEvidence: pub.evidence.map(english),
    dateEvidenceCoded: pub.evidence,
    dateConflict: pub.conflict,
    site,
    author: a.author ?? meta.author ?? null,
    dateline: dateline?.place || null,
    agencies,
    section: blocks.find((b) => b.kind === 'section')?.text ?? hints.category ?? null,
    tags: a.tags,
    lang,
    wordCount,
    readingMinutes: wordCount ? Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) : 0,
    body,
    blocks,
    comments,
    captions,
    boilerplate: blocks.filter((b) => b.region === 'boilerplate').map((b) => b.text),
    dateMentions,
    ...coded(body.length === 0 ? [notice('extract.no-body')] : []),
  };
}

function buildBlocks(lines: Line[], a: Analysis, text: string, header: ReturnType<typeof parseHeaderDate>): Block[] {
  const blocks: Block[] = [];
  if (header) {
    const start = text.indexOf(header.label);
    blocks.push({ kind: 'date', region: 'header', text: header.label, start, end: start + header.label.length });
  }
  lines.forEach((line, i) => {
    const r = a.roles[i]!;
    if (i === a.titleLine && a.kicker) {
      const cut = line.text.indexOf(a.kicker.titleText);
      blocks.push({ kind: 'kicker', region: 'header', text: a.kicker.text, start: line.start, end: line.start + a.kicker.text.length });
      blocks.push({ kind: 'title', region: 'header', text: a.kicker.titleText, start: line.start + cut, end: line.end });
      return;
    }
    const b: Block = { kind: r.kind, region: r.region, text: line.text, start: line.start, end: line.end };
    if (r.label) b.label = r.label;
    if (r.attribution) b.attribution = r.attribution;
    if (r.credit) b.credit = r.credit;
    if (r.comment !== undefined) b.comment = r.comment;
    blocks.push(b);
  });
  return blocks;
}

function buildComments(lines: Line[], a: Analysis): Comment[] {
  return a.comments.map((c) => {
    const textLines = lines.slice(c.header + c.headerLines, c.last + 1);
    const parts: string[] = [];
    textLines.forEach((l, k) => parts.push((k > 0 && l.blankBefore ? '\n' : '') + l.text));
    return {
      author: c.author,
      published: c.published,
      text: parts.join('\n'),
      replyTo: c.replyTo,
      start: lines[c.header]!.start,
      end: lines[c.last]!.end,
    };
  });
}

/** The outlet named by the page itself, outside the comments (`Folge TKP auf …`). */
function outletFromLines(lines: Line[], a: Analysis): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (a.roles[i]!.region === 'comments') continue;
    const o = statedOutlet(lines[i]!.text);
    if (o) return o;
  }
  return null;
}

/** chrono's reading of the short lines around the headline, as stated candidates. */
function chronoCandidates(lines: Line[], a: Analysis, lang: string | null): StatedCandidate[] {
  const from = Math.max(0, (a.titleLine >= 0 ? a.titleLine : a.span?.[0] ?? 0) - 3);
  for (let i = from; i < Math.min(lines.length, from + CHRONO_LINES); i++) {
    const l = lines[i]!;
    const r = a.roles[i]!;
    if (l.text.length > CHRONO_MAX_CHARS || !/\d/.test(l.text) || r.region === 'comments' || r.kind === 'caption') continue;
    const c = chronoDate(l.text, lang);
    if (c && signsQuotedPost(l.text.slice(0, c.index))) continue;
    if (c) return [{ date: { text: c.text, start: l.start + c.index, end: l.start + c.index + c.text.length, ...isoParts(c.date) }, isUpdate: endsWithUpdateLabel(l.text.slice(0, c.index)) }];
  }
  return [];
}

/** The first sentence of the lead, read from its start only (a lead may be one 50 MB line). */
function firstSentence(lead: string): string {
  const head = lead.slice(0, LEAD_SAMPLE_CHARS);
  return splitSentences(head)[0] ?? head;
}

function isoParts(iso: string): { year: number; month: number; day: number; hour?: number; minute?: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso)!;
  const p: { year: number; month: number; day: number; hour?: number; minute?: number } = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
  if (m[4] !== undefined) { p.hour = +m[4]; p.minute = +m[5]!; }
  return p;
}

function emptyExtraction(text: string, input: ExtractInput, blocks: Block[], warnings: Notice[]): Extraction {
  const body = blocks.map((b) => b.text);
  const wordCount = body.reduce((n, b) => n + countWords(b), 0);
  return {
    text, title: input.hints?.title ?? input.name ?? 'Untitled', titleDerived: !input.hints?.title, kicker: null, dek: null,
    published: input.hints?.published ?? null, publishedSource: input.hints?.published ? 'record' : null, dateEvidence: [], dateEvidenceCoded: [],
    dateConflict: null, site: input.hints?.site ?? null, author: null, dateline: null, agencies: [], section: null, tags: [],
    lang: input.hints?.lang ?? null, wordCount, readingMinutes: wordCount ? Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) : 0,
    body, blocks, comments: [], captions: [], boilerplate: [], dateMentions: [], ...coded(warnings),
  };
}

/** Warnings in English beside their codes, as `Extraction` carries them. */
function coded(warnings: Notice[]): Pick<Extraction, 'warnings' | 'warningsCoded'> {
  return { warnings: warnings.map(english), warningsCoded: warnings };
}
