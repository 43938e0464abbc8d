/**
 * What differs between two aligned sentences: figures (value, unit, qualifier), dates,
 * names (and their spellings), quotations and cited sources.
 */
import type { CitedSource, DateDifference, EntityId, FigureDifference, NameDifference, PairDifferences, Quantity, QuoteDifference, Quotation } from '../../shared/api';
import type { AnalyzedSentence } from '../analysis/analyze';
import type { EntityMentionRow } from '../analysis/found-mentions';
import { unitKey } from '../analysis/numbers';
import { creditSpans } from './credits';
import { foldText } from '../text/fold';
import { WEEKDAYS } from '../ingest/dates/names';

/** Qualifiers (folded) that mean the same: `über` and `mehr als` both say "more than". */
function sameQualifier(a: Quantity, b: Quantity): boolean {
  return (a.qualifier ? foldText(a.qualifier) : '') === (b.qualifier ? foldText(b.qualifier) : '');
}

/** Compares the figures of two sentences, matching them by unit. */
export function compareFigures(qa: Quantity[], qb: Quantity[]): FigureDifference[] {
  const out: FigureDifference[] = [];
  const usedB = new Set<number>();
  for (const a of qa) {
    const ua = unitKey(a.unit);
    let j = qb.findIndex((b, k) => !usedB.has(k) && unitKey(b.unit) === ua && b.value === a.value);
    // `fünf Richter` / `fünf Berufsrichter`: one unit the head of the other's compound, one value.
    if (j < 0) j = qb.findIndex((b, k) => !usedB.has(k) && b.value === a.value && compoundHead(ua, unitKey(b.unit)));
    if (j < 0) j = qb.findIndex((b, k) => !usedB.has(k) && unitKey(b.unit) === ua && ua !== '');
    if (j < 0) {
      out.push({ kind: 'only-a', a, b: null, qualifiersDiffer: false });
      continue;
    }
    usedB.add(j);
    const b = qb[j]!;
    const same = a.value === b.value;
    // "über vier" vs "mehr als vier": same figure, same bound, other words. So is `2,57 Kilometer` /
    // `etwa 2,57 Kilometer` or `zwei Jahren` / `mehr als zwei Jahren`: one report rounds or bounds
    // the figure the other states ("but the figures differ" there misled). `über vier` / `knapp
    // vier` still differ: one says more, the other less.
    out.push({ kind: same && boundsAgree(a.bound, b.bound) ? 'same' : 'differs', a, b, qualifiersDiffer: !sameQualifier(a, b) });
  }
  qb.forEach((b, k) => {
    if (!usedB.has(k)) out.push({ kind: 'only-b', a: null, b, qualifiersDiffer: false });
  });
  return out;
}

/** The side of its value a bound puts a figure on: above, below, or on it (exact, about). */
const SIDE: Record<Quantity['bound'], -1 | 0 | 1> = { more: 1, 'at-least': 1, less: -1, 'at-most': -1, exact: 0, about: 0 };

/** Whether two bounds of one value can state one figure: not one above it and the other below. */
function boundsAgree(a: Quantity['bound'], b: Quantity['bound']): boolean {
  return SIDE[a] * SIDE[b] >= 0;
}

/** Shortest unit key that may head a compound (`richt` of `Berufsrichter`): shorter ones end unrelated words. */
const HEAD_MIN = 4;
/** Whether one unit key ends the other, as the head of a German compound (`berufsricht` / `richt`). */
function compoundHead(a: string, b: string): boolean {
  if (a === b || a.length < HEAD_MIN || b.length < HEAD_MIN) return false;
  return a.length > b.length ? a.endsWith(b) : b.endsWith(a);
}

/** A weekday told with its part of the day (`Dienstagmorgen`, `Donnerstagabend`), folded: the weekday and the part. */
const WEEKDAY_PART = new RegExp(`^(${WEEKDAYS.de!.join('|')})(morgen|vormittag|mittag|nachmittag|abend|nacht)$`);

/**
 * The words a date is matched by when the reader could not place it: folded, without the
 * preposition (`am`, `vom` …) or `frühen`/`späten`, a weekday without its part of the day. Two
 * unplaced reports of one Tuesday wrote `am Dienstag` and `am frühen Dienstagmorgen`: shown as
 * two dates, each "only" in its sentence, they read as two days.
 */
function dateWords(text: string): string {
  const w = foldText(text).replace(/^(am|an|vom|im|zum|bis|ab|seit)\s+/, '').replace(/^(fruhen|spaten)\s+/, '');
  return w.replace(WEEKDAY_PART, '$1');
}

