import type { ArticleId, ParallaxApi, VersionSwitch } from '../../../../shared/api';
import { nextUndoStamp } from './undo-order';

/**
 * "Use the new version" of a changed file's report, as the window sees it: the last switch (for
 * its undo line and Ctrl/Cmd+Z) and the new versions in use (the import summary's buttons say
 * so). Every call goes through the contract; the list refreshes on the `libraryChanged` it causes.
 */
export class VersionState {
  /** The last switch, with the title it was made under, while its undo line shows; null when none. */
  last = $state.raw<{ change: VersionSwitch; title: string; at: number } | null>(null);
  /** New versions made the one worked on in this window (until an undo). */
  used = $state.raw<ReadonlySet<ArticleId>>(new Set());

  /** `changed` reloads the list; `open` opens a report in the reader. */
  constructor(
    private readonly api: Pick<ParallaxApi, 'useNewVersion' | 'undoNewVersion'>,
    private readonly changed: () => Promise<void> = async () => {},
    private readonly open: (id: ArticleId) => Promise<unknown> = async () => {},
  ) {}

  /** Makes `id` the version worked on and opens it, with its annotations, in the reader. */
  async use(id: ArticleId, title: string): Promise<void> {
    const change = await this.api.useNewVersion(id);
    this.last = { change, title, at: nextUndoStamp() };
    this.used = new Set([...this.used, id]);
    await this.changed();
    await this.open(id);
  }

  get canUndo(): boolean {
    return this.last !== null;
  }

  /** Takes the last switch back and opens the earlier version again. */
  async undo(): Promise<void> {
    const last = this.last;
    if (!last) return;
    this.last = null;
    await this.api.undoNewVersion(last.change);
    const used = new Set(this.used);
    used.delete(last.change.articleId);
    this.used = used;
    await this.changed();
    const earlier = last.change.earlier[0];
    if (earlier) await this.open(earlier);
  }

  dismiss(): void {
    this.last = null;
  }
}
