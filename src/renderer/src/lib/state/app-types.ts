import type { Article, ParallaxClient, ReextractReport } from '../../../../shared/api';
import type { ShellCapabilities } from '../../../../shared/shell';
import type { ColorSchemeQuery } from './theme.svelte';
import type { IngestDeps } from './ingest.svelte';

/** The types and constants of the app's state (`app.svelte.ts`). */

/** What the app needs from its surroundings; tests pass fakes. */
export interface AppEnv {
  /** The contract, plus the shell's window capabilities where the host has them (Electron). */
  client: ParallaxClient & Partial<ShellCapabilities>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  languages: readonly string[];
  colorScheme: ColorSchemeQuery | null;
  timers?: Pick<IngestDeps, 'setTimer' | 'clearTimer' | 'makeJobId'>;
}

/** Which modal dialog is open, if any. */
export type DialogName = 'add-text' | 'shortcuts' | 'edit-metadata' | 'save-search' | 'edit-text' | 'link-annotation' | 'compare-with' | null;

/** What the middle pane shows: the library list (or search results), or every annotation. */
export type ViewName = 'library' | 'annotations' | 'timeline' | 'people' | 'stories' | 'compare';

/**
 * The views over the whole library that span the list and reader columns while no report is
 * beside them: a report opened from one brings the reader in, choosing the view folds it away.
 */
export function spansWindow(view: ViewName): boolean {
  return view === 'timeline' || view === 'stories' || view === 'people';
}

/** Zoom steps of the whole window (browser host; Electron zooms natively). */
export const ZOOM_STEPS = [0.75, 0.85, 1, 1.1, 1.25, 1.4, 1.6] as const;

/** A re-extraction running or just finished, for the status line in the list pane. */
export interface ReextractStatus {
  /** `site`: pages the library extracts again by itself after an import changed their site's template (progress only, no summary). */
  scope: 'one' | 'all' | 'site';
  running: boolean;
  report: ReextractReport | null;
  /** Reports done and in all while it runs, from the library's progress events; null before the first. */
  progress?: { done: number; total: number } | null;
}

/** What saving a metadata edit gave: the article, or the API's message to show in the dialog. */
export type EditResult = { ok: true; article: Article } | { ok: false; message: string };

/**
 * The re-extraction line after a `reextract` progress event: this window's own re-extraction
 * counts it; otherwise it is one the library runs by itself (the pages of a site whose template
 * an import changed, possibly thousands), shown as `site` while it runs and gone at its end (no
 * summary: the list refreshes on `libraryChanged`). Before, such a run showed nothing at all.
 */
export function reextractWith(status: ReextractStatus | null, done: number, total: number): ReextractStatus | null {
  if (status?.running && status.scope !== 'site') return { ...status, progress: { done, total } };
  if (done < total) return { scope: 'site', running: true, report: null, progress: { done, total } };
  return status?.scope === 'site' ? null : status;
}
