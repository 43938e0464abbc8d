import { MAX_UPLOADS, refusedBySize, type ParallaxApi } from '../../../../shared/api';
import { reportsShown, type ParallaxEvent } from '../../../../shared/events';
import type { IngestReport, JobId, TextInput, UploadId } from '../../../../shared/api';
import { bytesToBase64 } from '../base64';

/** Only imports that take longer than this show a progress bar, so quick ones don't flicker. */
export const PROGRESS_DELAY_MS = 500;

/**
 * Bytes sent per piece of a file. Reading and base64-encoding 1 MiB takes a few milliseconds,
 * so sending a 300 MB file never holds up the window, and never holds the file in memory whole.
 */
export const PIECE_BYTES = 1024 * 1024;

/** What `importFiles` needs of a file: a browser `File` fits. */
export interface FileLike {
  name: string;
  size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/**
 * The files of a chosen folder worth sending: not hidden ones, nor those in hidden folders
 * (`.DS_Store`, `.git/…`), as an import of the folder by path skips them. `path`: the file's
 * place under the folder (`webkitRelativePath`), or its name.
 */
export function visibleFiles<F extends { name: string; webkitRelativePath?: string }>(files: readonly F[]): F[] {
  return files.filter((f) => !(f.webkitRelativePath || f.name).split('/').some((part) => part.startsWith('.')));
}

export interface IngestProgress {
  /** Counting the reports before reading (`done`/`total` bytes counted), or importing them. */
  phase: 'counting' | 'importing';
  /** Bytes read (counted), and in all (for the bar while the number of reports is unknown). */
  done: number;
  total: number;
  current: string;
  /** Reports written (or found, while counting), and extracted: `reportsShown` makes one count of them. */
  reports: number;
  extracted?: number | undefined;
  reportsTotal: number | null;
}

export interface IngestDeps {
  api: Pick<ParallaxApi, 'beginUpload' | 'appendUpload' | 'ingestUploads' | 'discardUpload' | 'ingestText' | 'cancelIngest'>;
  /** Makes job ids; default `crypto.randomUUID`. */
  makeJobId?: () => string;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * One import at a time: files (dropped or picked) or pasted text. Progress comes from the
 * host's `ingestProgress` events carrying this job's id; the report stays until dismissed.
 */
export class IngestState {
  isRunning = $state(false);
  /** True once a running import has taken longer than `PROGRESS_DELAY_MS`. */
  showProgress = $state(false);
  progress = $state.raw<IngestProgress | null>(null);
  report = $state.raw<IngestReport | null>(null);
  /** While files are being sent, before the library reads them: the share sent (0..1). */
  sending = $state<number | null>(null);
  /** Bumped to ask the folder picker to open (Ctrl/Cmd+Shift+O, the list's ⋯ menu). */
  pickFolderRequest = $state(0);
  /** True once the person asked to stop the running import, until it has stopped. */
  stopping = $state(false);

  /**
   * While more files were picked than the library stages at once (`MAX_UPLOADS`): which round
   * runs, of how many, and how many reports the rounds before it wrote or found.
   */
  round = $state.raw<{ index: number; count: number; reportsBefore: number; filesBefore: number; files: number; total: number } | null>(null);
  /** While files are being sent: how many of all picked are sent (sending 10,000 small files takes minutes). */
  filesSent = $state.raw<{ done: number; total: number } | null>(null);

  /** The share done of the whole import, over all its rounds (0..1); null while unknown. */
  fraction = $derived.by(() => {
    const inRound = this.#roundFraction();
    const r = this.round;
    if (!r || r.count < 2) return inRound;
    // Each round weighs as many files as it has: the last of 10,003 files is not half the work.
    return (r.filesBefore + (inRound ?? 0) * r.files) / r.total;
  });

  /** Reports written or found so far, over all rounds, and in all once the last round knows. */
  reportsSoFar = $derived.by((): { reports: number; total: number | null } | null => {
    const p = this.progress;
    if (!p) return null;
    const r = this.round;
    const before = r?.reportsBefore ?? 0;
    const last = !r || r.index === r.count - 1;
    return { reports: before + reportsShown(p), total: last && p.reportsTotal !== null ? before + p.reportsTotal : null };
  });

