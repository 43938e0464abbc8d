import type { ArticleId } from '../../../../shared/api';
import { reextractWith, type AppEnv, type ReextractStatus } from './app-types';

/**
 * Extraction run again: for the open report, for the library (with its stop), or by the library
 * itself for a site's pages. Its own state so the window's state holds only what joins the parts.
 */
export class ReextractState {
  status = $state.raw<ReextractStatus | null>(null);
  #client: AppEnv['client'];

  constructor(client: AppEnv['client']) {
    this.#client = client;
  }

  /** A `reextract` progress event from the library. */
  progress(done: number, total: number): void {
    this.status = reextractWith(this.status, done, total);
  }

  /** Runs it unless one runs already; true once it ran (the caller refreshes what it shows). */
  async run(scope: 'one' | 'all', id: ArticleId | null, guard: <T>(action: () => Promise<T>) => Promise<T | undefined>): Promise<boolean> {
    if (this.status?.running || (scope === 'one' && !id)) return false;
    this.status = { scope, running: true, report: null };
    const report = await guard(() => this.#client.reextractArticles(scope === 'one' && id ? [id] : undefined));
    this.status = report ? { scope, running: false, report } : null;
    return true;
  }

  /** Stops the re-extraction of the library between two batches (its report then says so). */
  cancel = (): Promise<boolean> => this.#client.cancelReextract();

  dismiss = (): void => {
    if (!this.status?.running) this.status = null;
  };
}
