import type { JobId } from './api/extraction';
import type { IngestReport } from './api/ingest';

/**
 * Events pushed from the library to every window (Electron: one IPC channel; HTTP: one
 * server-sent-events stream; worker: one message type). One typed union, so a listener's
 * `switch` is checked for completeness.
 */
export type ParallaxEvent =
  | {
      type: 'ingestProgress';
      jobId: JobId | null;
      /** Bytes of input handled so far and in all (one unit for files, folders and records). */
      done: number;
      total: number;
      /** The input being read now. */
      current: string;
      /** Reports read so far: added, already present or skipped. */
      reports: number;
      /**
       * Reports in all, counted before reading (a file is one, a JSON Lines file one per
       * line), or null when they cannot be known beforehand (bytes handed over in one piece).
       */
      reportsTotal: number | null;
    }
  | { type: 'ingestDone'; jobId: JobId | null; report: IngestReport }
  | {
      /** Long work other than reading input: re-extraction, catching derived data up. */
      type: 'taskProgress';
      task: ProgressTask;
      /** Reports handled so far and in all. */
      done: number;
      total: number;
    }
  | { type: 'libraryChanged' };

/**
 * Long work that reports progress in reports: `reextract`, `compareIndex` (catching the compare
 * index up) and `rebuild` (derived data rebuilt when a library opens).
 */
export type ProgressTask = 'reextract' | 'compareIndex' | 'rebuild';

/** A function that receives events; returns nothing. */
export type EventListener = (event: ParallaxEvent) => void;
