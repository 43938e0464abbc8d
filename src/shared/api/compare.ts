/**
 * Two to four reports side by side: aligned sentences, what differs, shared passages.
 * Plain JSON-able objects only: no classes, no Dates (dates travel as ISO-8601 strings of the
 * precision the source states).
 */
import type { LayoutBlock } from '../block-layout';
import type { ArticleId, PartialDate } from './extraction';
import type { ExportFile } from './annotations';
import type { EntityId } from './explore';

/** A sentence of an article: UTF-16 offsets into `Article.text` (body blocks only). */
export interface CompareSentence {
  start: number;
  end: number;
  text: string;
  /** Index of the block (in `Article.blocks`) the sentence stands in. */
  block: number;
}

/** One compared article with its sentences. */
export interface ComparedArticle {
  id: ArticleId;
  title: string;
  site: string | null;
  published: PartialDate | null;
  /**
   * The report's language (ISO 639-1, `de`) when the library knows it: the view and the export
   * mark the report's words with it, so a screen reader speaks a German report in German in an
   * English UI (the reader does the same). Absent from comparisons made outside a library.
   */
  lang?: string | null;
  sentences: CompareSentence[];
  /** Indexes into `sentences` of the sentences no other compared report has a counterpart for. */
  unique: number[];
  /** Sources the report cites (`Interfax`, `Reuters`, `the Times`, …), in order of first citation. */
  sources: CitedSource[];
  /** Quotations in the report, with who is said to have said them. */
  quotes: Quotation[];
  /**
   * The blocks the sentences stand in, in order, with the structure a Markdown or HTML report's
   * markup gives them (`layoutTree` nests them); absent when the report has none (plain text).
   */
  layout?: LayoutBlock[];
}

/** Points at one sentence of one compared article. */
export interface SentenceRef {
  articleId: ArticleId;
  /** Index into `ComparedArticle.sentences`. */
  sentence: number;
}

/**
 * How two aligned sentences relate: `same` (the same text, perhaps lightly edited, e.g. wire
 * copy), `paraphrase` (the same statement in other words), `related` (about the same thing,
 * saying different things).
 */
export type AlignmentClass = 'same' | 'paraphrase' | 'related';

/**
 * Why two sentences are shown as one claim, as data the UI words in its language: the same
 * wording (wire copy), the same figure (as each report writes it), the same names of people or places (in any
 * spelling), the same act told in other words (`starb` / `getötet`: `label` names the act in
 * each UI language, `a` and `b` are the words as each report writes them, `who` the people both
 * tell it of in one role, when the two agree: `Raisi` of `Raisi starb` / `der Tod Raisis`), the same source, the
 * same date, rare words both use; then what sets the two apart although they are shown together
 * (`differs`: other figures of one thing, other dates, days or hours, a denial, a question, a
 * possibility or a plan on one side only; `a` and `b` as each report writes it, empty on the side
 * that says nothing of it), so a contradicting detail reads as a difference, not as agreement.
 */
export type PairReason =
  | { kind: 'same-text' }
  | { kind: 'figure'; a: string; b: string }
  | { kind: 'people'; names: string[] }
  | { kind: 'act'; act: string; label: { en: string; de: string }; a: string; b: string; who?: string[] }
  | { kind: 'source'; name: string }
  | { kind: 'date'; a: string; b: string }
  | { kind: 'words'; words: string[] }
  | { kind: 'differs'; what: 'figure' | 'date' | 'weekday' | 'time' | 'negation' | 'question' | 'maybe' | 'plan'; a: string; b: string };

/** Two sentences of two different reports that correspond, with what differs between them. */
export interface AlignedPair {
  a: SentenceRef;
  b: SentenceRef;
  class: AlignmentClass;
  /** Similarity from 0 to 1 (rarity-weighted cosine of stems, names and figures). */
  score: number;
  /** What joins the two sentences, strongest first, then the details that set them apart (`differs`); every difference stands in `differences`. */
  reasons: PairReason[];
  differences: PairDifferences;
}

/** A figure found in text: `über vier Stunden` → value 4, unit `Stunden`, qualifier `über`. */
export interface Quantity {
  text: string;
  start: number;
  end: number;
  value: number;
  /** The counted thing as written (`Stunden`, `Prozent`), or null when none follows. */
  unit: string | null;
  /** The qualifier as written (`über`, `mehr als`, `rund`), or null. */
  qualifier: string | null;
  /** What the qualifier means: more than, less than, about, at least, at most, exactly. */
  bound: 'more' | 'less' | 'about' | 'at-least' | 'at-most' | 'exact';
}

