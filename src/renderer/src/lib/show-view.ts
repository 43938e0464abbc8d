/**
 * Going to one of the sidebar's views, the same way from its buttons, the keys (Ctrl/Cmd+1..5)
 * and the desktop menu's View items: which state changes and where the keyboard goes after.
 */
import { tick } from 'svelte';
import type { ViewCommand } from '../../../shared/api';
import { focusPane } from './focus';
import { NARROW } from './narrow';
import type { AppState } from './state/app.svelte';

/** The views the sidebar lists, in its order (the order of their keys). */
export type SidebarView = 'library' | 'annotations' | 'stories' | 'timeline' | 'people';

/** The view of a keymap or menu command (`view-stories` → `stories`). */
export const VIEW_OF_COMMAND: Record<ViewCommand, SidebarView> = {
  'view-library': 'library',
  'view-annotations': 'annotations',
  'view-stories': 'stories',
  'view-timeline': 'timeline',
  'view-people': 'people',
};

/** True for the commands that go to a view (`view-…`), whichever table they come from. */
export function isViewCommand(command: string): command is ViewCommand {
  return Object.hasOwn(VIEW_OF_COMMAND, command);
}

/**
 * Shows `view` and puts the keyboard in it. `from: 'sidebar'`: its button was pressed, so the
 * views that span the window leave the keyboard on the button (a person walking the sidebar
 * with Tab goes on from there), unless the sidebar was unfolded over a narrow window and folds
 * away. From a key or the menu the keyboard goes into the view: what had it (the list, the
 * reader) may just have been hidden or removed.
 */
export function showView(app: AppState, view: SidebarView, from: 'sidebar' | 'key' = 'key'): void {
  if (view === 'library') {
    // "All reports" is the whole list: no search, no story filter over it, not the trash.
    app.search.clear();
    app.trash.close();
    if (app.library.story) void app.guard(() => app.library.setStory(null));
  }
  app.setView(view);
  if (view === 'library') {
    setTimeout(() => document.getElementById('article-list')?.focus());
    return;
  }
  if (view === 'annotations') {
    setTimeout(() => document.getElementById('annotations-search')?.focus());
    return;
  }
  // Unfolded in a narrow window, the sidebar makes room for the view it opened.
  const folds = app.sidebarOpen && matchMedia(NARROW).matches;
  if (folds) app.sidebarOpen = false;
  if (folds || from === 'key') void tick().then(focusPane);
}