/**
 * Compares the dated mentions of two sentences: the same resolved date, else the same words
 * (`am Freitag` / `am Freitag`, `15. Januar` / `15. Januar`, whether or not the date reader could
 * place them), else one date on each side that both resolve. A date the reader could not place
 * is never called different: it may well be the same day (`am Freitag` in an undated report,
 * `28. März` in a report without a year), so it stays the side's own.
 */
export function compareDates(sa: AnalyzedSentence, sb: AnalyzedSentence): DateDifference[] {
  const out: DateDifference[] = [];
  const usedB = new Set<number>();
  for (const a of sa.dates) {
    const free = (k: number) => !usedB.has(k);
    let j = sb.dates.findIndex((b, k) => free(k) && b.date !== null && b.date === a.date);
    if (j < 0) j = sb.dates.findIndex((b, k) => free(k) && dateWords(b.text) === dateWords(a.text));
    if (j < 0 && sa.dates.length === 1 && sb.dates.length === 1 && a.date !== null && sb.dates[0]!.date !== null) j = 0;
    if (j < 0) {
      out.push({ kind: 'only-a', a: { text: a.text, date: a.date }, b: null });
      continue;
    }
    usedB.add(j);
    const b = sb.dates[j]!;
    const same = a.date !== null && b.date !== null ? a.date.startsWith(b.date) || b.date.startsWith(a.date) : true;
    out.push({ kind: same ? 'same' : 'differs', a: { text: a.text, date: a.date }, b: { text: b.text, date: b.date } });
  }
  sb.dates.forEach((b, k) => {
    if (!usedB.has(k)) out.push({ kind: 'only-b', a: null, b: { text: b.text, date: b.date } });
  });
  return out;
}

/** A name's written form without a genitive `s` (`Witkoffs` → `Witkoff`). */
function baseForm(text: string, name: string): string {
  const last = text.split(' ').pop()!;
  const nameLast = name.split(' ').pop()!;
  return foldText(last) === foldText(nameLast) + 's' ? last.slice(0, -1) : last;
}

/**
 * What a name difference shows: a person by the surname as written (`Witkoffs` → `Witkoff`); a
 * place or an organisation whole, as written (`Weißen Hauses`, `St. Petersburg`): its last word
 * alone is a common noun's genitive (`Hauses`) or a cut name (`Petersburg`), no name a reader knows.
 */
function shownForm(n: EntityMentionRow): string {
  return n.kind === 'person' ? baseForm(n.text, n.name) : n.text;
}

/** A person's name as the sentence writes it, given names too, without a genitive `s` (`Joseph Aouns` → `Joseph Aoun`); anything else as `shownForm`. */
function wholeForm(n: EntityMentionRow): string {
  if (n.kind !== 'person') return n.text;
  const words = n.text.split(' ');
  return [...words.slice(0, -1), baseForm(n.text, n.name)].join(' ');
}

/**
 * The spelling a form is compared by. A place's or an organisation's words lose their German
 * declension ending (`des Weißen Hauses`, `das Weiße Haus`: one spelling); a person's surname is
 * compared folded, as written.
 */
function spellingKey(kind: string, form: string): string {
  const f = foldText(form);
  return kind === 'person' ? f : f.split(' ').map((w) => (w.length > 4 ? w.replace(/(es|en|em|er|e|s|n)$/, '') : w)).join(' ');
}

/**
 * Compares the names of two sentences; `idOf` gives a name's entity (spellings grouped). A place
 * only one sentence names is no name difference (where a thing happened is the sentences' text,
 * not a name written differently); a place written differently in both is (`Kiew`, `Kyjiw`).
 */
