import type { ParallaxApi } from '../../../../shared/api';
import type {
  Annotation,
  AnnotationExportFormat,
  ExportFile,
  AnnotationEdit,
  AnnotationId,
  ArticleId,
  HighlightColor,
  LinkRelation,
  NewAnnotation,
} from '../../../../shared/api';
import type { Paint } from '../anchoring/paint';

/** The part of the contract the annotation state uses. */
export type AnnotationApi = Pick<
  ParallaxApi,
  | 'listAnnotations'
  | 'addAnnotation'
  | 'updateAnnotation'
  | 'deleteAnnotation'
  | 'restoreAnnotation'
  | 'linkAnnotations'
  | 'unlinkAnnotations'
  | 'listAnnotationTags'
  | 'exportAnnotations'
>;

/** A note draft as the undo stack keeps it (`NoteDrafts`' `Draft`). */
export interface KeptDraft {
  text: string;
  basedOn: string | null;
}

/**
 * The window's note drafts, as far as deleting a highlight touches them: the library drops a
 * highlight's draft with it, so the undo stack keeps it to put back (`NoteDrafts`).
 */
export interface DraftKeeper {
  get(id: AnnotationId): KeptDraft | undefined;
  /** The highlight was deleted: its draft went with it in the library. */
  forget(id: AnnotationId): void;
  /** The highlight is back: so is its draft, in the library too. */
  putBack(id: AnnotationId, draft: KeptDraft): void;
}

/** One step Ctrl/Cmd+Z can take back. */
export type UndoStep =
  | { kind: 'add'; id: AnnotationId }
  | { kind: 'delete'; annotation: Annotation; draft?: KeptDraft }
  | { kind: 'edit'; id: AnnotationId; before: AnnotationEdit };

/** One step Ctrl/Cmd+Shift+Z (or Ctrl+Y) can make again: what an undo took back. */
export type RedoStep =
  | { kind: 'restore'; annotation: Annotation; draft?: KeptDraft }
  | { kind: 'delete'; id: AnnotationId }
  | { kind: 'edit'; id: AnnotationId; after: AnnotationEdit };

/** What the last change was, for the quiet status line with its Undo button. */
export type LastChange = 'added' | 'deleted' | 'edited' | 'restored' | 'reverted' | null;

/**
 * The colour the Highlight button and `h` use: the one picked last. One instance is shared by
 * the reader and the compare columns, so a colour chosen in one is the default in the others.
 */
export class ColorChoice {
  value = $state<HighlightColor>('yellow');
}

/** How an `AnnotationsState` fits beside others. */
export interface AnnotationsOptions {
  /** The last-colour memory to share (default: one of its own). */
  color?: ColorChoice;
  /** Called whenever a change goes on this state's undo stack; `redoing`: by a redo, not a new change. */
  onstep?: (redoing: boolean) => void;
}

const byPosition = (a: Annotation, b: Annotation) => a.position.start - b.position.start || a.position.end - b.position.end;

/**
 * The annotations of the article open in the reader: what is painted, what the sidebar lists
 * (filtered by colour and tag), the orphans, and an undo stack of this session's changes.
 * Every change goes to the API first; the list follows what the API answered.
 */
export class AnnotationsState {
  articleId = $state<ArticleId | null>(null);
  items = $state.raw<Annotation[]>([]);
  tags = $state.raw<{ tag: string; count: number }[]>([]);
  filterColor = $state<HighlightColor | null>(null);
  filterTag = $state<string | null>(null);
  undoStack = $state.raw<UndoStep[]>([]);
  /** What was taken back, newest last; a new change empties it, as in any editor. */
  redoStack = $state.raw<RedoStep[]>([]);
  lastChange = $state<LastChange>(null);

