/**
 * Every keyboard shortcut of Parallax, once: the renderer's handlers look commands up here
 * (`src/renderer/src/lib/keymap.ts`), the help overlay (`?`) lists it, and the Electron menu
 * takes its accelerators from it. Pure data; imports nothing.
 *
 * What is not here: the keys of ARIA widgets, which follow their pattern wherever they are used
 * (arrows and Escape in menus and the search field's suggestions, Enter and Backspace in the
 * tag field, Escape closing a popover, Enter and Space activating a focused sentence).
 */

/** Where a binding acts: which handler looks it up. */
export type KeyScope =
  /** The window, anywhere (App.svelte). */
  | 'app'
  /** The library list while it has the focus. */
  | 'list'
  /** The search results while they have the focus. */
  | 'results'
  /** The reader: the open report. */
  | 'reader'
  /** The compare view and its columns. */
  | 'compare'
  /** The find bar's field. */
  | 'find'
  /** An annotation's note while it is written. */
  | 'note'
  /** Only the desktop app's menu (the window never sees the key). */
  | 'menu';

/** What a key does. */
export type KeyCommand =
  | 'import'
  | 'import-folder'
  | 'add-text'
  | 'print'
  | 'find'
  | 'shortcuts'
  | 'focus-search'
  | 'undo'
  | 'redo'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'next-hit'
  | 'previous-hit'
  | 'close-compare'
  | 'toggle-original'
  | 'edit-details'
  | 'next-report'
  | 'previous-report'
  | 'toggle-panel'
  | 'compare'
  | 'toggle-read'
  | 'next-paragraph'
  | 'previous-paragraph'
  | 'highlight'
  | 'note-highlight'
  | 'tag-highlight'
  | 'back-to-list'
  | 'sync-scroll'
  | 'next-pair'
  | 'previous-pair'
  | 'move-down'
  | 'move-up'
  | 'move-first'
  | 'move-last'
  | 'page-down'
  | 'page-up'
  | 'open-copies'
  | 'close-copies'
  | 'group-copies'
  | 'open'
  | 'preview'
  | 'pick'
  | 'trash'
  | 'context-menu'
  | 'back-to-search'
  | 'find-next'
  | 'find-previous'
  | 'close-find'
  | 'save-note'
  | 'cancel-note'
  | 'view-library'
  | 'view-annotations'
  | 'view-stories'
  | 'view-timeline'
  | 'view-people';

/** The rows of the help overlay: one per topic, with every chord bound to it. */
export type HelpTopic =
  | 'move'
  | 'page'
  | 'copies'
  | 'group'
  | 'open'
  | 'back'
  | 'import'
  | 'import-folder'
  | 'add-text'
  | 'search'
  | 'view-library'
  | 'view-annotations'
  | 'view-stories'
  | 'view-timeline'
  | 'view-people'
  | 'find'
  | 'next-hit'
  | 'article'
  | 'paragraph'
  | 'highlight'
  | 'note'
  | 'tag'
  | 'panel'
  | 'read'
  | 'undo'
  | 'redo'
  | 'zoom'
  | 'original'
  | 'edit'
  | 'pick'
  | 'trash'
  | 'context-menu'
  | 'compare'
  | 'sync'
  | 'pair'
  | 'print'
  | 'save-note'
  | 'preview'
  | 'help';

/** One key chord and what it does where. */
export interface KeyBinding {
  command: KeyCommand;
  scope: KeyScope;
  /** `KeyboardEvent.key`; a letter in lower case, or in capitals with `shift: true`. `Click` marks a pointer chord, shown in the help only. */
  key: string;
  /** Ctrl (Cmd on macOS) held, Alt not. Without it, neither Ctrl, Cmd nor Alt may be held. */
  mod?: true;
  /** Shift must be held (true) or must not be (false); absent: either. */
  shift?: boolean;
  /** Ctrl, Cmd and Alt are not looked at (Escape, F3). */
  anyModifiers?: true;
  /** Only where the desktop app's menu does not do it already (zoom: Electron's View menu). */
  browserOnly?: true;
  /** The help overlay's row; absent: not listed (a second chord already is, or it is obvious). */
  help?: HelpTopic;
}

/**
 * The table. Its order is the help overlay's order. A command may have several chords, and one
 * chord may mean different commands in different scopes (Space picks in the list, previews in
 * the results).
 */
