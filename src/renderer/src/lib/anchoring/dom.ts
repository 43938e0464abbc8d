/**
 * DOM Range ↔ text offsets. Every run of article text the reader shows sits in an element with
 * `data-start` (its offset in `Article.text`) whose text content is exactly that slice of the
 * text (marks inside are fine). Text outside such runs (a dateline's dash, list bullets, the
 * header) belongs to no offset and is skipped when a selection crosses it.
 */

/** The attribute carrying a run's offset into `Article.text`. */
export const RUN_ATTR = 'data-start';

/** Every text run under `root`, in document order. */
export function textRuns(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[${RUN_ATTR}]`)];
}

function runStart(run: Element): number {
  return Number(run.getAttribute(RUN_ATTR));
}

/** Characters of `run`'s text before the boundary point `(node, offset)` inside it. */
function charsBefore(run: Node, node: Node, offset: number): number {
  const r = run.ownerDocument!.createRange();
  r.setStart(run, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}

/**
 * The `[start, end)` offsets into `Article.text` that a DOM range covers, or null when it
 * touches no article text (or only whitespace at a run's edge, e.g. a click).
 */
export function rangeToOffsets(root: ParentNode, range: Range): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const run of textRuns(root)) {
    if (!range.intersectsNode(run)) continue;
    const len = run.textContent?.length ?? 0;
    const base = runStart(run);
    // Where the range starts and ends relative to this run, clamped to it.
    const from = run.contains(range.startContainer) ? charsBefore(run, range.startContainer, range.startOffset) : 0;
    const to = run.contains(range.endContainer) ? charsBefore(run, range.endContainer, range.endOffset) : len;
    if (to <= from) continue;
    start = Math.min(start, base + from);
    end = Math.max(end, base + to);
  }
  return end > start ? { start, end } : null;
}

/** The text node and offset in it where article offset `at` falls inside `run`. */
function pointIn(run: HTMLElement, at: number, preferEnd: boolean): { node: Node; offset: number } | null {
  const walker = run.ownerDocument.createTreeWalker(run, NodeFilter.SHOW_TEXT);
  let left = at - runStart(run);
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const len = n.data.length;
    if (left < len || (left === len && preferEnd)) return { node: n, offset: left };
    left -= len;
    last = n;
  }
  return last ? { node: last, offset: last.data.length } : null;
}

/**
 * A DOM range over `[start, end)` of `Article.text`, snapped to the shown runs (a range
 * starting in hidden text starts at the next shown character), or null when nothing of it
 * is on screen.
 */
export function offsetsToRange(root: ParentNode, start: number, end: number): Range | null {
  const runs = textRuns(root).filter((r) => {
    const s = runStart(r);
    return s < end && s + (r.textContent?.length ?? 0) > start;
  });
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (!first || !last) return null;
  const a = pointIn(first, Math.max(start, runStart(first)), false);
  const b = pointIn(last, Math.min(end, runStart(last) + (last.textContent?.length ?? 0)), true);
  if (!a || !b) return null;
  const range = first.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
