/**
 * A contradicting detail of a shown pair, as a difference in its reasons rather than as
 * agreement: other figures of one thing, other dates, days or hours, a denial or a question,
 * possibility or plan on one side only (`Die Gespräche sollen am Montag beginnen` / `Die
 * Gespräche endeten am Montag`). Data only: the UI words it (`PairReason`, kind `differs`).
 */
import type { PairDifferences, PairReason } from '../../../shared/api';
import { apart } from './clock';
import { moodsDiffer } from './mood';
import { WEEKDAYS } from '../../ingest/dates/names';
import type { ClaimShape } from './shape';

type Differs = Extract<PairReason, { kind: 'differs' }>;

/** The date reader's German weekday names, Monday first as `clock.ts` counts, capitalised as written. */
const DAYS = [...WEEKDAYS.de!.slice(1), WEEKDAYS.de![0]!].map((d) => d[0]!.toUpperCase() + d.slice(1));

/** What sets two aligned sentences apart, from their differences (`differences.ts`) and their claim shapes. */
export function contrastReasons(d: PairDifferences, a: ClaimShape, b: ClaimShape): Differs[] {
  const out: Differs[] = [];
  for (const f of d.figures) if (f.kind === 'differs' && f.a && f.b) out.push({ kind: 'differs', what: 'figure', a: f.a.text, b: f.b.text });
  const dates = d.dates.filter((x) => x.kind === 'differs' && x.a && x.b && x.a.date && x.b.date);
  for (const x of dates) out.push({ kind: 'differs', what: 'date', a: x.a!.text, b: x.b!.text });
  // A weekday the date reader resolved is a date above already.
  if (!dates.length && apart(a.weekdays, b.weekdays)) out.push({ kind: 'differs', what: 'weekday', a: days(a.weekdays), b: days(b.weekdays) });
  if (apart(a.times, b.times)) out.push({ kind: 'differs', what: 'time', a: hours(a.times), b: hours(b.times) });
  if ((a.negation === null) !== (b.negation === null)) out.push({ kind: 'differs', what: 'negation', a: a.negation ?? '', b: b.negation ?? '' });
  const ma = a.mood?.mood ?? null, mb = b.mood?.mood ?? null;
  if (moodsDiffer(ma, mb)) {
    // The mood of the side that has one; when both have one, one is a question.
    const what = ma === 'question' || mb === 'question' ? 'question' : (ma ?? mb!);
    out.push({ kind: 'differs', what, a: a.mood?.word ?? '', b: b.mood?.word ?? '' });
  }
  return out;
}

const days = (s: ReadonlySet<number>) => [...s].sort().map((k) => DAYS[k]!).join(', ');
const hours = (s: ReadonlySet<string>) => [...s].map((t) => `${t} Uhr`).join(', ');
