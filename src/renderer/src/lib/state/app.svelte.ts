import type { ParallaxEvent } from '../../../../shared/events';
import { isApiError } from '../../../../shared/errors';
import type { Annotation, AnnotationId, Article, ArticleDating, ArticleId, ExportFile, MenuCommand, MetadataEdit } from '../../../../shared/api';
import { AnnotationsState } from './annotations.svelte';
import { AllAnnotationsState } from './all-annotations.svelte';
import { ReadingTracker } from './reading.svelte';
import { TypographyState } from './typography.svelte';
import { isUnauthorized } from '../api';
import { I18n } from '../i18n/i18n.svelte';
import { IngestState } from './ingest.svelte';
import { RebuildState } from './rebuild.svelte';
import { CatchUpState } from './catch-up.svelte';
import { keepStored, loadStored } from './stored';
import { LibraryState } from './library.svelte';
import { ReaderState } from './reader.svelte';
import { SearchState } from './search.svelte';
import { ThemeState } from './theme.svelte';
import { CompareState, comparisonFileName, type ComparedStory } from './compare.svelte';
import { EntitiesState, StoriesState, TimelineState } from './explore.svelte';
import { ReextractState } from './reextract.svelte';
import { TrashState } from './trash.svelte';
import { VersionState } from './versions.svelte';
import { LibraryHealth } from './health.svelte';
import { spansWindow, ZOOM_STEPS, type AppEnv, type DialogName, type EditResult, type ReextractStatus, type ViewName } from './app-types';
import { runMenuCommand } from './menu-commands';
import { ViewsBuildState } from './views-build.svelte';

export { ZOOM_STEPS } from './app-types';
export type { AppEnv, DialogName, EditResult, ReextractStatus, ViewName } from './app-types';
/** The window's state: its parts, the one-line error and the token screen; every API failure ends up in `error` (or `isUnauthorized`). */
export class AppState {
  readonly library: LibraryState;
  readonly reader: ReaderState;
  readonly search: SearchState;
  readonly ingest: IngestState;
  readonly theme: ThemeState;
  readonly i18n: I18n;
  readonly annotations: AnnotationsState;
  readonly allAnnotations: AllAnnotationsState;
  readonly typography: TypographyState;
  readonly reading: ReadingTracker;
  readonly compare: CompareState;
  readonly timeline: TimelineState;
  readonly entities: EntitiesState;
  readonly stories: StoriesState;
  readonly rebuild: RebuildState;
  readonly catchUp: CatchUpState;
  readonly trash: TrashState;
  readonly versions: VersionState;
  readonly health: LibraryHealth;
  /** The view to go back to when the comparison closes. */
  #beforeCompare: ViewName = 'library';

  view = $state<ViewName>('library');
  /**
   * Whether the reader stands beside a view that spans the window (`spansWindow`): a report
   * opened from it brings the reader in; choosing the view (or Escape in the reader there) folds
   * it away, with the report still open for the library.
   */
  readerBeside = $state(false);
  /** The annotations sidebar beside the reader. */
  panelOpen = $state(false);
  /** In a narrow window (the sidebar folded to a rail), whether the sidebar is shown. */
  sidebarOpen = $state(false);
  /** Window zoom factor (one of `ZOOM_STEPS`). */
  zoom = $state(1);
  /** Asks the reader to bring an annotation into view (bumped `seq` repeats the request). */
  scrollTarget = $state.raw<{ id: AnnotationId; seq: number } | null>(null);
  /** A quiet one-line message in the reader (a text edit's outcome, an import's summary). */
  notice = $state<string | null>(null);
  /** The annotation the link dialog links from. */
  linkSource = $state.raw<Annotation | null>(null);

  error = $state<string | null>(null);
  isUnauthorized = $state(false);
  dialog = $state<DialogName>(null);
  /** Bumped to ask the file picker to open (Ctrl/Cmd+O, menu, button). */
  pickFilesRequest = $state(0);
  /** Bumped by the menu's Print / Save as PDF while comparing; the compare view saves or prints. */
  printRequest = $state(0);
  readonly reextracting: ReextractState;
  /** The views' builds: how far, and whether they serve their last answer meanwhile. */
  readonly views = new ViewsBuildState();

  #client: AppEnv['client'];
  #storage: AppEnv['storage'];
  #scrollSeq = 0;