  #roundFraction(): number | null {
    const p = this.progress;
    if (!p) return this.sending;
    if (p.phase === 'counting') return p.total > 0 ? Math.min(1, p.done / p.total) : null;
    if (p.reportsTotal) return Math.min(1, reportsShown(p) / p.reportsTotal);
    return p.total > 0 ? Math.min(1, p.done / p.total) : null;
  }

  #deps: Required<IngestDeps>;
  #jobId: string | null = null;
  /** Whether the library took the stop of this job (asked again on its progress until it did). */
  #stopHeard = false;
  /** The import shown was started elsewhere (the desktop menu's Import…, another window): its report comes as `ingestDone`. */
  #adopted = false;
  /** The last import run here: its events may come after its answer (two channels), and are not taken up again. */
  #ownDone: string | null = null;

  constructor(deps: IngestDeps) {
    this.#deps = {
      makeJobId: () => crypto.randomUUID(),
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      ...deps,
    };
  }

  /**
   * Feed every host event here. An import started elsewhere (the desktop menu's Import…, another
   * window) is taken up while none runs here: shown, stoppable, its report kept; progress of
   * other jobs is ignored.
   */
  handleEvent(event: ParallaxEvent): void {
    if (event.type === 'ingestProgress' && event.jobId !== null && !this.isRunning && event.jobId !== this.#ownDone) this.#adopt(event.jobId);
    if (event.type === 'ingestDone' && this.#adopted && event.jobId === this.#jobId) {
      this.report = event.report;
      this.#finish();
      return;
    }
    if (event.type === 'ingestProgress' && event.jobId !== null && event.jobId === this.#jobId) {
      this.progress = { phase: event.phase, done: event.done, total: event.total, current: event.current, reports: event.reports, extracted: event.extracted, reportsTotal: event.reportsTotal };
      // Asked to stop between the last piece sent and the library's first read: ask again now.
      if (this.stopping && !this.#stopHeard) void this.#askStop(event.jobId);
    }
  }

  /**
   * Sends the files to the library a piece at a time, then has it ingest them: in rounds of at
   * most `MAX_UPLOADS` (what the library stages at once), under one job, one progress bar
   * (`round`) and one report. Resolves with the report; rejects with the API's error (what was
   * sent of the round's files is dropped; earlier rounds stay imported).
   */
  async importFiles(files: readonly FileLike[]): Promise<IngestReport | null> {
    if (files.length === 0) return null;
    const rounds = Math.ceil(files.length / MAX_UPLOADS);
    return this.#run(async (jobId) => {
      let report: IngestReport | null = null;
      try {
        for (let k = 0; k < rounds && !(report?.cancelled ?? false); k++) {
          const part = files.slice(k * MAX_UPLOADS, (k + 1) * MAX_UPLOADS);
          this.round = { index: k, count: rounds, reportsBefore: report ? report.added.length + report.present.length : 0, filesBefore: k * MAX_UPLOADS, files: part.length, total: files.length };
          this.progress = null;
          const heard = await this.#importRound(part, jobId, k * MAX_UPLOADS, files.length);
          report = report ? joinReports(report, heard) : heard;
          // Stopped between two rounds: the library was not reading, so no round says it was.
          if (this.stopping && k < rounds - 1) report = { ...report, cancelled: true };
        }
      } finally {
        this.round = null;
        this.filesSent = null;
      }
      return report!;
    });
  }