/**
 * A figure compared across a pair: `same` (same value and unit; `qualifiersDiffer` tells
 * whether the words around it differ, e.g. `über` / `mehr als`), `differs` (same unit, other
 * value), `only-a` / `only-b` (given by one side only).
 */
export interface FigureDifference {
  kind: 'same' | 'differs' | 'only-a' | 'only-b';
  a: Quantity | null;
  b: Quantity | null;
  qualifiersDiffer: boolean;
  /**
   * For `same`: true when the other report gives the figure in another sentence than the
   * aligned one (`a` or `b` is that sentence's figure), so it is not "only" in one report.
   */
  elsewhere?: boolean;
}

/** A date compared across a pair (resolved dates; `text` as written on each side). */
export interface DateDifference {
  kind: 'same' | 'differs' | 'only-a' | 'only-b';
  a: { text: string; date: PartialDate | null } | null;
  b: { text: string; date: PartialDate | null } | null;
}

/** A name compared across a pair: `spelling` when both name the same entity differently. */
export interface NameDifference {
  kind: 'same' | 'spelling' | 'only-a' | 'only-b';
  entityId: EntityId;
  a: string | null;
  b: string | null;
}

/** A quotation compared across a pair. */
export interface QuoteDifference {
  kind: 'same' | 'differs' | 'only-a' | 'only-b';
  a: Quotation | null;
  b: Quotation | null;
}

/** Everything that differs (or agrees) between two aligned sentences. */
export interface PairDifferences {
  figures: FigureDifference[];
  dates: DateDifference[];
  names: NameDifference[];
  quotes: QuoteDifference[];
  sources: { kind: 'same' | 'only-a' | 'only-b'; name: string }[];
}

/** Quoted words and who is said to have said them. */
export interface Quotation {
  /** The quoted words, without the quotation marks. */
  text: string;
  start: number;
  end: number;
  /** The speaker as the text names them, or null when it does not say. */
  speaker: string | null;
}

/** A source a report cites (a news agency, outlet, platform), with where it cites it. */
export interface CitedSource {
  name: string;
  /** Offsets of every citation in `Article.text`. */
  mentions: { start: number; end: number }[];
}

/** The same run of words in two or more of the compared reports. */
export interface SharedPassage {
  /** Words in the run (the shortest occurrence). */
  words: number;
  text: string;
  occurrences: { articleId: ArticleId; start: number; end: number }[];
  /** Long enough to be the same wire copy rather than a stock phrase. */
  isWireCopy: boolean;
}

/** What `compareArticles` returns: two to four reports side by side. */
export interface Comparison {
  articles: ComparedArticle[];
  pairs: AlignedPair[];
  passages: SharedPassage[];
  /** Sources per report: which are cited by all, which by only some. */
  sources: { name: string; articleIds: ArticleId[] }[];
  /** Names whose spelling differs between the reports (or within one). */
  spellings: { entityId: EntityId; name: string; variants: { text: string; articleIds: ArticleId[] }[] }[];
  tookMs: number;
}

/** The export formats of a comparison. */
export type ComparisonExportFormat = 'html';

/** The compare part of `ParallaxApi`. */
export interface CompareApi {
  /**
   * Compares two to four reports: their sentences (offsets into each `Article.text`), aligned
   * pairs with class and score and what differs in each (figures, dates, names, quotes,
   * sources), shared passages (wire copy), and the sentences only one report has.
   * Rejects with `BAD_INPUT` for fewer than two or more than four ids, a repeated id or an
   * article without body text, and `NOT_FOUND` for an unknown id.
   */
  compareArticles(ids: ArticleId[]): Promise<Comparison>;
  /**
   * The comparison as a self-contained file (`html`: inline CSS, no scripts, no external
   * assets, every text escaped), with the compare view's legend and colours, worded in `lang`
   * (`en` or `de`, the UI's language; default `en`). Same rejections as `compareArticles`.
   */
  exportComparison(ids: ArticleId[], format: ComparisonExportFormat, lang?: string): Promise<ExportFile>;
}

/** The method names of `CompareApi`, in the order the allowlist lists them. */
export const COMPARE_METHODS = ['compareArticles', 'exportComparison'] as const satisfies readonly (keyof CompareApi)[];
