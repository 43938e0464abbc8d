/**
 * The media query of a narrow window, where the sidebar folds to a rail (the same width as the
 * `@media` rules of App.svelte and Sidebar.svelte, which CSS cannot import).
 */
export const NARROW = '(max-width: 900px)';
