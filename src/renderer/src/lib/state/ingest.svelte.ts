import type { ParallaxApi } from '../../../../shared/api';
import type { ParallaxEvent } from '../../../../shared/events';
import type { IngestReport, JobId, TextInput } from '../../../../shared/api';
import { bytesToBase64 } from '../base64';

/** Only imports that take longer than this show a progress bar, so quick ones don't flicker. */
export const PROGRESS_DELAY_MS = 500;

/** What `importFiles` needs of a file: a browser `File` fits. */
export interface FileLike {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface IngestProgress {
  done: number;
  total: number;
  current: string;
}

export interface IngestDeps {
  api: Pick<ParallaxApi, 'ingestFiles' | 'ingestText'>;
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

  fraction = $derived(this.progress && this.progress.total > 0 ? Math.min(1, this.progress.done / this.progress.total) : null);

  #deps: Required<IngestDeps>;
  #jobId: string | null = null;

  constructor(deps: IngestDeps) {
    this.#deps = {
      makeJobId: () => crypto.randomUUID(),
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      ...deps,
    };
  }

  /** Feed every host event here; progress of other jobs is ignored. */
  handleEvent(event: ParallaxEvent): void {
    if (event.type === 'ingestProgress' && event.jobId !== null && event.jobId === this.#jobId) {
      this.progress = { done: event.done, total: event.total, current: event.current };
    }
  }

  /** Reads the files as bytes and ingests them. Resolves with the report; rejects with the API's error. */
  async importFiles(files: readonly FileLike[]): Promise<IngestReport | null> {
    if (files.length === 0) return null;
    return this.#run(async (jobId) => {
      const uploads = await Promise.all(
        files.map(async (f) => ({ name: f.name, dataBase64: bytesToBase64(new Uint8Array(await f.arrayBuffer())) })),
      );
      return this.#deps.api.ingestFiles(uploads, { jobId });
    });
  }

  /** Ingests pasted text. Resolves with the report; rejects with the API's error. */
  async addText(input: TextInput): Promise<IngestReport | null> {
    if (input.text.trim() === '') return null;
    return this.#run((jobId) => this.#deps.api.ingestText(input, { jobId }));
  }

  dismiss(): void {
    this.report = null;
  }

  async #run(call: (jobId: JobId) => Promise<IngestReport>): Promise<IngestReport> {
    const jobId = this.#deps.makeJobId() as JobId;
    this.#jobId = jobId;
    this.isRunning = true;
    this.showProgress = false;
    this.progress = null;
    this.report = null;
    const timer = this.#deps.setTimer(() => {
      if (this.#jobId === jobId) this.showProgress = true;
    }, PROGRESS_DELAY_MS);
    try {
      const report = await call(jobId);
      if (this.#jobId === jobId) this.report = report;
      return report;
    } finally {
      this.#deps.clearTimer(timer);
      if (this.#jobId === jobId) {
        this.isRunning = false;
        this.showProgress = false;
        this.progress = null;
        this.#jobId = null;
      }
    }
  }
}
