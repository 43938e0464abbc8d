import { reportsShown, type DerivedDatasetName, type ParallaxEvent, type ProgressTask } from '../shared/events';
import { formatFor, words } from '../shared/i18n';
import { printable } from './format';
import { CLI_LANG, cliWords } from './words';

/**
 * Long work the CLI reports on: counting a big file's reports (`ingestCount`, in bytes), reading
 * input (in reports when the library counted them beforehand, `ingestReports`, else in bytes), and the tasks the library reports. The rebuild
 * of derived data as a library opens comes as `rebuildProgress` events, one piece per dataset.
 */
/** The views' build (`views`) is the app's: the CLI builds them at once; `parallax rescue` says its own. */
export type CliTask = 'ingestCount' | 'ingest' | 'ingestReports' | Exclude<ProgressTask, 'views' | 'rescue'>;

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
  /** The listener while a library opens: its rebuild of derived data (a new library's seeding is quick and quiet). */
  onOpening(event: ParallaxEvent): void;
}

/** A terminal line is redrawn at most this often. */
const TTY_EVERY_MS = 100;
/** JSON lines at most this often (plus the first and last of each task). */
const JSON_EVERY_MS = 500;
/** Plain lines (a log, CI): one per tenth of the work, and at least this often when it is slow. */
const PLAIN_EVERY_MS = 5_000;

/** A task's unit: bytes of input read, or reports handled. */
const UNIT: Record<CliTask, 'bytes' | 'reports'> = { ingestCount: 'bytes', ingest: 'bytes', ingestReports: 'reports', reextract: 'reports', compareIndex: 'reports' };

const MB = 1024 * 1024;

/** What a line says is going on, in the person's language. */
function labelOf(task: CliTask, dataset?: DerivedDatasetName): string {
  const w = cliWords();
  return dataset ? w.rebuilding(words(CLI_LANG).datasets[dataset]) : w.taskLabel(task);
}

function amount(unit: 'bytes' | 'reports', done: number, total: number): string {
  const f = formatFor(CLI_LANG);
  if (unit === 'bytes') return cliWords().megabytes(f.fixed(done / MB, 1), f.fixed(total / MB, 1));
  return cliWords().reportsAmount(f.num(done), f.num(total));
}

/** Progress for a terminal, for `--json`, or as plain lines for a log; never silence. */
export function createProgress(opts: ProgressOptions): Progress {
  const now = opts.now ?? Date.now;
  let drawn = false;
  const last = new Map<string, { at: number; tenth: number }>();
  /** One step of one piece of work; `key` tells pieces apart (each dataset of a rebuild is one). */
  const show = (key: string, json: object, label: string, unit: 'bytes' | 'reports', done: number, total: number, name = '') => {
    if (total <= 0) return;
    const current = printable(name);
    const t = now();
    const pct = Math.min(100, Math.floor((done / total) * 100));
    const prev = last.get(key);
    const first = !prev;
    const final = done >= total;
    const tenth = Math.floor(pct / 10);
    if (opts.json) {
      if (!first && !final && t - prev.at < JSON_EVERY_MS) return;
      last.set(key, { at: t, tenth });
      opts.write(`${JSON.stringify({ type: 'progress', ...json, done, total, unit, ...(current ? { current } : {}) })}\n`);
      return;
    }
    if (opts.isTTY) {
      if (!first && !final && t - prev.at < TTY_EVERY_MS) return;
      last.set(key, { at: t, tenth });
      const shown = current ? `  ${current.length > 40 ? `…${current.slice(-39)}` : current}` : '';
      opts.write(`\r\x1b[K${label} ${cliWords().percent(formatFor(CLI_LANG).num(pct))} (${amount(unit, done, total)})${shown}`);
      drawn = true;
      return;
    }
    if (!first && !final && tenth === prev.tenth && t - prev.at < PLAIN_EVERY_MS) return;
    if (final && prev?.tenth === 10) return;
    last.set(key, { at: t, tenth: final ? 10 : tenth });
    opts.write(`${label}: ${cliWords().percent(formatFor(CLI_LANG).num(pct))} (${amount(unit, done, total)})${current ? ` ${current}` : ''}\n`);
  };
  const progress: Progress = {
    update(task, done, total, name = '') {
      // JSON readers see one task, `ingest`, whose `unit` says whether it counts reports or bytes.
      show(task, { task: task === 'ingestReports' ? 'ingest' : task }, labelOf(task), UNIT[task], done, total, name);
    },
    end() {
      if (drawn) opts.write('\r\x1b[K');
      drawn = false;
    },
    onEvent(e) {
      if (e.type === 'ingestProgress') {
        // The count's start and end are told even when it takes no time: only one still counting is shown.
        if (e.phase === 'counting') {
          if (e.done > 0 && e.done < e.total) progress.update('ingestCount', e.done, e.total, e.current);
        }
        else if (e.reportsTotal !== null) progress.update('ingestReports', reportsShown(e), e.reportsTotal, e.current);
        else progress.update('ingest', e.done, e.total, e.current);
      }
      else if (e.type === 'taskProgress' && e.task !== 'views' && e.task !== 'rescue') progress.update(e.task, e.done, e.total);
      else if (e.type === 'rebuildProgress') show(`rebuild:${e.dataset}`, { task: 'rebuild', dataset: e.dataset }, labelOf('reextract', e.dataset), 'reports', e.done, e.total);
      else if (e.type === 'rebuildDone') progress.end();
    },
    onOpening(e) {
      if (e.type === 'rebuildProgress' || e.type === 'rebuildDone') progress.onEvent(e);
    },
  };
  return progress;
}