export function compareNames(sa: AnalyzedSentence, sb: AnalyzedSentence, idOf: (kind: string, name: string) => EntityId, texts?: { a: string; b: string }): NameDifference[] {
  const kinds = new Map<EntityId, string>();
  // A name one sentence alone gives is shown whole, as written (`Joseph Aoun`): by its surname
  // alone it read as if the other sentence's `Michel Aoun` were missing from it.
  const whole = new Map<EntityId, string>();
  const side = (s: AnalyzedSentence, text: string | undefined) => {
    const m = new Map<EntityId, Set<string>>();
    // A name in a dateline or a photo credit (`credits.ts`) is the report's sender, not its story.
    const credits = text ? creditSpans(text, s.start, s.end) : [];
    for (const n of s.names) {
      if (credits.some(([from, to]) => n.start >= from && n.end <= to)) continue;
      const id = idOf(n.kind, n.name);
      if (!m.has(id)) m.set(id, new Set());
      if (!kinds.has(id)) kinds.set(id, n.kind);
      m.get(id)!.add(shownForm(n));
      const w = wholeForm(n);
      if (w.length > (whole.get(id)?.length ?? 0)) whole.set(id, w);
    }
    return m;
  };
  const A = side(sa, texts?.a), B = side(sb, texts?.b);
  const out: NameDifference[] = [];
  for (const [id, fa] of A) {
    const fb = B.get(id);
    const a = [...fa][0]!;
    const kind = kinds.get(id)!;
    if (!fb) {
      if (kind !== 'place') out.push({ kind: 'only-a', entityId: id, a: whole.get(id) ?? a, b: null });
      continue;
    }
    const key = (x: string) => spellingKey(kind, x);
    const keysA = new Set([...fa].map(key)), keysB = new Set([...fb].map(key));
    const b = [...fb].find((x) => !keysA.has(key(x))) ?? [...fb][0]!;
    const aDiff = [...fa].find((x) => !keysB.has(key(x)));
    const spelling = aDiff !== undefined && !keysA.has(key(b));
    out.push({ kind: spelling ? 'spelling' : 'same', entityId: id, a: aDiff ?? a, b });
  }
  for (const [id, fb] of B) if (!A.has(id) && kinds.get(id) !== 'place') out.push({ kind: 'only-b', entityId: id, a: null, b: whole.get(id) ?? [...fb][0]! });
  return out;
}

function words(s: string): Set<string> {
  return new Set(foldText(s).match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Compares the quotations inside two sentences (matched by shared words). */
export function compareQuotes(qa: Quotation[], qb: Quotation[]): QuoteDifference[] {
  const out: QuoteDifference[] = [];
  const usedB = new Set<number>();
  for (const a of qa) {
    const wa = words(a.text);
    let best = -1, bestScore = 0;
    qb.forEach((b, k) => {
      if (usedB.has(k)) return;
      const wb = words(b.text);
      let n = 0;
      for (const w of wa) if (wb.has(w)) n++;
      const s = n / Math.max(1, Math.min(wa.size, wb.size));
      if (s > bestScore) [best, bestScore] = [k, s];
    });
    if (best < 0 || bestScore < 0.5) {
      out.push({ kind: 'only-a', a, b: null });
      continue;
    }
    usedB.add(best);
    const b = qb[best]!;
    out.push({ kind: foldText(a.text) === foldText(b.text) ? 'same' : 'differs', a, b });
  }
  qb.forEach((b, k) => {
    if (!usedB.has(k)) out.push({ kind: 'only-b', a: null, b });
  });
  return out;
}

/** The sources cited inside a span. */
function sourcesIn(sources: CitedSource[], start: number, end: number): Set<string> {
  return new Set(sources.filter((s) => s.mentions.some((m) => m.start >= start && m.end <= end)).map((s) => s.name));
}

/** Everything that differs between two aligned sentences. */
export function pairDifferences(
  sa: AnalyzedSentence,
  sb: AnalyzedSentence,
  ctx: { quotesA: Quotation[]; quotesB: Quotation[]; sourcesA: CitedSource[]; sourcesB: CitedSource[]; idOf: (kind: string, name: string) => EntityId; texts?: { a: string; b: string } },
): PairDifferences {
  const inside = (q: Quotation[], s: AnalyzedSentence) => q.filter((x) => x.start >= s.start && x.end <= s.end);
  const srcA = sourcesIn(ctx.sourcesA, sa.start, sa.end);
  const srcB = sourcesIn(ctx.sourcesB, sb.start, sb.end);
  const sources: PairDifferences['sources'] = [];
  for (const n of srcA) sources.push({ kind: srcB.has(n) ? 'same' : 'only-a', name: n });
  for (const n of srcB) if (!srcA.has(n)) sources.push({ kind: 'only-b', name: n });
  const cited = new Set([...srcA, ...srcB]);
  return {
    figures: compareFigures(sa.quantities, sb.quantities),
    dates: compareDates(sa, sb),
    // A cited source is said once, as a source (`Reuters only Report 2`), not again as a name.
    names: compareNames(sa, sb, ctx.idOf, ctx.texts).filter((n) => !cited.has(n.a ?? '') && !cited.has(n.b ?? '')),
    quotes: compareQuotes(inside(ctx.quotesA, sa), inside(ctx.quotesB, sb)),
    sources,
  };
}
