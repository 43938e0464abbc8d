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
      /**
       * `counting`: the files' reports are being counted before reading (a big JSON Lines file
       * takes seconds); `done`/`total` are the bytes counted, `reports` the reports found so far.
       * `importing`: the reports are read, extracted and written.
       */
      phase: 'counting' | 'importing';
      /** Bytes of input handled so far and in all (one unit for files, folders and records). */
      done: number;
      total: number;
      /** The input being read now. */
      current: string;
      /**
       * While importing, reports done so far: written (told one by one during a batch's write),
       * already present or skipped. While counting, the reports found so far.
       */
      reports: number;
      /**
       * Reports extracted so far (or skipped), told by the extraction workers as each finishes;
       * at least `reports`, and ahead of it by the batches being written or waiting to be. Absent
       * while counting.
       */
      extracted?: number;
      /**
       * Reports in all, counted before reading (a file is one, a JSON Lines file one per
       * line), or null when they cannot be known beforehand (bytes handed over in one piece).
       */
      reportsTotal: number | null;
    }
  | { type: 'ingestDone'; jobId: JobId | null; report: IngestReport }
  | {
      /** Long work other than reading input: re-extraction, catching derived data up, the views' first build. */
      type: 'taskProgress';
      task: ProgressTask;
      /**
       * Reports handled so far and in all; for `views`, the build's units done and known (50 a
       * stage, moved by the stage's loops; each view asked adds its own stages and those it
       * reads; done never falls, it reaches total).
       */
      done: number;
      total: number;
      /** For `views`: the view being built now. */
      step?: ViewStep;
    }
  | ({
      /**
       * Derived data being rebuilt when a library opens (a new version derives it differently,
       * or a rebuild was killed). The library answers meanwhile; calls that need the dataset wait.
       */
      type: 'rebuildProgress';
    } & RebuildStatus)
  /** Every derived dataset is current again. */
  | { type: 'rebuildDone' }
  | { type: 'libraryChanged' }
  /**
   * The timeline, people & places and stories serve their last answer while they are built again
   * (after new reports, a trash, in a large or reopened library); their build's progress comes as
   * `taskProgress` of `views`.
   */
  | { type: 'viewsUpdating' }
  /** That build ended: the views' next answers are the library's as it stands (read them again). */
  | { type: 'viewsUpdated' }
  /**
   * Told by a window's binding, not by the library: the window's event stream opened, or opened
   * again after the host was out of reach (HTTP; Electron's channel loses nothing). Events sent
   * before it were not heard, so the window reads again what they would have changed.
   */
  | {
      type: 'eventsResumed';
      /** The stream had been open before: a connection was lost, and any event with it. */
      again: boolean;
    }
  /** The library file was found damaged: nothing more is written to it (`core/damage.ts`). */
  | { type: 'libraryDamaged' };

/**
 * Long work that reports progress: `reextract` and `compareIndex` (catching the compare index
 * up) in reports, `views` (the first build of people & places, stories, timeline) in fiftieths of its stages,
 * `rescue` (a damaged library's rescue into a new file) in rows read of the rows counted first. The rebuild of derived data as a library opens has events of its own
 * (`rebuildProgress`), which name the dataset, because calls wait for the one they read.
 */
export type ProgressTask = 'reextract' | 'compareIndex' | 'views' | 'rescue';

/** The grouped views in the order they are built (each reads the one before). */
export type ViewStep = 'entities' | 'stories' | 'timeline';

/** The derived datasets a library keeps (see `core/derived`). */
export type DerivedDatasetName = 'search-index' | 'suggestions' | 'near-duplicates' | 'compare-rows' | 'explore-groupings' | 'twin-groups' | 'site-templates' | 'name-spellings';

/** How far the rebuild of one derived dataset is. */
export interface RebuildStatus {
  dataset: DerivedDatasetName;
  /** Reports (articles) built so far, and in all. */
  done: number;
  total: number;
}

/** A function that receives events; returns nothing. */
export type EventListener = (event: ParallaxEvent) => void;

/**
 * How many reports an import's progress shows as done: each counts half once extracted and whole
 * once written. Extraction runs on helpers a batch or two ahead of the one writer, so neither
 * count alone moves all the time (nothing is written while the first batch extracts; the helpers
 * wait while a batch is written); their mean does, and stays within a batch of what the library
 * holds. While counting, the reports found.
 */
export function reportsShown(p: { reports: number; extracted?: number | undefined }): number {
  return Math.floor((p.reports + Math.max(p.reports, p.extracted ?? p.reports)) / 2);
}
