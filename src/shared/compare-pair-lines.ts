/**
 * What differs in one aligned pair, as lines under headings: the compare view's differences panel
 * and the HTML export both draw a pair from these, so the two say the same thing the same way (one
 * heading per kind, one word per line class, in the UI's language). No runtime dependencies.
 */
import type { AlignedPair, ArticleId, Comparison, SentenceRef } from './api';
import type { LegendWords } from './compare-legend';
import { elsewhereSentence, wordRuns } from './compare-marks';

/** How a line stands between the two reports; `differs` and `spelling` are the ones to check. */
export type PairLineClass = 'same' | 'differs' | 'only-a' | 'only-b' | 'spelling';

/** One line of a pair's differences. */
export interface PairLine {
  cls: PairLineClass;
  /** What each report writes, as shown (a date with the day it names, a quotation with its speaker); null where it writes nothing of it. */
  a: string | null;
  b: string | null;
  /** The line's class in words (`same`, `differs`, `only ntv`, `spelling`), or where a figure stands. */
  kind: string;
  /** The sentence of a report that carries a figure its aligned sentence lacks. */
  carrier?: SentenceRef;
}

/** The kinds of difference, in the order the panel and the export list them. */
export type PairLineGroupKind = 'wording' | 'figures' | 'dates' | 'names' | 'quotes' | 'sources';

/**
 * A heading and its lines. `paired` lines set the two reports' words side by side (`a ↔ b`); the
 * others show each report's words alone (wording runs, quotations, a source's name).
 */
export interface PairLineGroup {
  what: PairLineGroupKind;
  heading: string;
  paired: boolean;
  lines: PairLine[];
}

/** What `pairLineGroups` needs besides the pair: the view's name of a report and its date format. */
export interface PairLineContext {
  /** The outlet, else the report's number (`Report 2`), as the view names it. */
  name: (id: ArticleId) => string;
  /** A stored date (`2024-11-04`, `2024-11`) as the UI writes it. */
  date: (value: string) => string;
}

/**
 * The lines of what differs in `p`, grouped under the panel's headings; an empty list when
 * nothing does (names both reports write alike say nothing, so they are left out).
 */
export function pairLineGroups(c: Comparison, p: AlignedPair, w: LegendWords, ctx: PairLineContext): PairLineGroup[] {
  const kindOf = (cls: PairLineClass): string =>
    cls === 'same' ? w.diffSame : cls === 'differs' ? w.diffDiffers : cls === 'spelling' ? w.diffSpelling : w.diffOnly(ctx.name(cls === 'only-a' ? p.a.articleId : p.b.articleId));
  const line = (cls: PairLineClass, a: string | null, b: string | null, kind = kindOf(cls)): PairLine => ({ cls, a, b, kind });
  const d = p.differences;
  const groups: PairLineGroup[] = [];
  const add = (what: PairLineGroupKind, heading: string, paired: boolean, lines: PairLine[]) => {
    if (lines.length > 0) groups.push({ what, heading, paired, lines });
  };
  // A same-text pair (wire copy) may still be edited: the words each copy has alone.
  if (p.class === 'same') {
    const runs = wordRuns(sentenceText(c, p.a), sentenceText(c, p.b));
    add('wording', w.wording, false, [...runs.a.map((r) => line('only-a', `„${r}“`, null)), ...runs.b.map((r) => line('only-b', null, `„${r}“`))]);
  }
  // A figure or date both write alike says nothing the reasons do not (`same figure: 13 Personen`);
  // one worded otherwise (`11.04.2025` / `am Freitag`, `über` / `mehr als`) or found elsewhere does.
  const alike = (x: { kind: string; a: { text: string } | null; b: { text: string } | null }) => x.kind === 'same' && x.a?.text === x.b?.text;
  add('figures', w.diffFigures, true, d.figures.filter((f) => !(alike(f) && !f.elsewhere && !f.qualifiersDiffer)).map((f) => {
    const there = elsewhereSentence(c, p, f);
    const kind = (there ? w.figureElsewhere(ctx.name(there.articleId)) : kindOf(f.kind)) + (f.qualifiersDiffer ? ` · ${w.qualifiersDiffer}` : '');
    const l = line(f.kind, f.a?.text ?? null, f.b?.text ?? null, kind);
    if (there) l.carrier = there;
    return l;
  }));
  const dated = (x: { text: string; date: string | null } | null) => (x ? `${x.text}${x.date ? ` (${ctx.date(x.date)})` : ''}` : null);
  add('dates', w.diffDates, true, d.dates.filter((x) => !alike(x)).map((x) => line(x.kind, dated(x.a), dated(x.b))));
  add('names', w.diffNames, true, d.names.filter((n) => n.kind !== 'same').map((n) => line(n.kind, n.a, n.b)));
  add('quotes', w.diffQuotes, false, d.quotes.map((q) => line(q.kind, q.a ? w.quoted(q.a.text, q.a.speaker) : null, q.b ? w.quoted(q.b.text, q.b.speaker) : null)));
  // A source one report of the pair cites; one both cite is a reason (`source: Tasnim`).
  add('sources', w.diffSources, false, d.sources.filter((s) => s.kind !== 'same').map((s) => line(s.kind, s.kind === 'only-b' ? null : s.name, s.kind === 'only-a' ? null : s.name)));
  return groups;
}

/** The text of a compared sentence, or '' when the comparison does not hold it. */
export function sentenceText(c: Comparison, r: SentenceRef): string {
  return c.articles.find((a) => a.id === r.articleId)?.sentences[r.sentence]?.text ?? '';
}
