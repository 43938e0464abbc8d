import { describe, expect, it } from 'vitest';
import { decidePublication, inferFromWeekdays, impliedMonth } from '../../../../src/core/ingest/dates/publication';
import { findDates } from '../../../../src/core/ingest/dates/find';
import { findRelative } from '../../../../src/core/ingest/dates/relative';
import { english } from '../../../../src/shared/i18n';

const scan = (t: string) => ({ absolute: findDates(t), relative: findRelative(t) });

describe('inferFromWeekdays', () => {
  it('anchors the week on a full date that matches a named weekday (English too)', () => {
    const t = 'On Saturday, March 2, 2024, the strike began. On Monday the unions met again.';
    const r = inferFromWeekdays(scan(t).absolute, scan(t).relative);
    expect(r?.date).toBe('2024-03-04');
    expect(r?.evidence[0]).toMatchObject({ code: 'date.weekday-fixes-week', params: { weekday: 6 } });
    expect(english(r!.evidence[0]!)).toContain('a Saturday');
  });
  it('does not date the report after a weekday it tells as still to come', () => {
    const t = 'Am Samstag, 3. Mai 2025, kündigte die Ministerin an, sie wolle am Montag einen Entwurf vorlegen. Am nächsten Dienstag soll das Kabinett beraten.';
    const { absolute, relative } = scan(t);
    const monday = relative.find((r) => r.text.includes('Montag'))!;
    // Read back, Monday would be the 5th and the report no earlier; told ahead it dates nothing.
    expect(inferFromWeekdays(absolute, relative.filter((r) => !r.text.includes('Dienstag')))?.date).toBe('2025-05-05');
    expect(inferFromWeekdays(absolute, relative, new Set([monday]))?.date).toBe('2025-05-03');
  });
  it('infers nothing when no weekday matches a date', () => {
    const t = 'Am Freitag traf man sich. Am 30. November 2025 gab es Gespräche.';
    expect(inferFromWeekdays(scan(t).absolute, scan(t).relative)).toBeNull();
  });
});

describe('impliedMonth', () => {
  it('points to the month after the latest named month when the text speaks of "this month"', () => {
    const t = 'He visited in January and in February. Earlier this month, he was in Paris.';
    expect(impliedMonth(scan(t).absolute, scan(t).relative, '2024-08')?.month).toBe('2024-03');
    expect(impliedMonth(scan(t).absolute, scan(t).relative, '2024-03')).toBeNull();
  });
});

describe('decidePublication', () => {
  const base = { hint: null, stated: [], header: null, absolute: [], relative: [] };
  it('prefers record, then stated, then header, then inferred, else null', () => {
    expect(decidePublication({ ...base, hint: '2020-01-01' }).source).toBe('record');
    const d = findDates('Updated March 3, 2024 — first published March 1, 2024');
    expect(decidePublication({ ...base, stated: [{ date: d[0]!, isUpdate: true }, { date: d[1]!, isUpdate: false }] }).published).toBe('2024-03-01');
    expect(decidePublication({ ...base, header: '2025-07' })).toMatchObject({ published: '2025-07', source: 'header', conflict: null });
    expect(decidePublication(base)).toEqual({ published: null, source: null, evidence: [], conflict: null });
  });
  it('keeps a header date but flags a week the text fixes elsewhere', () => {
    const t = 'Am Sonntag, dem 30. November 2025, begannen Gespräche; am Dienstag folgten weitere.';
    const r = decidePublication({ ...base, header: '2025-07', ...scan(t) });
    expect(r).toMatchObject({ published: '2025-07', source: 'header', conflict: '2025-12-02' });
  });
});