  /** Placed annotations in reading order. */
  placed = $derived(this.items.filter((a) => a.status !== 'orphaned').sort(byPosition));
  /** Annotations no longer found in the text: listed with their quote and note, never painted. */
  orphans = $derived(this.items.filter((a) => a.status === 'orphaned').sort(byPosition));
  /** What the reader paints. */
  paints = $derived<Paint[]>(
    this.placed.map((a) => ({ id: a.id, start: a.position.start, end: a.position.end, color: a.color, hasNote: !!a.note?.trim() })),
  );
  /** The sidebar's list: placed annotations that pass the filters. */
  shown = $derived(this.placed.filter((a) => this.#passes(a)));
  shownOrphans = $derived(this.orphans.filter((a) => this.#passes(a)));
  usedColors = $derived([...new Set(this.items.map((a) => a.color).filter((c): c is HighlightColor => c !== null))]);
  usedTags = $derived([...new Set(this.items.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b)));
  canUndo = $derived(this.undoStack.length > 0);
  canRedo = $derived(this.redoStack.length > 0);

  #api: AnnotationApi;
  #seq = 0;
  /** Each annotation's edit under way: the next edit of it waits for it (see `update`). */
  #editing = new Map<AnnotationId, Promise<unknown>>();
  readonly color: ColorChoice;
  readonly #onstep: (redoing: boolean) => void;
  /** The window's note drafts, set once they exist (`App.svelte`, `CompareState`); none: a deleted highlight's draft is not brought back. */
  drafts: DraftKeeper | null = null;

  constructor(api: AnnotationApi, options: AnnotationsOptions = {}) {
    this.#api = api;
    this.color = options.color ?? new ColorChoice();
    this.#onstep = options.onstep ?? (() => {});
  }

  /** Deletes `id`, its draft kept aside with it (the library's cascade drops it). */
  async #delete(id: AnnotationId): Promise<{ annotation: Annotation; draft?: KeptDraft }> {
    const draft = this.drafts?.get(id);
    const annotation = await this.#api.deleteAnnotation(id);
    this.drafts?.forget(id);
    this.#drop(id);
    return draft ? { annotation, draft: { ...draft } } : { annotation };
  }

  /** Brings back a deleted annotation and the draft it had. */
  async #restore(step: { annotation: Annotation; draft?: KeptDraft }): Promise<Annotation> {
    const a = await this.#api.restoreAnnotation(step.annotation);
    this.#put(a);
    if (step.draft) this.drafts?.putBack(a.id, step.draft);
    return a;
  }

  /** The colour the Highlight button and `h` use: the one picked last. */
  get lastColor(): HighlightColor {
    return this.color.value;
  }
  set lastColor(color: HighlightColor) {
    this.color.value = color;
  }

  #passes(a: Annotation): boolean {
    return (this.filterColor === null || a.color === this.filterColor) && (this.filterTag === null || a.tags.includes(this.filterTag));
  }

  byId(id: string): Annotation | undefined {
    return this.items.find((a) => a.id === id);
  }

  /** Asks for an article's annotations without showing them yet (see `show`). */
  fetch(articleId: ArticleId): Promise<Annotation[]> {
    return this.#api.listAnnotations({ articleId });
  }

  /**
   * Shows the annotations of a newly opened article; filters and undo belong to the old one. A
   * load still under way (a reload of the report shown before) is outdated by it.
   */
  show(articleId: ArticleId, items: Annotation[]): void {
    this.#seq++;
    if (articleId !== this.articleId) {
      this.filterColor = null;
      this.filterTag = null;
    }
    this.articleId = articleId;
    this.items = items;
  }

  async load(articleId: ArticleId): Promise<void> {
    const seq = ++this.#seq;
    const items = await this.fetch(articleId);
    if (seq === this.#seq) this.show(articleId, items);
  }

  /** Fetches the open article's annotations again (after an import or a text edit). */
  async reload(): Promise<void> {
    if (this.articleId) await this.load(this.articleId);
  }

  clear(): void {
    this.#seq++;
    this.articleId = null;
    this.items = [];
  }

  async loadTags(): Promise<void> {
    this.tags = await this.#api.listAnnotationTags();
  }

  #put(a: Annotation): void {
    if (a.articleId !== this.articleId) return;
    const i = this.items.findIndex((x) => x.id === a.id);
    this.items = i < 0 ? [...this.items, a] : this.items.map((x) => (x.id === a.id ? a : x));
  }

  #drop(id: AnnotationId): void {
    this.items = this.items.filter((x) => x.id !== id);
  }