  constructor(env: AppEnv) {
    this.#client = env.client;
    this.#storage = env.storage;
    this.library = new LibraryState(env.client);
    this.reader = new ReaderState(env.client);
    this.search = new SearchState({ api: env.client, ...(env.timers ? { setTimer: env.timers.setTimer, clearTimer: env.timers.clearTimer } : {}) });
    this.ingest = new IngestState({ api: env.client, ...env.timers });
    this.theme = new ThemeState(env.storage, env.colorScheme);
    this.i18n = new I18n(env.storage, env.languages);
    this.annotations = new AnnotationsState(env.client);
    this.allAnnotations = new AllAnnotationsState(env.client);
    this.typography = new TypographyState(env.storage);
    this.compare = new CompareState(env.client, this.annotations.color);
    this.timeline = new TimelineState(env.client, this.views);
    this.entities = new EntitiesState(env.client, this.views);
    this.stories = new StoriesState(env.client);
    this.rebuild = new RebuildState({ api: env.client, ...(env.timers?.setTimer ? { setTimer: env.timers.setTimer } : {}) });
    this.catchUp = new CatchUpState(env.timers?.setTimer);
    this.reextracting = new ReextractState(env.client);
    this.trash = new TrashState(env.client, () => this.library.refresh());
    this.health = new LibraryHealth(env.client);
    this.versions = new VersionState(env.client, () => this.library.refresh(), (id) => this.open(id));
    this.reading = new ReadingTracker({
      api: env.client,
      ...(env.timers ? { setTimer: env.timers.setTimer, clearTimer: env.timers.clearTimer } : {}),
      onRead: (id) => this.#markedRead(id, new Date().toISOString()),
    });
    this.panelOpen = loadStored(this.#storage, 'parallax.panel') === 'open';
    const zoom = Number(loadStored(this.#storage, 'parallax.zoom'));
    if ((ZOOM_STEPS as readonly number[]).includes(zoom)) this.zoom = zoom;
  }

  /** Subscribes to host events and loads the list. Returns the unsubscribe function. */
  start(): () => void {
    const off = this.#client.onEvent((e) => this.handleEvent(e));
    void this.guard(() => this.library.refresh());
    void this.guard(() => this.rebuild.load());
    void this.guard(() => this.health.load());
    void this.guard(() => this.search.loadSaved());
    // Tags for autocomplete; quietly absent in a library without annotations.
    void this.annotations.loadTags().catch(() => undefined);
    return off;
  }

  handleEvent(event: ParallaxEvent): void {
    switch (event.type) {
      case 'ingestProgress':
      case 'ingestDone':
        this.ingest.handleEvent(event);
        return;
      case 'taskProgress':
        if (event.task === 'reextract') this.reextracting.progress(event.done, event.total);
        if (event.task === 'compareIndex') this.catchUp.progress(event.done, event.total);
        this.views.handleEvent(event);
        if (event.task === 'rescue') this.health.handleEvent(event);
        return;
      case 'rebuildProgress':
      case 'rebuildDone':
        return this.rebuild.handleEvent(event);
      case 'libraryDamaged':
        return this.health.handleEvent(event);
      case 'viewsUpdating':
      case 'viewsUpdated':
      case 'eventsResumed': {
        const reread = this.views.handleEvent(event);
        // A stream opened again after a lost connection may have missed anything.
        if (event.type === 'eventsResumed' && event.again) return this.handleEvent({ type: 'libraryChanged' });
        if (reread) this.#loadExplore();
        return;
      }
      case 'libraryChanged':
        void this.guard(() => this.library.refresh());
        void this.guard(() => this.reader.reload());
        void this.guard(() => this.annotations.reload());
        // Tags of the sidebar: an import or another window may have added some.
        void this.annotations.loadTags().catch(() => undefined);
        if (this.view === 'compare') void this.guard(() => this.compare.reloadAnnotations());
        if (this.view === 'annotations') void this.guard(() => this.allAnnotations.load());
        this.#loadExplore();
        if (this.search.isActive) void this.guard(() => this.search.run());
        return;
    }
  }

  /** Runs an API action and turns its failure into the error line (or the token screen). */
  async guard<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (e) {
      this.health.noteError(e);
      if (isUnauthorized(e)) this.isUnauthorized = true;
      else this.error = this.i18n.error(e);
      return undefined;
    }
  }

  /** Selects and opens an article in the reader; with `q`, the query's hits are highlighted. */
  open(id: ArticleId, q: string | null = null): Promise<void | undefined> {
    this.readerBeside = true;
    this.library.select(id);
    void this.reading.flush();
    return this.guard(() => this.reader.open(id, q, this.#annotationsFor(id)));
  }

  /**
   * Opens an article with one range of its text (a sentence) highlighted and scrolled into view;
   * `label` names it in the reader's hit bar (e.g. the event's date), where × clears it.
   */
  openAt(id: ArticleId, start: number, end: number, label: string): Promise<void | undefined> {
    this.readerBeside = true;
    this.library.select(id);
    void this.reading.flush();
    if (this.reader.mode !== 'reader') this.reader.toggleMode();
    return this.guard(() => this.reader.open(id, null, this.#annotationsFor(id), { ranges: [[start, end]], label }));
  }

  /** A report's annotations, shown once the reader has its text; an older library without them still opens its reports. */
  #annotationsFor(id: ArticleId): Promise<() => void> {
    return this.annotations.fetch(id).then((items) => () => this.annotations.show(id, items), () => () => this.annotations.show(id, []));
  }

  /** Compares the given reports (default: the ones picked in the list) in the wide compare view; `story` when they are four of a larger story. */
  startCompare(ids: ArticleId[] = this.library.picked, story: ComparedStory | null = null): void {
    if (this.view !== 'compare') this.#beforeCompare = this.view;
    this.view = 'compare';
    void this.guard(() => this.compare.load([...ids], story));
  }

  /** What the text says about an article's date (quietly null where the host cannot tell). */
  articleDating(id: ArticleId): Promise<ArticleDating | null> {
    return this.#client.getArticleDating(id).catch(() => null);
  }

  /** Offers the comparison on screen as a self-contained HTML file. */
  async exportComparison(): Promise<ExportFile | undefined> {
    const ids = this.compare.ids;
    return this.guard(() => this.#client.exportComparison(ids, 'html', this.i18n.lang));
  }

  /** Whether the host saves PDFs itself (Electron's printToPDF); else the browser's print dialog does. */
  get canSavePdf(): boolean { return typeof this.#client.savePdf === 'function'; }

  /**
   * Electron: saves the comparison on screen as a PDF file the person picks. Resolves to the
   * path written, or null when the dialog was cancelled or saving failed (the error line says why).
   */
  async saveComparisonPdf(): Promise<string | null> {
    const client = this.#client;
    if (!client.savePdf) return null;
    const name = comparisonFileName(this.i18n.lang, this.compare.ids, 'pdf');
    const result = await this.guard(() => client.savePdf!({ suggestedName: name, landscape: true }));
    return result?.saved ? result.path : null;
  }

  /** Leaves the compare view for the view it was opened from. */
  closeCompare(): void {
    this.compare.clear();
    this.view = this.#beforeCompare === 'compare' ? 'library' : this.#beforeCompare;
    // What was annotated in the columns shows in the reader at once, whatever the events do.
    void this.guard(() => this.annotations.reload());
  }

  /** Opens an article and brings one of its annotations into view. */
  async openAnnotation(articleId: ArticleId, id: AnnotationId): Promise<void> {
    if (this.reader.openId !== articleId) await this.open(articleId);
    this.scrollTarget = { id, seq: ++this.#scrollSeq };
  }

  /** Opens the next (`1`) or previous (`-1`) report of the search results or the list; stays at either end. */
  async stepArticle(delta: 1 | -1): Promise<void> {
    const searching = this.search.isActive;
    const next = searching ? this.search.step(this.reader.openId, delta) : await this.library.step(this.reader.openId, delta);
    if (next) await (searching ? this.openResult(next) : this.open(next));
  }

  #markedRead(id: ArticleId, readAt: string | null): void {
    this.library.patch(id, { readAt });
    this.reader.patch(id, { readAt });
  }

  /** Marks the open report read, or unread when it is read. */
  async toggleRead(): Promise<void> {
    const article = this.reader.article;
    if (!article) return;
    const read = article.readAt === null;
    await this.guard(async () => {
      await this.#client.updateReadingState(article.id, { read });
      if (!read) this.reading.forgetRead(article.id);
      this.#markedRead(article.id, read ? new Date().toISOString() : null);
      if (!read) {
        this.library.patch(article.id, { readProgress: 0 });
        this.reader.patch(article.id, { readProgress: 0 });
      }
    });
  }

  /** Shows the library list, All annotations, the timeline, people & places or the stories. */
  setView(view: ViewName): void {
    if (this.view === 'compare' && view !== 'compare') this.compare.clear();
    this.view = view;
    if (spansWindow(view)) this.readerBeside = false;
    if (view !== 'library' && view !== 'compare') this.search.clear();
    this.#loadExplore();
    if (view === 'annotations') {
      this.search.clear();
      void this.guard(() => this.allAnnotations.load());
      void this.guard(() => this.annotations.loadTags());
    }
  }

  /** Reads the view shown again when it is the timeline, people & places or the stories. */
  #loadExplore(): void {
    if (this.view === 'timeline') void this.guard(() => this.timeline.load());
    if (this.view === 'people') void this.guard(() => this.entities.load());
    if (this.view === 'stories') void this.guard(() => this.stories.load());
  }

  togglePanel(): void {
    this.panelOpen = !this.panelOpen;
    keepStored(this.#storage, 'parallax.panel', this.panelOpen ? 'open' : 'closed');
    if (this.panelOpen) void this.guard(() => this.annotations.loadTags());
  }

  /** Whether Ctrl/Cmd+Z has an annotation change to take back (in the compare columns while comparing). */
  get canUndo(): boolean { return this.view === 'compare' ? this.compare.canUndo : this.annotations.canUndo; }

  /** Ctrl/Cmd+Z outside a text field: takes back the newest annotation change. */
  async undo(): Promise<void> {
    await this.guard<unknown>(() => (this.view === 'compare' ? this.compare.undo() : this.annotations.undo()));
  }

  /** Whether Ctrl/Cmd+Shift+Z (Ctrl+Y) has an undone annotation change to make again (in the compare columns while comparing). */
  get canRedo(): boolean { return this.view === 'compare' ? this.compare.canRedo : this.annotations.canRedo; }
  async redo(): Promise<void> {
    await this.guard<unknown>(() => (this.view === 'compare' ? this.compare.redo() : this.annotations.redo()));
  }

  /** Zooms the window one step in (`1`), out (`-1`), or back to 100 % (`0`). */
  zoomBy(step: 1 | -1 | 0): void {
    const steps = ZOOM_STEPS as readonly number[];
    const at = steps.indexOf(this.zoom);
    const next = step === 0 ? 1 : steps[Math.min(steps.length - 1, Math.max(0, (at < 0 ? 2 : at) + step))]!;
    this.zoom = next;
    keepStored(this.#storage, 'parallax.zoom', String(next));
  }

  /** Saves a person's edit of the open article's text (null: back to the original), or settles a conflict a carried edit left (`resolveTextConflict`). */
  editText(text: string | null | { conflict: number; use: 'file' | 'edit' }): Promise<EditResult> {
    return this.#saveEdit((id) => (text !== null && typeof text === 'object' ? this.#client.resolveTextConflict(id, text.conflict, text.use) : this.#client.updateArticleText(id, text)), () => this.guard(() => this.annotations.reload()));
  }

  /** Opens a search result with its hits highlighted. */
  openResult(id: ArticleId): Promise<void | undefined> { return this.open(id, this.search.hitsQuery || null); }

  /**
   * Saves a metadata edit of the open article. A refused edit (`BAD_INPUT`) comes back as a
   * message for the dialog; other failures go to the error line as usual.
   */
  editMetadata(edit: MetadataEdit): Promise<EditResult> {
    return this.#saveEdit((id) => this.#client.updateArticleMetadata(id, edit), async () => {
      void this.guard(() => this.library.refresh());
      if (this.search.isActive) void this.guard(() => this.search.run());
    });
  }

  /** An edit of the open article: its answer shown, then `after`; a refusal (a bad value, a damaged library) as the dialog's message. */
  async #saveEdit(call: (id: ArticleId) => Promise<Article>, after: () => Promise<unknown>): Promise<EditResult> {
    const id = this.reader.openId;
    if (!id) return { ok: false, message: '' };
    try {
      const article = await call(id);
      this.reader.replace(article);
      await after();
      return { ok: true, article };
    } catch (e) {
      if (isApiError(e) && (e.code === 'BAD_INPUT' || e.code === 'DB_CORRUPT')) return { ok: false, message: this.i18n.error(e).replace(/^edit:\s*/, '') };
      if (isUnauthorized(e)) this.isUnauthorized = true;
      else this.error = this.i18n.error(e);
      return { ok: false, message: '' };
    }
  }

  /** The re-extraction line's state (`reextracting.status`), shown by the list and the toolbar. */
  get reextract(): ReextractStatus | null { return this.reextracting.status; }

  /** Runs extraction again for the open article (`'one'`) or the whole library. */
  async reextractArticles(scope: 'one' | 'all'): Promise<void> {
    if (!(await this.reextracting.run(scope, this.reader.openId, (action) => this.guard(action)))) return;
    await Promise.all([this.guard(() => this.library.refresh()), this.guard(() => this.reader.reload())]);
  }

  /** Ctrl/Cmd+F or the menu's Find: find in the open report, else the library search. */
  find(): void {
    if (this.reader.article) this.reader.openFind();
    else this.search.focusRequest++;
  }

  async importFiles(files: readonly File[]): Promise<void> {
    const report = await this.guard(() => this.ingest.importFiles(files));
    if (report) await this.guard(() => this.library.refresh());
  }

  async addText(text: string, name: string, format: 'text' | 'html' | 'markdown'): Promise<void> {
    const report = await this.guard(() => this.ingest.addText({ text, format, ...(name.trim() ? { name: name.trim() } : {}) }));
    if (report) await this.guard(() => this.library.refresh());
  }

  /** Maps an app-menu command (Electron) or shortcut to its action. */
  runCommand(command: MenuCommand): void {
    runMenuCommand(this, command);
  }
}
