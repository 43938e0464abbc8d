/**
 * The order of the window's undo lines ("n reports moved to trash — Undo", "Now working on the
 * new version … — Undo"): both may show at once, and Ctrl/Cmd+Z takes back the newer one.
 */
let last = 0;

/** A number larger than every one given before in this window. */
export function nextUndoStamp(): number {
  return ++last;
}
