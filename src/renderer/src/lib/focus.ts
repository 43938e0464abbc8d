/**
 * Where the keyboard goes when what had the focus is gone (a closed comparison, a dismissed
 * summary, the reader folded away): the middle pane, so arrows and Enter go on working, rather
 * than the page, where no key but Tab does anything.
 */

/** What a list's first control is: the list itself, else the first button or field of the pane. */
const PANE_CONTROL = '.shell > main > .pane :is([role="listbox"], button:not([disabled]), input, select, [tabindex="0"])';

/**
 * Focuses the search results or the library list when shown, else the first control of the
 * view in the middle pane (a story, the timeline's first mention, the kind filter), else the
 * pane itself.
 */
export function focusPane(): void {
  const target =
    document.getElementById('search-results') ??
    document.getElementById('article-list') ??
    document.querySelector<HTMLElement>(PANE_CONTROL) ??
    // A view still loading has no control yet: the pane itself (a region), so Tab goes on from there.
    document.querySelector<HTMLElement>('.shell > main > .pane[tabindex="-1"]');
  target?.focus();
}

/** `focusPane`, unless something already has the focus (a person moved on while the view changed). */
export function focusPaneIfLost(): void {
  if (document.activeElement && document.activeElement !== document.body) return;
  focusPane();
}

/** The control a comparison was opened from, by the key it carries as `data-return`. */
let returnTo: string | null = null;

/**
 * Remembers the control a comparison is opened from ("Compare this story" of the third story):
 * its view is built anew when the comparison closes, so it is found again by its key.
 */
export function returnFocusTo(key: string | null): void {
  returnTo = key;
}

/**
 * After a comparison closed: back on the control it was opened from, when its view shows it
 * again, else as `focusPaneIfLost` (the first control: the first story, not the one compared).
 */
export function focusReturnOrPane(): void {
  const key = returnTo;
  returnTo = null;
  const lost = !document.activeElement || document.activeElement === document.body;
  const el = key ? document.querySelector<HTMLElement>(`[data-return="${CSS.escape(key)}"]`) : null;
  if (el && lost) el.focus();
  else focusPaneIfLost();
}
