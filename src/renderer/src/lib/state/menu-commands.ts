import type { MenuCommand } from '../../../../shared/api';
import type { DialogName, ViewName } from './app-types';
import type { ThemeState } from './theme.svelte';

/** What the menu commands act on: the app's state (`AppState`). */
export interface CommandTarget {
  pickFilesRequest: number;
  printRequest: number;
  dialog: DialogName;
  readonly view: ViewName;
  readonly theme: Pick<ThemeState, 'set'>;
  find(): void;
}

/** Maps an app-menu command (Electron) or its shortcut to the app's action. */
export function runMenuCommand(app: CommandTarget, command: MenuCommand): void {
  switch (command) {
    case 'import':
      app.pickFilesRequest++;
      return;
    case 'add-text':
      app.dialog = 'add-text';
      return;
    case 'print':
      // Electron's menu takes Ctrl/Cmd+P before the page sees it, so the shortcut comes here.
      if (app.view === 'compare') app.printRequest++;
      else globalThis.print?.();
      return;
    case 'shortcuts':
      app.dialog = 'shortcuts';
      return;
    case 'theme-light':
      return app.theme.set('light');
    case 'theme-dark':
      return app.theme.set('dark');
    case 'theme-system':
      return app.theme.set('system');
    case 'find':
      return app.find();
  }
}
