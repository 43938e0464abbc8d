import type { ReextractStatus } from './app-types';

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
