import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress';

/** A progress display writing into a string, on a clock the test moves. */
function display(mode: { json?: boolean; isTTY?: boolean }) {
  let out = '';
  let t = 0;
  const p = createProgress({ json: !!mode.json, isTTY: !!mode.isTTY, write: (s) => void (out += s), now: () => t });
  return { p, out: () => out, tick: (ms: number) => void (t += ms) };
}

const MB = 1024 * 1024;

describe('createProgress', () => {
  it('on a terminal redraws one line, and end() clears it so the result stands on its own line', () => {
    const d = display({ isTTY: true });
    d.p.update('ingest', 0, 10 * MB, 'a.jsonl');
    d.tick(200);
    d.p.update('ingest', 5 * MB, 10 * MB, 'a.jsonl');
    d.p.end();
    expect(d.out()).toBe('\r\x1b[KIngesting 0% (0.0 of 10.0 MB)  a.jsonl\r\x1b[KIngesting 50% (5.0 of 10.0 MB)  a.jsonl\r\x1b[K');
    expect(d.out()).not.toContain('\n');
  });

  it('not on a terminal, writes plain lines, one per tenth of the work, the last at 100%: never silence', () => {
    const d = display({});
    for (let done = 0; done <= 1000; done += 10) {
      d.tick(50);
      d.p.update('compareIndex', done, 1000);
    }
    const lines = d.out().trimEnd().split('\n');
    expect(lines[0]).toBe('Indexing for comparison: 0% (0 of 1,000 reports)');
    expect(lines.at(-1)).toBe('Indexing for comparison: 100% (1,000 of 1,000 reports)');
    expect(lines).toHaveLength(11);
    d.p.end();
    expect(d.out().endsWith('\n')).toBe(true);
  });

  it('not on a terminal, still writes a line every few seconds when a tenth takes long', () => {
    const d = display({});
    d.p.update('reextract', 0, 1000);
    d.tick(6000);
    d.p.update('reextract', 1, 1000);
    expect(d.out().trimEnd().split('\n')).toHaveLength(2);
  });

  it('with --json writes one JSON object per line, the first and the last of each task always', () => {
    const d = display({ json: true });
    d.p.onEvent({ type: 'ingestProgress', phase: 'importing', jobId: null, done: 0, total: 100, current: 'x.txt', reports: 0, reportsTotal: null });
    d.p.onEvent({ type: 'ingestProgress', phase: 'importing', jobId: null, done: 50, total: 100, current: 'x.txt', reports: 1, reportsTotal: null });
    d.p.onEvent({ type: 'ingestProgress', phase: 'importing', jobId: null, done: 100, total: 100, current: 'x.txt', reports: 2, reportsTotal: null });
    d.p.onEvent({ type: 'taskProgress', task: 'reextract', done: 3, total: 3 });
    const lines = d.out().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { type: 'progress', task: 'ingest', done: 0, total: 100, unit: 'bytes', current: 'x.txt' },
      { type: 'progress', task: 'ingest', done: 100, total: 100, unit: 'bytes', current: 'x.txt' },
      { type: 'progress', task: 'reextract', done: 3, total: 3, unit: 'reports' },
    ]);
  });

  it('counts reports, not bytes, when the library counted them beforehand', () => {
    const d = display({});
    d.p.onEvent({ type: 'ingestProgress', phase: 'importing', jobId: null, done: 10, total: 2000, current: 'a.jsonl', reports: 2400, reportsTotal: 10_000 });
    expect(d.out()).toBe('Ingesting: 24% (2,400 of 10,000 reports) a.jsonl\n');
  });

  it('says it counts a big file’s reports, in bytes, before it reads them; then counts a report half once extracted', () => {
    const d = display({});
    // A count that takes no time (its start and end alone) says nothing.
    d.p.onEvent({ type: 'ingestProgress', phase: 'counting', jobId: null, done: 0, total: 2 * 1024 * 1024, current: 'a.jsonl', reports: 0, reportsTotal: null });
    d.p.onEvent({ type: 'ingestProgress', phase: 'counting', jobId: null, done: 2 * 1024 * 1024, total: 2 * 1024 * 1024, current: 'a.jsonl', reports: 10_000, reportsTotal: null });
    expect(d.out()).toBe('');
    d.p.onEvent({ type: 'ingestProgress', phase: 'counting', jobId: null, done: 1024 * 1024, total: 2 * 1024 * 1024, current: 'a.jsonl', reports: 5000, reportsTotal: null });
    d.p.onEvent({ type: 'ingestProgress', phase: 'importing', jobId: null, done: 10, total: 2000, current: 'a.jsonl', reports: 2000, extracted: 2800, reportsTotal: 10_000 });
    expect(d.out()).toBe('Counting reports: 50% (1.0 of 2.0 MB) a.jsonl\nIngesting: 24% (2,400 of 10,000 reports) a.jsonl\n');
  });

  it('shows a file name with a line break or a bidi override escaped', () => {
    const d = display({});
    d.p.update('ingest', 1, 2, 'a\nb\u202etxt.exe');
    expect(d.out()).toBe('Ingesting: 50% (0.0 of 0.0 MB) a\\u{a}b\\u{202e}txt.exe\n');
  });
});
