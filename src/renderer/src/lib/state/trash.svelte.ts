import type { ArticleId, ParallaxApi, TrashedArticle } from '../../../../shared/api';
import { nextUndoStamp } from './undo-order';

/**
 * The trash as the window sees it: what the last "Move to trash" moved (for its undo line and
 * Ctrl/Cmd+Z), and the trash view's reports with restore and delete-for-good. Every call goes
 * through the contract; the list and views refresh on the `libraryChanged` it causes.
 */
export class TrashState {
  /** The reports the last move put in the trash, while its undo line shows; null when none. */
  lastMoved = $state.raw<ArticleId[] | null>(null);
  /** When the last move was made, among the window's undo lines (`undo-order.ts`). */
  movedAt = 0;
  /**
   * The reports the last undo took back out of the trash, while a redo may move them again
   * (Ctrl/Cmd+Shift+Z, Ctrl+Y): until another move, another undo in the window (`forgetRedo`),
   * or their redo.
   */
  lastRestored = $state.raw<ArticleId[] | null>(null);
  /** The trash view is shown in place of the list. */
  showing = $state(false);
  items = $state.raw<TrashedArticle[]>([]);
  /** The report whose delete-for-good waits for its confirmation. */
  confirming = $state<ArticleId | null>(null);

  /** `changed`: reloads the list at once (the `libraryChanged` event reloads it too, and the other views). */
  constructor(
    private readonly api: Pick<ParallaxApi, 'trashArticles' | 'restoreArticles' | 'listTrash' | 'purgeArticles'>,
    private readonly changed: () => Promise<void> = async () => {},
  ) {}

  /** Moves reports to the trash; the undo line then offers them back. */
  async move(ids: readonly ArticleId[]): Promise<void> {
    if (ids.length === 0) return;
    const done = await this.api.trashArticles([...ids]);
    this.lastMoved = done.ids.length > 0 ? done.ids : null;
    this.lastRestored = null;
    this.movedAt = nextUndoStamp();
    await this.changed();
    if (this.showing) await this.load();
  }

  /** Moves the reports picked in the list (Ctrl/Cmd+click, Space), or else the selected one. */
  async moveFrom(list: { picked: readonly ArticleId[]; selectedId: ArticleId | null; clearPicked(): void }): Promise<void> {
    const ids = list.picked.length > 0 ? [...list.picked] : list.selectedId ? [list.selectedId] : [];
    await this.move(ids);
    list.clearPicked();
  }

  get canUndo(): boolean {
    return this.lastMoved !== null;
  }

  /** Takes back the last move; a redo can make it again. */
  async undo(): Promise<void> {
    const ids = this.lastMoved;
    if (!ids) return;
    this.lastMoved = null;
    await this.api.restoreArticles(ids);
    this.lastRestored = ids;
    await this.changed();
    if (this.showing) await this.load();
  }

  get canRedo(): boolean {
    return this.lastRestored !== null;
  }

  /** Moves the reports the last undo restored to the trash again: its undo line shows again. */
  async redo(): Promise<void> {
    const ids = this.lastRestored;
    if (!ids) return;
    await this.move(ids);
  }

  /** Another undo was made in the window: a redo is now that one's. */
  forgetRedo(): void {
    this.lastRestored = null;
  }

  dismiss(): void {
    this.lastMoved = null;
  }

  async open(): Promise<void> {
    this.showing = true;
    await this.load();
  }

  close(): void {
    this.showing = false;
    this.confirming = null;
  }

  async load(): Promise<void> {
    this.items = await this.api.listTrash();
  }

  async restore(id: ArticleId): Promise<void> {
    await this.api.restoreArticles([id]);
    await this.changed();
    this.lastRestored = null;
    if (this.lastMoved?.includes(id)) this.lastMoved = this.lastMoved.length > 1 ? this.lastMoved.filter((x) => x !== id) : null;
    await this.load();
  }

  async purge(id: ArticleId): Promise<void> {
    this.confirming = null;
    await this.api.purgeArticles([id]);
    if (this.lastMoved?.includes(id)) this.lastMoved = null;
    if (this.lastRestored?.includes(id)) this.lastRestored = null;
    await this.load();
  }
}
