import type { ParallaxEvent, ProgressTask } from '../shared/events';
import { printable } from './format';

/**
 * Long work the CLI reports on: reading input (in reports when the library counted them
 * beforehand, `ingestReports`, else in bytes), and the tasks the library reports.
 */
export type CliTask = 'ingest' | 'ingestReports' | ProgressTask;

/** Where and how progress is shown. */
export interface ProgressOptions {
  /** `--json`: one JSON object per line. */
  json: boolean;
  /** A terminal: one line rewritten in place. Otherwise plain lines, now and then. */
  isTTY: boolean;
  /** Where progress goes (stderr, so stdout keeps only the result). */
  write: (text: string) => void;
  /** Milliseconds now; injectable for tests. */
  now?: () => number;
}

/** Shows progress of long CLI work; `end()` before the result is printed. */
export interface Progress {
  update(task: CliTask, done: number, total: number, current?: string): void;
  /** Takes a terminal progress line away, so the result stands on its own line. */
  end(): void;
  /** The listener for library events. */
  onEvent(event: ParallaxEvent): void;
}

/** A terminal line is redrawn at most this often. */
const TTY_EVERY_MS = 100;
/** JSON lines at most this often (plus the first and last of each task). */
const JSON_EVERY_MS = 500;
/** Plain lines (a log, CI): one per tenth of the work, and at least this often when it is slow. */
const PLAIN_EVERY_MS = 5_000;

const LABEL: Record<CliTask, string> = {
  ingest: 'Ingesting',
  ingestReports: 'Ingesting',
  reextract: 'Re-extracting',
  compareIndex: 'Indexing for comparison',
  rebuild: 'Rebuilding the indexes',
};
const UNIT: Record<CliTask, 'bytes' | 'reports'> = { ingest: 'bytes', ingestReports: 'reports', reextract: 'reports', compareIndex: 'reports', rebuild: 'reports' };

const MB = 1024 * 1024;

function amount(task: CliTask, done: number, total: number): string {
  if (UNIT[task] === 'bytes') return `${(done / MB).toFixed(1)} of ${(total / MB).toFixed(1)} MB`;
  return `${done.toLocaleString('en')} of ${total.toLocaleString('en')} reports`;
}

/** Progress for a terminal, for `--json`, or as plain lines for a log; never silence. */
export function createProgress(opts: ProgressOptions): Progress {
  const now = opts.now ?? Date.now;
  let drawn = false;
  const last = new Map<CliTask, { at: number; tenth: number }>();
  const progress: Progress = {
    update(task, done, total, name = '') {
      if (total <= 0) return;
      const current = printable(name);
      const t = now();
      const pct = Math.min(100, Math.floor((done / total) * 100));
      const prev = last.get(task);
      const first = !prev;
      const final = done >= total;
      const tenth = Math.floor(pct / 10);
      if (opts.json) {
        if (!first && !final && t - prev.at < JSON_EVERY_MS) return;
        last.set(task, { at: t, tenth });
        opts.write(`${JSON.stringify({ type: 'progress', task, done, total, unit: UNIT[task], ...(current ? { current } : {}) })}\n`);
        return;
      }
      if (opts.isTTY) {
        if (!first && !final && t - prev.at < TTY_EVERY_MS) return;
        last.set(task, { at: t, tenth });
        const name = current ? `  ${current.length > 40 ? `…${current.slice(-39)}` : current}` : '';
        opts.write(`\r\x1b[K${LABEL[task]} ${pct}% (${amount(task, done, total)})${name}`);
        drawn = true;
        return;
      }
      if (!first && !final && tenth === prev.tenth && t - prev.at < PLAIN_EVERY_MS) return;
      if (final && prev?.tenth === 10) return;
      last.set(task, { at: t, tenth: final ? 10 : tenth });
      opts.write(`${LABEL[task]}: ${pct}% (${amount(task, done, total)})${current ? ` ${current}` : ''}\n`);
    },
    end() {
      if (drawn) opts.write('\r\x1b[K');
      drawn = false;
    },
    onEvent(e) {
      if (e.type === 'ingestProgress') {
        if (e.reportsTotal !== null) progress.update('ingestReports', e.reports, e.reportsTotal, e.current);
        else progress.update('ingest', e.done, e.total, e.current);
      }
      else if (e.type === 'taskProgress') progress.update(e.task, e.done, e.total);
    },
  };
  return progress;
}
