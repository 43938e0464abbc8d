import type { MenuCommand, ViewCommand } from '../shared/api';
import { acceleratorFor } from '../shared/keymap';
import type { Electron } from './electron-like';
import type { Theme } from './preferences';

/** What the menu needs from the app; the template itself is plain data, so tests read it. */
export interface MenuActions {
  platform: NodeJS.Platform;
  appName: string;
  /** The theme whose radio item is checked. */
  theme: Theme;
  /** Shows DevTools and Reload (development only). */
  isDev: boolean;
  /** Opens the native dialog; `folders` picks folders instead of files (Windows/Linux). */
  importPaths(folders: boolean): void;
  setTheme(theme: Theme): void;
  /** Sends a command to the focused window. */
  send(command: MenuCommand): void;
}

type Item = Electron.MenuItemConstructorOptions;

/** A command's accelerator from the one keymap (`src/shared/keymap.ts`), which the window's help lists too. */
function key(command: Parameters<typeof acceleratorFor>[0]): string {
  const accelerator = acceleratorFor(command);
  if (!accelerator) throw new Error(`menu: the keymap has no Ctrl/Cmd chord for ${command}`);
  return accelerator;
}

/**
 * The application menu: macOS gets the app menu and a Window menu, Windows and Linux put Quit
 * under File. Clipboard roles stay in Edit because on macOS copy and paste only work when a
 * menu item with the role exists.
 */
export function buildMenuTemplate(a: MenuActions): Item[] {
  const isMac = a.platform === 'darwin';
  const sep: Item = { type: 'separator' };

  const file: Item[] = isMac
    ? // macOS dialogs can pick files and folders at once.
      [{ label: 'Import…', accelerator: key('import'), click: () => a.importPaths(false) }]
    : [
        { label: 'Import…', accelerator: key('import'), click: () => a.importPaths(false) },
        { label: 'Import Folder…', accelerator: key('import-folder'), click: () => a.importPaths(true) },
      ];
  // "New" is where people look for "make a new item from what I have"; the window's dialog
  // takes the pasted text.
  file.push({ label: 'Add Text…', accelerator: key('add-text'), click: () => a.send('add-text') });
  // The window decides: a comparison is saved as PDF (printToPDF), anything else goes to the print dialog.
  file.push(sep, { label: 'Print / Save as PDF…', accelerator: key('print'), click: () => a.send('print') });
  file.push(sep, isMac ? { role: 'close' } : { role: 'quit' });

  const themeItem = (theme: Theme, label: string): Item => ({
    label,
    type: 'radio',
    checked: a.theme === theme,
    click: () => a.setTheme(theme),
  });

  // The sidebar's views, as VS Code's View menu lists its panes: the menu shows the keys.
  const goTo = (command: ViewCommand, label: string): Item => ({ label, accelerator: key(command), click: () => a.send(command) });
  const view: Item[] = [
    goTo('view-library', 'All Reports'),
    goTo('view-annotations', 'Annotations'),
    goTo('view-stories', 'Stories'),
    goTo('view-timeline', 'Timeline'),
    goTo('view-people', 'People and Places'),
    sep,
    { label: 'Theme', submenu: [themeItem('system', 'System'), themeItem('light', 'Light'), themeItem('dark', 'Dark')] },
    sep,
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    sep,
    { role: 'togglefullscreen' },
  ];
  if (a.isDev) view.push(sep, { role: 'reload' }, { role: 'toggleDevTools' });

  const template: Item[] = [];
  if (isMac) {
    template.push({
      label: a.appName,
      submenu: [
        { role: 'about' },
        sep,
        { role: 'services' },
        sep,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        sep,
        { role: 'quit' },
      ],
    });
  }
  template.push(
    { label: 'File', submenu: file },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        sep,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        sep,
        { label: 'Find…', accelerator: key('find'), click: () => a.send('find') },
      ],
    },
    { label: 'View', submenu: view },
  );
  if (isMac) template.push({ role: 'windowMenu' });
  template.push({
    role: 'help',
    submenu: [{ label: 'Keyboard Shortcuts', accelerator: key('shortcuts'), click: () => a.send('shortcuts') }],
  });
  return template;
}