export const KEYMAP: readonly KeyBinding[] = [
  { command: 'move-down', scope: 'list', key: 'ArrowDown', help: 'move' },
  { command: 'move-up', scope: 'list', key: 'ArrowUp', help: 'move' },
  { command: 'move-first', scope: 'list', key: 'Home', help: 'move' },
  { command: 'move-last', scope: 'list', key: 'End', help: 'move' },
  { command: 'page-down', scope: 'list', key: 'PageDown', help: 'page' },
  { command: 'page-up', scope: 'list', key: 'PageUp', help: 'page' },
  { command: 'open-copies', scope: 'list', key: 'ArrowRight', help: 'copies' },
  { command: 'close-copies', scope: 'list', key: 'ArrowLeft', help: 'copies' },
  { command: 'group-copies', scope: 'app', key: 'g', help: 'group' },
  { command: 'open', scope: 'list', key: 'Enter', help: 'open' },
  { command: 'back-to-list', scope: 'reader', key: 'Escape', anyModifiers: true, help: 'back' },
  { command: 'import', scope: 'app', key: 'o', mod: true, shift: false, help: 'import' },
  { command: 'import-folder', scope: 'app', key: 'o', mod: true, shift: true, help: 'import-folder' },
  { command: 'add-text', scope: 'menu', key: 'n', mod: true, help: 'add-text' },
  // Chromium keeps Ctrl/Cmd+N (a new window) from every page, so the window has a chord of its
  // own, in both hosts: V as in pasting a report. Outside a text field Ctrl/Cmd+Shift+V does
  // nothing in a page; inside one it stays the browser's paste as plain text (app-keys.ts).
  { command: 'add-text', scope: 'app', key: 'v', mod: true, shift: true, help: 'add-text' },
  { command: 'focus-search', scope: 'app', key: 'k', mod: true, shift: false, help: 'search' },
  { command: 'focus-search', scope: 'app', key: '/', help: 'search' },
  // The sidebar's views by their place in it, as mail and chat apps number theirs. With Ctrl/Cmd
  // they work from a text field and the compare view too, where letters mean other things; the
  // browser's "go to tab n" is not a reserved key there, so the page gets it first.
  { command: 'view-library', scope: 'app', key: '1', mod: true, shift: false, help: 'view-library' },
  { command: 'view-annotations', scope: 'app', key: '2', mod: true, shift: false, help: 'view-annotations' },
  { command: 'view-stories', scope: 'app', key: '3', mod: true, shift: false, help: 'view-stories' },
  { command: 'view-timeline', scope: 'app', key: '4', mod: true, shift: false, help: 'view-timeline' },
  { command: 'view-people', scope: 'app', key: '5', mod: true, shift: false, help: 'view-people' },
  { command: 'find', scope: 'app', key: 'f', mod: true, shift: false, help: 'find' },
  { command: 'next-hit', scope: 'app', key: ']', help: 'next-hit' },
  { command: 'previous-hit', scope: 'app', key: '[', help: 'next-hit' },
  { command: 'next-hit', scope: 'app', key: 'F3', shift: false, anyModifiers: true, help: 'next-hit' },
  { command: 'previous-hit', scope: 'app', key: 'F3', shift: true, anyModifiers: true, help: 'next-hit' },
  { command: 'next-report', scope: 'app', key: 'n', help: 'article' },
  { command: 'previous-report', scope: 'app', key: 'p', help: 'article' },
  { command: 'next-paragraph', scope: 'reader', key: 'j', help: 'paragraph' },
  { command: 'previous-paragraph', scope: 'reader', key: 'k', help: 'paragraph' },
  { command: 'highlight', scope: 'reader', key: 'h', help: 'highlight' },
  { command: 'highlight', scope: 'compare', key: 'h' },
  // With Shift: plain n and t are taken or too near (n steps reports), and Shift+letter is one hand's reach after h.
  { command: 'note-highlight', scope: 'reader', key: 'N', shift: true, help: 'note' },
  { command: 'note-highlight', scope: 'compare', key: 'N', shift: true },
  { command: 'tag-highlight', scope: 'reader', key: 'T', shift: true, help: 'tag' },
  { command: 'tag-highlight', scope: 'compare', key: 'T', shift: true },
  { command: 'toggle-panel', scope: 'app', key: 'a', help: 'panel' },
  { command: 'toggle-read', scope: 'app', key: 'm', help: 'read' },
  { command: 'undo', scope: 'app', key: 'z', mod: true, shift: false, help: 'undo' },
  // Ctrl/Cmd+Shift+Z as in most editors, and Ctrl+Y as on Windows.
  { command: 'redo', scope: 'app', key: 'z', mod: true, shift: true, help: 'redo' },
  { command: 'redo', scope: 'app', key: 'y', mod: true, shift: false, help: 'redo' },
  { command: 'zoom-in', scope: 'app', key: '+', mod: true, browserOnly: true, help: 'zoom' },
  { command: 'zoom-in', scope: 'app', key: '=', mod: true, browserOnly: true },
  { command: 'zoom-out', scope: 'app', key: '-', mod: true, browserOnly: true, help: 'zoom' },
  { command: 'zoom-reset', scope: 'app', key: '0', mod: true, browserOnly: true, help: 'zoom' },
  { command: 'toggle-original', scope: 'app', key: 'o', help: 'original' },
  { command: 'edit-details', scope: 'app', key: 'e', help: 'edit' },
  { command: 'pick', scope: 'list', key: ' ', help: 'pick' },
  { command: 'pick', scope: 'list', key: 'Click', mod: true, help: 'pick' },
  { command: 'trash', scope: 'list', key: 'Delete', help: 'trash' },
  { command: 'context-menu', scope: 'list', key: 'ContextMenu', help: 'context-menu' },
  { command: 'context-menu', scope: 'list', key: 'F10', shift: true, help: 'context-menu' },
  { command: 'compare', scope: 'app', key: 'c', help: 'compare' },
  { command: 'close-compare', scope: 'app', key: 'Escape', anyModifiers: true },
  { command: 'sync-scroll', scope: 'compare', key: 's', help: 'sync' },
  // As j/k step paragraphs in the reader: the next joined sentence of the column, its pair explained.
  { command: 'next-pair', scope: 'compare', key: 'j', help: 'pair' },
  { command: 'previous-pair', scope: 'compare', key: 'k', help: 'pair' },
  { command: 'print', scope: 'compare', key: 'p', mod: true, shift: false, help: 'print' },
  { command: 'shortcuts', scope: 'app', key: '?', help: 'help' },
  { command: 'shortcuts', scope: 'menu', key: '/', mod: true, help: 'help' },
  { command: 'move-down', scope: 'results', key: 'ArrowDown' },
  { command: 'move-up', scope: 'results', key: 'ArrowUp' },
  { command: 'move-first', scope: 'results', key: 'Home' },
  { command: 'move-last', scope: 'results', key: 'End' },
  { command: 'open-copies', scope: 'results', key: 'ArrowRight' },
  { command: 'close-copies', scope: 'results', key: 'ArrowLeft' },
  { command: 'open', scope: 'results', key: 'Enter' },
  { command: 'preview', scope: 'results', key: ' ', help: 'preview' },
  { command: 'back-to-search', scope: 'results', key: 'Escape' },
  { command: 'find-next', scope: 'find', key: 'Enter', shift: false, anyModifiers: true },
  { command: 'find-previous', scope: 'find', key: 'Enter', shift: true, anyModifiers: true },
  { command: 'find-next', scope: 'find', key: 'F3', shift: false, anyModifiers: true },
  { command: 'find-previous', scope: 'find', key: 'F3', shift: true, anyModifiers: true },
  { command: 'close-find', scope: 'find', key: 'Escape', anyModifiers: true },
  { command: 'save-note', scope: 'note', key: 'Enter', mod: true, help: 'save-note' },
  { command: 'cancel-note', scope: 'note', key: 'Escape', anyModifiers: true },
];

