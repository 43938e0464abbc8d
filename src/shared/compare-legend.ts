/**
 * The one legend of a comparison, shared by the compare view and its HTML export so both say
 * the same thing the same way: one colour per class (light theme; the app's dark theme has its
 * own shades of the same hues) and its words in each UI language. No runtime dependencies.
 */
import type { AlignmentClass, PairReason } from './api';

/** What a sentence of a compared report can be. */
export type LegendClass = AlignmentClass | 'unique';

/** Background of each class in the light theme (the app's `--cmp-*` variables hold the same). */
export const LEGEND_COLOURS: Readonly<Record<LegendClass, string>> = {
  same: '#cfe8d2',
  paraphrase: '#d6e4f7',
  related: '#f3e6c4',
  unique: 'transparent',
};

/**
 * Text colours of a pair's difference lines in the light theme (the app's `--text-muted` and
 * `--warn`): a line's class in words is muted, and `differs` and `spelling`, the lines to check,
 * stand out in the warning colour, in the panel and the export alike.
 */
export const LINE_COLOURS = { muted: '#5f5f5b', check: '#a15c00' } as const;

/** The UI languages. */
export type LegendLang = 'en' | 'de';

/** The words of the legend and of a pair's reasons, per language. */
export interface LegendWords {
  legend: string;
  same: string;
  paraphrase: string;
  related: string;
  unique: string;
  wireCopy: string;
  why: string;
  reason: (r: PairReason) => string;
  /** The export's headings and notes. */
  title: (n: number) => string;
  /** What a saved comparison's file is named by (`parallax-compare-1a2b3c-4d5e6f.html`), a word a file name can hold. */
  fileWord: string;
  alignedSentences: string;
  sharedPassages: string;
  spellings: string;
  none: string;
  sources: string;
  /** A quotation of a pair as the panel gives it: its words and who is said to have said them. */
  quoted: (text: string, speaker: string | null) => string;
  spellingOf: (a: string, b: string) => string;
  /** The headings of a pair's differences (`shared/compare-pair-lines.ts`), in the panel and the export alike. */
  diffFigures: string;
  diffDates: string;
  diffNames: string;
  diffQuotes: string;
  diffSources: string;
  /** A pair with nothing under any heading. */
  diffNone: string;
  /** A line's class in words: both write it alike, they differ, one report alone writes it, a name spelled otherwise. */
  diffSame: string;
  diffDiffers: string;
  diffOnly: (report: string) => string;
  diffSpelling: string;
  /** Two figures of one value worded otherwise (`über` / `mehr als`). */
  qualifiersDiffer: string;
  /** Who cites a source of the comparison (`cited by dpa, ntv`). */
  citedBy: (reports: string) => string;
  wordsIn: (n: number, reports: string) => string;
  /** A report without an outlet, by its place in the comparison (1-based), in the view and the export alike. */
  reportN: (n: number) => string;
  /** A figure the partner report gives in a sentence other than the aligned one: where it stands. */
  figureElsewhere: (report: string) => string;
  /** The sources the compared reports cite, each with the reports citing it. */
  citedSources: string;
  /** The words one sentence of a same-text pair has and the other lacks (a heading). */
  wording: string;
}

const EN: LegendWords = {
  legend: 'Legend',
  same: 'same text',
  paraphrase: 'same claim, other words',
  related: 'same subject, details differ',
  unique: 'only in this report',
  wireCopy: 'wire copy',
  why: 'Why joined',
  reason: (r) => {
    switch (r.kind) {
      case 'same-text':
        return 'same wording';
      case 'figure':
        return r.a === r.b ? `same figure: ${r.a}` : `same figure: ${r.a} / ${r.b}`;
      case 'people':
        return `same names: ${r.names.join(', ')}`;
      case 'act':
        return `same act: ${r.label.en}${r.who?.length ? ` — ${r.who.join(', ')}` : ''} (${r.a} / ${r.b})`;
      case 'source':
        return `source: ${r.name}`;
      case 'date':
        return r.a === r.b ? `same date: ${r.a}` : `same date: ${r.a} / ${r.b}`;
      case 'words':
        return `shared words: ${r.words.join(', ')}`;
      case 'differs':
        return differsEn(r);
    }
  },
  title: (n) => `Comparison of ${n} reports`,
  fileWord: 'compare',
  alignedSentences: 'Aligned sentences',
  sharedPassages: 'Shared passages',
  spellings: 'Spelling variants',
  none: 'none',
  sources: 'sources',
  quoted: (text, speaker) => `„${text}“ — ${speaker ?? 'speaker not named'}`,
  diffFigures: 'Figures',
  diffDates: 'Dates',
  diffNames: 'Names',
  diffQuotes: 'Quotes',
  diffSources: 'Sources cited',
  diffNone: 'Nothing differs in this pair.',
  diffSame: 'same',
  diffDiffers: 'differs',
  // Every line of a pair is about its two sentences: "Putin — only Report 3" read as if Report 1
  // never named him, where it did, one sentence before.
  diffOnly: (report) => `only in ${report}’s sentence`,
  diffSpelling: 'spelling',
  qualifiersDiffer: 'worded differently',
  citedBy: (reports) => `cited by ${reports}`,
  wording: 'Wording',
  spellingOf: (a, b) => `spelling: ${a} / ${b}`,
  wordsIn: (n, reports) => `${n} words in ${reports}`,
  reportN: (n) => `Report ${n}`,
  figureElsewhere: (report) => `same figure, in another sentence of ${report}`,
  citedSources: 'Sources the reports cite',
};

