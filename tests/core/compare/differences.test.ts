import { describe, expect, it } from 'vitest';
import { compareDates } from '../../../src/core/compare/differences';
import type { AnalyzedSentence } from '../../../src/core/analysis/analyze';
import type { PartialDate } from '../../../src/shared/api';

/** A sentence with only the dated mentions `compareDates` reads. */
function dated(...dates: [string, string | null][]): AnalyzedSentence {
  return { dates: dates.map(([text, date]) => ({ text, date: date as PartialDate | null, start: 0, end: text.length, kind: 'absolute', sentence: '' })) } as unknown as AnalyzedSentence;
}

describe('compareDates', () => {
  it('calls the same words the same date when the date reader could not place them', () => {
    // Two undated reports of one Friday (seen: "am Freitag ↔ am Freitag — differs").
    expect(compareDates(dated(['am Freitag', null]), dated(['am Freitag', null]))).toEqual([
      { kind: 'same', a: { text: 'am Freitag', date: null }, b: { text: 'am Freitag', date: null } },
    ]);
  });

  it('pairs `15. Januar` placed in one report with `15. Januar` unplaced in the other, not one "only" on each side', () => {
    const d = compareDates(dated(['15. Januar', '2024-01-15'], ['im März', '2024-03']), dated(['am 15. Januar', null]));
    expect(d.map((x) => x.kind)).toEqual(['same', 'only-a']);
    expect(d[0]!.b!.text).toBe('am 15. Januar');
  });

  it('never calls a date it could not place different: other words stay each side’s own', () => {
    const d = compareDates(dated(['28. März um 12:50 Uhr', null]), dated(['am Freitag', null]));
    expect(d.map((x) => x.kind)).toEqual(['only-a', 'only-b']);
  });

  it('pairs a weekday with its part of the day (`am frühen Dienstagmorgen`) with the bare weekday, placed or not', () => {
    // Seen: "am Dienstag ↔ — only in Report 1’s sentence" beside "— ↔ am Dienstagmorgen only in Report 2’s sentence".
    expect(compareDates(dated(['am Dienstag', null]), dated(['am frühen Dienstagmorgen', null])).map((x) => x.kind)).toEqual(['same']);
    expect(compareDates(dated(['am Donnerstagmorgen', null]), dated(['am Donnerstag', '2025-01-09'])).map((x) => x.kind)).toEqual(['same']);
    // Another weekday stays each side's own.
    expect(compareDates(dated(['am Dienstag', null]), dated(['Mittwochabend', null])).map((x) => x.kind)).toEqual(['only-a', 'only-b']);
  });

  it('still tells two placed dates apart, and one placed date each side is compared', () => {
    expect(compareDates(dated(['am Dienstag', '2024-11-05']), dated(['am Mittwoch', '2024-11-06']))[0]!.kind).toBe('differs');
    expect(compareDates(dated(['im November', '2024-11']), dated(['am 6. November', '2024-11-06']))[0]!.kind).toBe('same');
  });
});
