/**
 * What the window does with a key press (App.svelte's one window listener): the `app` scope of
 * the keymap. Which key is which command is the keymap's business; this says when each
 * command applies.
 */
import type { MenuCommand } from '../../../shared/api';
import type { KeyBinding } from '../../../shared/keymap';
import { isTyping } from './keys';
import { keyBinding } from './keymap';
import { isViewCommand, showView, VIEW_OF_COMMAND } from './show-view';
import type { AppState } from './state/app.svelte';

/** Runs the window's command for `e`, if it has one that applies now, and keeps the browser from acting on it too. */
export function onAppKey(app: AppState, e: KeyboardEvent, afterCloseCompare: () => void): void {
  const b = keyBinding(e, 'app');
  if (!b) return;
  if (!b.mod && !b.anyModifiers) {
    // Letters and signs are typed into fields, and a dialog has the keyboard to itself.
    if (app.dialog !== null || isTyping(e.target)) return;
    // In the compare view the reader's keys do not apply.
    if (app.view === 'compare' && b.command !== 'shortcuts' && b.command !== 'focus-search') return;
  }
  if (run(app, b, e, afterCloseCompare)) e.preventDefault();
}

/**
 * Runs a command of the desktop menu: its View items go to a view as the keys do (a modal
 * dialog open keeps the window where it is); the rest is the app state's (`runMenuCommand`).
 */
export function onMenuCommand(app: AppState, command: MenuCommand): void {
  if (!isViewCommand(command)) app.runCommand(command);
  else if (app.dialog === null) showView(app, VIEW_OF_COMMAND[command]);
}

/** Runs one command; false when it does not apply now (and the key is left alone). */
function run(app: AppState, b: KeyBinding, e: KeyboardEvent, afterCloseCompare: () => void): boolean {
  const hasArticle = app.reader.article !== null;
  switch (b.command) {
    case 'import':
    case 'shortcuts':
      app.runCommand(b.command);
      return true;
    case 'import-folder':
      app.ingest.pickFolderRequest++;
      return true;
    case 'add-text':
      // In a text field it is the browser's paste as plain text; a dialog has the keyboard to itself.
      if (app.dialog !== null || isTyping(e.target)) return false;
      app.runCommand('add-text');
      return true;
    case 'focus-search':
      app.search.focusRequest++;
      return true;
    case 'find':
      if (app.dialog === null) app.find();
      return true;
    case 'undo':
      if (app.dialog !== null || isTyping(e.target)) return false;
      // While "n reports moved to trash — Undo" or "Now working on the new version … — Undo"
      // shows, Ctrl/Cmd+Z takes that back (the newer of the two when both show).
      if (app.versions.canUndo && (!app.trash.canUndo || app.versions.last!.at > app.trash.movedAt)) {
        app.trash.forgetRedo();
        void app.guard(() => app.versions.undo());
        return true;
      }
      if (app.trash.canUndo) {
        void app.guard(() => app.trash.undo());
        return true;
      }
      if (!app.canUndo) return false;
      app.trash.forgetRedo();
      void app.undo();
      return true;
    case 'redo':
      if (app.dialog !== null || isTyping(e.target)) return false;
      // The trash's move again while its undo was the window's last undo; else the annotations'.
      if (app.trash.canRedo) {
        void app.guard(() => app.trash.redo());
        return true;
      }
      if (!app.canRedo) return false;
      void app.redo();
      return true;
    case 'zoom-in':
    case 'zoom-out':
    case 'zoom-reset':
      app.zoomBy(b.command === 'zoom-reset' ? 0 : b.command === 'zoom-out' ? -1 : 1);
      return true;
    case 'next-hit':
    case 'previous-hit':
      // F3 steps through hits from anywhere, a text field too; `]` and `[` need an open report.
      if (app.dialog !== null || (!b.anyModifiers && !hasArticle)) return false;
      app.reader.step(b.command === 'next-hit' ? 1 : -1);
      return true;
    case 'close-compare':
      if (app.view !== 'compare' || app.dialog !== null || e.defaultPrevented) return false;
      app.closeCompare();
      afterCloseCompare();
      return true;
    case 'next-report':
    case 'previous-report':
      void app.stepArticle(b.command === 'next-report' ? 1 : -1);
      return true;
    case 'view-library':
    case 'view-annotations':
    case 'view-stories':
    case 'view-timeline':
    case 'view-people':
      // Not under a modal dialog, which has the keyboard to itself; from a text field and the compare view, yes.
      if (app.dialog !== null) return false;
      showView(app, VIEW_OF_COMMAND[b.command]);
      return true;
    case 'group-copies':
      void app.guard(() => app.library.setGroupCopies(!app.library.groupCopies));
      return true;
    case 'compare':
      if (app.view === 'compare') return false;
      if (app.library.picked.length >= 2) app.startCompare();
      else if (hasArticle) app.dialog = 'compare-with';
      // Nothing to compare with yet: the list, where reports are picked, says how (one pick
      // already shows it there). From another view the list comes back as the person left it.
      else if (app.view !== 'library' || app.library.picked.length === 0) {
        if (app.view !== 'library') {
          app.setView('library');
          setTimeout(() => document.getElementById('article-list')?.focus());
        }
        if (app.library.picked.length === 0) app.library.compareAsked = true;
      } else return false;
      return true;
    case 'toggle-original':
    case 'edit-details':
    case 'toggle-panel':
    case 'toggle-read':
      if (!hasArticle) return false;
      if (b.command === 'toggle-original') app.reader.toggleMode();
      else if (b.command === 'edit-details') app.dialog = 'edit-metadata';
      else if (b.command === 'toggle-panel') app.togglePanel();
      else void app.toggleRead();
      return true;
    default:
      return false;
  }
}