const DE: LegendWords = {
  legend: 'Legende',
  same: 'gleicher Text',
  paraphrase: 'gleiche Aussage, andere Worte',
  related: 'gleiches Thema, Details weichen ab',
  unique: 'nur in diesem Bericht',
  wireCopy: 'Agenturtext',
  why: 'Warum verbunden',
  reason: (r) => {
    switch (r.kind) {
      case 'same-text':
        return 'gleicher Wortlaut';
      case 'figure':
        return r.a === r.b ? `gleiche Zahl: ${r.a}` : `gleiche Zahl: ${r.a} / ${r.b}`;
      case 'people':
        return `dieselben Namen: ${r.names.join(', ')}`;
      case 'act':
        return `gleiches Geschehen: ${r.label.de}${r.who?.length ? ` — ${r.who.join(', ')}` : ''} (${r.a} / ${r.b})`;
      case 'source':
        return `Quelle: ${r.name}`;
      case 'date':
        return r.a === r.b ? `gleiches Datum: ${r.a}` : `gleiches Datum: ${r.a} / ${r.b}`;
      case 'words':
        return `gemeinsame Wörter: ${r.words.join(', ')}`;
      case 'differs':
        return differsDe(r);
    }
  },
  title: (n) => `Vergleich von ${n} Berichten`,
  fileWord: 'vergleich',
  alignedSentences: 'Verbundene Sätze',
  sharedPassages: 'Gemeinsame Passagen',
  spellings: 'Schreibweisen',
  none: 'keine',
  sources: 'Quellen',
  quoted: (text, speaker) => `„${text}“ — ${speaker ?? 'Sprecher nicht genannt'}`,
  diffFigures: 'Zahlen',
  diffDates: 'Daten',
  diffNames: 'Namen',
  diffQuotes: 'Zitate',
  diffSources: 'Zitierte Quellen',
  diffNone: 'In diesem Paar unterscheidet sich nichts.',
  diffSame: 'gleich',
  diffDiffers: 'abweichend',
  diffOnly: (report) => `nur im Satz von ${report}`,
  diffSpelling: 'Schreibweise',
  qualifiersDiffer: 'anders formuliert',
  citedBy: (reports) => `zitiert von ${reports}`,
  wording: 'Wortlaut',
  spellingOf: (a, b) => `Schreibweise: ${a} / ${b}`,
  wordsIn: (n, reports) => `${n} Wörter in ${reports}`,
  reportN: (n) => `Bericht ${n}`,
  figureElsewhere: (report) => `gleiche Zahl, in einem anderen Satz von ${report}`,
  citedSources: 'Von den Berichten zitierte Quellen',
};

type Differs = Extract<PairReason, { kind: 'differs' }>;
/** The two sides as each report writes them; a side that says nothing of it is a dash. */
const sides = (r: Differs) => `${r.a || '–'} / ${r.b || '–'}`;

/** A detail that sets a shown pair apart, in English. */
function differsEn(r: Differs): string {
  switch (r.what) {
    case 'figure': return `but the figures differ: ${sides(r)}`;
    case 'date': return `but the dates differ: ${sides(r)}`;
    case 'weekday': return `but the days differ: ${sides(r)}`;
    case 'time': return `but the times differ: ${sides(r)}`;
    case 'negation': return `but one report denies it: ${sides(r)}`;
    case 'question': return 'but one report asks it as a question';
    case 'maybe': return `but one report tells it as possible: ${sides(r)}`;
    case 'plan': return `but one report tells it as still to come: ${sides(r)}`;
  }
}

/** A detail that sets a shown pair apart, in German. */
function differsDe(r: Differs): string {
  switch (r.what) {
    case 'figure': return `aber die Zahlen weichen ab: ${sides(r)}`;
    case 'date': return `aber die Daten weichen ab: ${sides(r)}`;
    case 'weekday': return `aber die Tage weichen ab: ${sides(r)}`;
    case 'time': return `aber die Uhrzeiten weichen ab: ${sides(r)}`;
    case 'negation': return `aber ein Bericht verneint es: ${sides(r)}`;
    case 'question': return 'aber ein Bericht fragt es nur';
    case 'maybe': return `aber ein Bericht nennt es nur möglich: ${sides(r)}`;
    case 'plan': return `aber ein Bericht nennt es erst bevorstehend: ${sides(r)}`;
  }
}

/** A saved comparison's file name in `lang`: `parallax-vergleich-1a2b3c-4d5e6f.html` (each report by the start of its id). */
export function comparisonFileName(lang: string, ids: readonly string[], ext: string): string {
  return `parallax-${legendWords(lang).fileWord}-${ids.map((id) => id.slice(0, 6)).join('-')}.${ext}`;
}

/** The legend's words in `lang` (English for any other). */
export function legendWords(lang: string): LegendWords {
  return lang === 'de' ? DE : EN;
}