/** The fields of a key event a binding is matched against (a `KeyboardEvent` has them). */
export interface KeyPress {
  key: string;
  /** The physical key (`Digit1`); only looked at for Ctrl/Cmd+digit, see `isChord`. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** True when `press` is the chord of `b`. */
export function isChord(b: KeyBinding, press: KeyPress): boolean {
  // With Ctrl or Cmd held a letter may come as a capital (Caps Lock, some layouts); named keys never do.
  let key = b.mod && press.key.length === 1 ? press.key.toLowerCase() : press.key;
  // On AZERTY keyboards the digits are shifted: Ctrl+1 comes as Ctrl+& (key `&`, code `Digit1`).
  // Ctrl/Cmd+digit chords (the views, zoom's 0) go by the key's place, as browsers' own do.
  if (b.mod && /^\d$/.test(b.key) && press.code === `Digit${b.key}`) key = b.key;
  if (key !== b.key) return false;
  if (b.shift !== undefined && press.shiftKey !== b.shift) return false;
  if (b.anyModifiers) return true;
  const mod = (press.ctrlKey || press.metaKey) && !press.altKey;
  return b.mod ? mod : !(press.ctrlKey || press.metaKey || press.altKey);
}

/**
 * The binding `press` is in `scope`, or null. `browser`: the window is not Electron's, so the
 * keys its View menu would take (zoom) are the window's to handle.
 */
export function bindingFor(press: KeyPress, scope: KeyScope, browser = true, table: readonly KeyBinding[] = KEYMAP): KeyBinding | null {
  return table.find((b) => b.scope === scope && (browser || !b.browserOnly) && isChord(b, press)) ?? null;
}

/** The command `press` means in `scope`, or null (see `bindingFor`). */
export function commandFor(press: KeyPress, scope: KeyScope, browser = true, table: readonly KeyBinding[] = KEYMAP): KeyCommand | null {
  return bindingFor(press, scope, browser, table)?.command ?? null;
}

/**
 * The Electron accelerator of a command's first chord (`CmdOrCtrl+Shift+O`), for the menu item
 * that runs it; undefined when no chord has Ctrl/Cmd.
 */
export function acceleratorFor(command: KeyCommand, table: readonly KeyBinding[] = KEYMAP): string | undefined {
  const b = table.find((x) => x.command === command && x.mod && x.key !== 'Click');
  if (!b) return undefined;
  return ['CmdOrCtrl', ...(b.shift ? ['Shift'] : []), b.key.length === 1 ? b.key.toUpperCase() : b.key].join('+');
}
