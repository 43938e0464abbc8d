import type { MenuCommand, ParallaxClient } from '../../../../shared/api';
import type { ParallaxEvent } from '../../../../shared/events';
import type { ArticleId } from '../../../../shared/types';
import { errorMessage, isUnauthorized } from '../api';
import { I18n } from '../i18n/i18n.svelte';
import { IngestState, type IngestDeps } from './ingest.svelte';
import { LibraryState } from './library.svelte';
import { ReaderState } from './reader.svelte';
import { ThemeState, type ColorSchemeQuery } from './theme.svelte';

/** What the app needs from its surroundings; tests pass fakes. */
export interface AppEnv {
  client: ParallaxClient;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  languages: readonly string[];
  colorScheme: ColorSchemeQuery | null;
  timers?: Pick<IngestDeps, 'setTimer' | 'clearTimer' | 'makeJobId'>;
}

/** Which modal dialog is open, if any. */
export type DialogName = 'add-text' | 'shortcuts' | null;

/**
 * The window's state: the parts (library, reader, ingest, theme, language) plus the one-line
 * error and the "open the URL with the token" screen. Every API failure ends up in `error`
 * (or `isUnauthorized`), never in a blank screen.
 */
export class AppState {
  readonly library: LibraryState;
  readonly reader: ReaderState;
  readonly ingest: IngestState;
  readonly theme: ThemeState;
  readonly i18n: I18n;

  error = $state<string | null>(null);
  isUnauthorized = $state(false);
  dialog = $state<DialogName>(null);
  /** Bumped to ask the file picker to open (Ctrl/Cmd+O, menu, button). */
  pickFilesRequest = $state(0);

  #client: ParallaxClient;

  constructor(env: AppEnv) {
    this.#client = env.client;
    this.library = new LibraryState(env.client);
    this.reader = new ReaderState(env.client);
    this.ingest = new IngestState({ api: env.client, ...env.timers });
    this.theme = new ThemeState(env.storage, env.colorScheme);
    this.i18n = new I18n(env.storage, env.languages);
  }

  /** Subscribes to host events and loads the list. Returns the unsubscribe function. */
  start(): () => void {
    const off = this.#client.onEvent((e) => this.handleEvent(e));
    void this.guard(() => this.library.refresh());
    return off;
  }

  handleEvent(event: ParallaxEvent): void {
    switch (event.type) {
      case 'ingestProgress':
        this.ingest.handleEvent(event);
        return;
      case 'ingestDone':
        return;
      case 'libraryChanged':
        void this.guard(() => this.library.refresh());
        return;
    }
  }

  /** Runs an API action and turns its failure into the error line (or the token screen). */
  async guard<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      const value = await action();
      return value;
    } catch (e) {
      if (isUnauthorized(e)) this.isUnauthorized = true;
      else this.error = errorMessage(e);
      return undefined;
    }
  }

  /** Selects and opens an article in the reader. */
  open(id: ArticleId): Promise<void | undefined> {
    this.library.select(id);
    return this.guard(() => this.reader.open(id));
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
    switch (command) {
      case 'import':
        this.pickFilesRequest++;
        return;
      case 'add-text':
        this.dialog = 'add-text';
        return;
      case 'shortcuts':
        this.dialog = 'shortcuts';
        return;
      case 'theme-light':
        return this.theme.set('light');
      case 'theme-dark':
        return this.theme.set('dark');
      case 'theme-system':
        return this.theme.set('system');
      case 'find':
        // Search arrives with a later contract version; nothing to focus yet.
        return;
    }
  }
}