  /** Puts a step on the undo stack; a change of the person's own (not a redo) ends what could be redone. */
  #push(step: UndoStep, redoing = false): void {
    this.undoStack = [...this.undoStack.slice(-49), step];
    if (!redoing) this.redoStack = [];
    this.#onstep(redoing);
  }

  /** Highlights or notes a range of the open article. */
  async add(input: Omit<NewAnnotation, 'articleId'>): Promise<Annotation | null> {
    const articleId = this.articleId;
    if (!articleId) return null;
    const a = await this.#api.addAnnotation({ articleId, ...input });
    if (input.color) this.lastColor = input.color;
    this.#put(a);
    this.#push({ kind: 'add', id: a.id });
    this.lastChange = 'added';
    return a;
  }

  /**
   * Changes colour, note or tags; the values before go on the undo stack. Edits of one
   * annotation run one after another, in the order asked: two tags typed in quick succession
   * are two edits, and the second must neither overtake the first on the wire nor read the
   * annotation before the first is written.
   */
  update(id: AnnotationId, edit: AnnotationEdit): Promise<Annotation> {
    const before = this.#editing.get(id) ?? Promise.resolve();
    const run = before.then(
      () => this.#update(id, edit),
      () => this.#update(id, edit),
    );
    this.#editing.set(id, run);
    const done = () => {
      if (this.#editing.get(id) === run) this.#editing.delete(id);
    };
    run.then(done, done);
    return run;
  }

  async #update(id: AnnotationId, edit: AnnotationEdit, redoing = false): Promise<Annotation> {
    const before = this.byId(id);
    const a = await this.#api.updateAnnotation(id, edit);
    if (edit.color) this.lastColor = edit.color;
    this.#put(a);
    if (before) {
      const back: AnnotationEdit = {};
      if (edit.color !== undefined) back.color = before.color;
      if (edit.note !== undefined) back.note = before.note;
      if (edit.tags !== undefined) back.tags = before.tags;
      this.#push({ kind: 'edit', id, before: back }, redoing);
    }
    this.lastChange = 'edited';
    if (edit.tags !== undefined) void this.loadTags().catch(() => undefined);
    return a;
  }

  async remove(id: AnnotationId): Promise<Annotation> {
    const gone = await this.#delete(id);
    this.#push({ kind: 'delete', ...gone });
    this.lastChange = 'deleted';
    return gone.annotation;
  }

  /** Takes back the newest change: restores a deleted annotation, reverts an edit, removes an added one. */
  async undo(): Promise<UndoStep | null> {
    const step = this.undoStack[this.undoStack.length - 1];
    if (!step) return null;
    this.undoStack = this.undoStack.slice(0, -1);
    let redo: RedoStep;
    switch (step.kind) {
      case 'delete': {
        const a = await this.#restore(step);
        redo = { kind: 'delete', id: a.id };
        this.lastChange = 'restored';
        break;
      }
      case 'edit': {
        const now = this.byId(step.id);
        const a = await this.#api.updateAnnotation(step.id, step.before);
        const after: AnnotationEdit = {};
        if (step.before.color !== undefined) after.color = now?.color ?? null;
        if (step.before.note !== undefined) after.note = now?.note ?? null;
        if (step.before.tags !== undefined) after.tags = now?.tags ?? [];
        this.#put(a);
        redo = { kind: 'edit', id: step.id, after };
        this.lastChange = 'reverted';
        break;
      }
      case 'add': {
        redo = { kind: 'restore', ...(await this.#delete(step.id)) };
        this.lastChange = 'reverted';
        break;
      }
    }
    this.redoStack = [...this.redoStack.slice(-49), redo];
    return step;
  }

  /** Makes again the change undone last; it goes back on the undo stack. */
  async redo(): Promise<RedoStep | null> {
    const step = this.redoStack[this.redoStack.length - 1];
    if (!step) return null;
    this.redoStack = this.redoStack.slice(0, -1);
    switch (step.kind) {
      case 'restore': {
        const a = await this.#restore(step);
        this.#push({ kind: 'add', id: a.id }, true);
        this.lastChange = 'added';
        break;
      }
      case 'delete': {
        this.#push({ kind: 'delete', ...(await this.#delete(step.id)) }, true);
        this.lastChange = 'deleted';
        break;
      }
      case 'edit':
        await this.#update(step.id, step.after, true);
        break;
    }
    return step;
  }

  /**
   * An export of one article's annotations, or the library's when `articleId` is absent, for a
   * person reading in `lang`: the Markdown is worded in it, and in German the CSV is written for
   * Excel (semicolons, BOM).
   */
  exportFile(format: AnnotationExportFormat, articleId?: ArticleId, lang: 'en' | 'de' = 'en'): Promise<ExportFile> {
    const excel = lang === 'de' && format === 'csv';
    return this.#api.exportAnnotations({ format, ...(articleId ? { articleId } : {}), ...(excel ? { excel } : {}), ...(format === 'md' ? { lang } : {}) });
  }


  async link(a: AnnotationId, b: AnnotationId, relation: LinkRelation): Promise<void> {
    await this.#api.linkAnnotations(a, b, relation);
    await this.reload();
  }

  async unlink(a: AnnotationId, b: AnnotationId): Promise<void> {
    await this.#api.unlinkAnnotations(a, b);
    await this.reload();
  }
}
