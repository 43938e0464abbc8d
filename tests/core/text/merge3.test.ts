import { describe, expect, it } from 'vitest';
import { carryConflicts, mapOffsets, mergeText, MAX_MERGE_CHARS } from '../../../src/core/text/merge3';

const base = 'Putin traf Dmitriew am Montag in Moskau.\n\nDie Gespräche dauerten vier Stunden. Witkoff reiste danach ab.';

describe('mergeText', () => {
  it('applies the edit and the file change where they touch different stretches', () => {
    const edit = base.replace('Dmitriew', 'Dmitrijew');
    const file = base.replace('vier Stunden', 'fünf Stunden').replace('ab.', 'ab. Ein Sprecher bestätigte das Treffen.');
    const r = mergeText(base, edit, file);
    expect(r).toEqual({ ok: true, text: file.replace('Dmitriew', 'Dmitrijew'), conflicts: [] });
  });

  it('keeps the file side in the text and the edit as a conflict where both changed the same stretch', () => {
    const edit = base.replace('Dmitriew am Montag', 'Dmitrijew am Montag');
    const file = base.replace('Dmitriew am Montag', 'Dmitriev am Dienstag');
    const r = mergeText(base, edit, file);
    if (!r.ok) throw new Error('not merged');
    expect(r.text).toBe(file);
    expect(r.conflicts).toHaveLength(1);
    const c = r.conflicts[0]!;
    expect(r.text.slice(c.start, c.end)).toBe(c.file);
    expect(c.file).toContain('Dmitriev');
    expect(c.edit).toContain('Dmitrijew');
    expect(c.base).toContain('Dmitriew');
  });

  it('treats two insertions at one place as a conflict, and one identical change as none', () => {
    const r = mergeText('a b', 'a x b', 'a y b');
    expect(r.ok && r.conflicts.map((c) => [c.file, c.edit])).toEqual([['y ', 'x ']]);
    const same = mergeText(base, base.replace('Moskau', 'Sankt Petersburg'), base.replace('Moskau', 'Sankt Petersburg'));
    expect(same).toEqual({ ok: true, text: base.replace('Moskau', 'Sankt Petersburg'), conflicts: [] });
  });

  it('merges overlapping edits stretch by stretch: each conflict is one stretch, the rest applied', () => {
    const edit = base.replace('Putin traf', 'Wladimir Putin traf').replace('vier', 'rund vier').replace('Witkoff', 'Steve Witkoff');
    const file = base.replace('Putin traf', 'Der Präsident traf').replace('Witkoff reiste', 'Witkoff flog');
    const r = mergeText(base, edit, file);
    if (!r.ok) throw new Error('not merged');
    expect(r.text).toContain('rund vier');
    expect(r.text).toContain('Steve Witkoff flog');
    expect(r.conflicts.map((c) => c.edit.trim())).toEqual(['Wladimir Putin']);
    for (const c of r.conflicts) expect(r.text.slice(c.start, c.end)).toBe(c.file);
  });

  it('keeps a rewritten sentence whole against a word fixed in it: one conflict of both sentences, not a mix of their words', () => {
    const b = 'Erster Satz bleibt. Die Proteste vor dem Gelände blieben den ganzen Tag über friedlich. Letzter Satz bleibt.';
    const edit = b.replace('vor dem Gelände', 'vor dem Eingang');
    const file = b.replace('Die Proteste vor dem Gelände blieben den ganzen Tag über friedlich.', 'Am Abend sperrte die Polizei mehrere Zufahrten, nachdem Aktivisten eine Brücke besetzt hatten.');
    const r = mergeText(b, edit, file);
    if (!r.ok) throw new Error('not merged');
    expect(r.text).toBe(file);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]!.file).toContain('sperrte die Polizei');
    expect(r.conflicts[0]!.edit).toContain('vor dem Eingang blieben');
    // Taking the person's side gives their sentence, not "sperrte die Eingang".
    const c = r.conflicts[0]!;
    expect(r.text.slice(0, c.start) + c.edit + r.text.slice(c.end)).toBe(edit);
  });

  it('lets a change of blanks only yield to the other side', () => {
    const reflowed = base.replace('am Montag in', 'am  Montag\nin');
    const edit = base.replace('am Montag', 'am Sonntag');
    const r = mergeText(base, edit, reflowed);
    expect(r.ok && r.conflicts).toEqual([]);
    expect(r.ok && r.text).toContain('Sonntag');
    const mine = mergeText(base, base.replace('Montag in', 'Montag   in'), base.replace('Montag in', 'Montag nahe'));
    expect(mine).toEqual({ ok: true, text: base.replace('Montag in', 'Montag   nahe'), conflicts: [] });
    // Both sides changed one stretch, the edit only by its blanks: the file's words win, no conflict.
    const wsOnly = mergeText('a b c', 'a\nb\nc', 'a X c');
    expect(wsOnly.ok && wsOnly.conflicts).toEqual([]);
  });

  it('refuses a text over the bound at once, and a pathological diff within its time', () => {
    // As long as an edit may be (32 M characters): refused before any diff.
    const huge = 'Wort '.repeat((32 * 1024 * 1024) / 5);
    expect(huge.length).toBeGreaterThan(MAX_MERGE_CHARS);
    const t0 = Date.now();
    expect(mergeText(huge, huge + 'y', huge)).toEqual({ ok: false, reason: 'too-large' });
    expect(mergeText('a', 'b', 'x'.repeat(MAX_MERGE_CHARS + 1))).toEqual({ ok: false, reason: 'too-large' });
    expect(Date.now() - t0).toBeLessThan(1000);
    const words = (seed: number) => {
      let x = seed;
      return Array.from({ length: 150_000 }, () => ((x = (x * 1103515245 + 12345) % 2147483648), 'abcdefgh'[x % 8])).join(' ');
    };
    const t1 = Date.now();
    expect(mergeText(words(1), words(2), words(3), { timeoutMs: 300 })).toEqual({ ok: false, reason: 'timed-out' });
    // Generous for a loaded machine: unbounded, this diff runs for minutes.
    expect(Date.now() - t1).toBeLessThan(20_000);
  });

  it('merges a long text with few changes', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `Satz ${i} bleibt.`).join(' ');
    const r = mergeText(long, long.replace('Satz 10 ', 'Zeile 10 '), long.replace('Satz 19000 ', 'Absatz 19000 '));
    expect(r.ok && r.text).toBe(long.replace('Satz 10 ', 'Zeile 10 ').replace('Satz 19000 ', 'Absatz 19000 '));
  });
});

describe('carryConflicts', () => {
  it('moves conflicts by a later edit before them and drops one whose stretch was edited', () => {
    const from = 'a b c d e';
    expect(carryConflicts(from, 'a XYZ b c d e', [{ start: 4, end: 5 }])).toEqual([{ start: 8, end: 9 }]);
    expect(carryConflicts(from, 'a b Q d e', [{ start: 4, end: 5 }, { start: 8, end: 9 }])).toEqual([{ start: 8, end: 9 }]);
  });
});

describe('mapOffsets', () => {
  it('moves offsets by the changes before them; one inside a change goes to its start', () => {
    expect(mapOffsets('a b c d e', 'a XY c d e', [0, 2, 3, 4, 8])).toEqual([0, 2, 4, 5, 9]);
  });
});
