/**
 * When the reader's scroll area loses room at its foot (the "Highlighted · Undo" line takes its
 * own space under the text), what the person was just working on there — the focused paragraph,
 * a highlight — would slip under the line. This scrolls the area by as much as brings it back,
 * never more than the room lost, so the rest of the text does not jump.
 */
export function keepFootInView(pane: HTMLElement, lost: number): void {
  if (lost <= 0) return;
  const bottom = pane.getBoundingClientRect().bottom;
  const band = bottom + lost;
  const working: Element[] = [...pane.querySelectorAll('mark[data-annotation-id]')];
  const focused = document.activeElement;
  if (focused && focused !== pane && pane.contains(focused)) working.push(focused);
  let need = 0;
  for (const el of working) {
    const r = el.getBoundingClientRect();
    // Only what showed in the band now covered: what was below the fold already stays there.
    if (r.bottom > bottom && r.top < band) need = Math.max(need, Math.min(r.bottom, band) - bottom);
  }
  if (need > 0) pane.scrollTop += Math.ceil(need);
}
