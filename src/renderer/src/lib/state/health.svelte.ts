import type { ParallaxApi, RescueReport } from '../../../../shared/api';
import { isApiError } from '../../../../shared/errors';
import type { ParallaxEvent } from '../../../../shared/events';

/**
 * Whether the library file is damaged, as the window knows it: from `getAppInfo` as it starts,
 * the `libraryDamaged` event, or any call that failed with `DB_CORRUPT` (the library refuses
 * every write from then on, `core/damage.ts`); and the rescue into a new file.
 */
export class LibraryHealth {
  damaged = $state(false);
  rescuing = $state(false);
  /** What the rescue did (where the new file is), once it ran. */
  rescued = $state.raw<RescueReport | null>(null);
  /** While the rescue runs: the share of the library's rows read (0..1), once the library said. */
  rescueShare = $state<number | null>(null);

  constructor(private readonly api: Pick<ParallaxApi, 'getAppInfo' | 'rescueLibrary'>) {}

  async load(): Promise<void> {
    if ((await this.api.getAppInfo()).damaged) this.damaged = true;
  }

  /** The library's events about its health: found damaged (also by its check as it opened), a rescue's progress. */
  handleEvent(event: ParallaxEvent): void {
    if (event.type === 'libraryDamaged') this.damaged = true;
    if (event.type === 'taskProgress' && event.task === 'rescue' && this.rescuing) this.rescueShare = event.total > 0 ? Math.min(1, event.done / event.total) : null;
  }

  /** Notes a failed call: `DB_CORRUPT` means the library is damaged. */
  noteError(e: unknown): void {
    if (isApiError(e) && e.code === 'DB_CORRUPT') this.damaged = true;
  }

  /** Copies what can be read into a new library beside this one; the damaged one stays as it is. */
  async rescue(): Promise<void> {
    if (this.rescuing) return;
    this.rescuing = true;
    try {
      this.rescued = await this.api.rescueLibrary();
    } finally {
      this.rescuing = false;
      this.rescueShare = null;
    }
  }
}

/** Rows kept and whether anything was lost, per kind a person cares about. */
export function rescueCounts(r: RescueReport): { reports: number; annotations: number; lost: boolean } {
  const kept = (t: string) => r.tables.find((x) => x.table === t)?.kept ?? 0;
  return { reports: kept('articles'), annotations: kept('annotations'), lost: r.tables.some((t) => t.damaged || t.refused > 0) };
}