  /** One round of `importFiles`: at most `MAX_UPLOADS` files sent, then ingested. */
  async #importRound(files: readonly FileLike[], jobId: JobId, sentBefore: number, total: number): Promise<IngestReport> {
    const api = this.#deps.api;
    const ids: UploadId[] = [];
    const size = files.reduce((n, f) => n + f.size, 0);
    let sent = 0;
    try {
      this.sending = 0;
      for (const f of files) {
        if (this.stopping) break;
        const id = await api.beginUpload({ name: f.name, size: f.size });
        ids.push(id);
        // The library refuses it unread (one line in the report): sending 200 MB first took a minute.
        if (refusedBySize(f.name, f.size)) {
          sent += f.size;
          this.filesSent = { done: sentBefore + ids.length, total };
          continue;
        }
        for (let at = 0; at < f.size && !this.stopping; at += PIECE_BYTES) {
          const piece = new Uint8Array(await f.slice(at, Math.min(f.size, at + PIECE_BYTES)).arrayBuffer());
          await api.appendUpload(id, bytesToBase64(piece));
          sent += piece.length;
          this.sending = size > 0 ? sent / size : 1;
        }
        this.filesSent = { done: sentBefore + ids.length, total };
      }
      this.sending = null;
      // Stopped while sending: nothing of this round was read; what was sent is dropped.
      if (this.stopping) {
        for (const id of ids) void api.discardUpload(id).catch(() => undefined);
        return { added: [], present: [], skipped: [], warnings: [], durationMs: 0, cancelled: true };
      }
      return await api.ingestUploads(ids, { jobId });
    } catch (e) {
      // Best effort: the library drops unfinished uploads itself after a while.
      for (const id of ids) void api.discardUpload(id).catch(() => undefined);
      throw e;
    } finally {
      this.sending = null;
    }
  }

  /** Ingests pasted text. Resolves with the report; rejects with the API's error. */
  async addText(input: TextInput): Promise<IngestReport | null> {
    if (input.text.trim() === '') return null;
    return this.#run((jobId) => this.#deps.api.ingestText(input, { jobId }));
  }

  dismiss(): void {
    this.report = null;
  }

  /**
   * Stops the running import: while its files are being sent, at once (nothing is read); once
   * the library reads them, between two batches (what was written stays, whole, and the report
   * says the import was stopped).
   */
  async cancel(): Promise<void> {
    const jobId = this.#jobId;
    if (!this.isRunning || jobId === null || this.stopping) return;
    this.stopping = true;
    if (this.sending === null) await this.#askStop(jobId as JobId);
  }

  async #askStop(jobId: JobId): Promise<void> {
    this.#stopHeard = true;
    this.#stopHeard = await this.#deps.api.cancelIngest(jobId).catch(() => false);
  }

  /** Starts showing job `jobId` as the running import; the progress line after the delay. Returns the delay's timer. */
  #begin(jobId: string): unknown {
    this.#jobId = jobId;
    this.isRunning = true;
    this.showProgress = false;
    this.progress = null;
    this.report = null;
    return this.#deps.setTimer(() => {
      if (this.#jobId === jobId) this.showProgress = true;
    }, PROGRESS_DELAY_MS);
  }

  #adopt(jobId: string): void {
    this.#adopted = true;
    this.#begin(jobId);
  }

  #finish(): void {
    this.isRunning = false;
    this.showProgress = false;
    this.progress = null;
    this.stopping = false;
    this.#stopHeard = false;
    this.#adopted = false;
    this.#jobId = null;
  }

  async #run(call: (jobId: JobId) => Promise<IngestReport>): Promise<IngestReport> {
    const jobId = this.#deps.makeJobId() as JobId;
    this.#adopted = false;
    const timer = this.#begin(jobId);
    try {
      const report = await call(jobId);
      if (this.#jobId === jobId) this.report = report;
      return report;
    } finally {
      this.#deps.clearTimer(timer);
      this.#ownDone = jobId;
      if (this.#jobId === jobId) this.#finish();
    }
  }
}

/** Two rounds' reports as one: what each added, found present, skipped or warned of; their time added up. */
function joinReports(a: IngestReport, b: IngestReport): IngestReport {
  const cancelled = (a.cancelled ?? false) || (b.cancelled ?? false);
  return {
    added: [...a.added, ...b.added],
    present: [...a.present, ...b.present],
    skipped: [...a.skipped, ...b.skipped],
    warnings: [...a.warnings, ...b.warnings],
    durationMs: a.durationMs + b.durationMs,
    ...(cancelled ? { cancelled } : {}),
  };
}
