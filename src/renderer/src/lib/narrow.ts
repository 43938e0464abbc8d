import { spansWindow, type ViewName } from './state/app-types';

/**
 * The media query of a narrow window, where the sidebar folds to a rail (the same width as the
 * `@media` rules of App.svelte and Sidebar.svelte, which CSS cannot import).
 */
export const NARROW = '(max-width: 900px)';

/**
 * Whether the annotations panel covers the reader: in a narrow window beside the timeline, the
 * stories or people & places (App.svelte), where the view keeps the middle column.
 */
export function panelOverReader(view: ViewName): boolean {
  return spansWindow(view) && matchMedia(NARROW).matches;
}
