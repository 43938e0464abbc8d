import type { HighlightColor } from '../../../../shared/api';
import type { Range } from '../highlight';

/** An annotation as the reader paints it: a `[start, end)` range of `Article.text`. */
export interface Paint {
  id: string;
  start: number;
  end: number;
  color: HighlightColor | null;
  hasNote: boolean;
}

/**
 * A run of displayed text with what covers it: the annotations (outermost first, so longer
 * and earlier ones wrap shorter ones) and the search hit or find match, if any.
 */
export interface Piece {
  text: string;
  /** Where the piece stands in `Article.text`. */
  start: number;
  marks: Paint[];
  /** Index into the hit ranges, or null. */
  hit: number | null;
}

/** The paints overlapping `[from, to)`; `paints` sorted by start. */
export function paintsWithin(paints: readonly Paint[], from: number, to: number): Paint[] {
  const out: Paint[] = [];
  for (const p of paints) {
    if (p.start >= to) break;
    if (p.end > from) out.push(p);
  }
  return out;
}

/**
 * Cuts `text` (standing at `offset` in the article text) where any hit or annotation starts
 * or ends. `hits` are sorted, non-overlapping article ranges; `paints` are sorted by start and
 * may overlap each other and the hits. Pieces of one annotation keep its id, so a highlight
 * over several paragraphs is several <mark>s with one `data-annotation-id`.
 */
export function paintPieces(text: string, offset: number, hits: readonly Range[], paints: readonly Paint[]): Piece[] {
  const end = offset + text.length;
  const myPaints = paintsWithin(paints, offset, end);
  const cuts = new Set<number>([offset, end]);
  const myHits: [number, Range][] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h[1] <= offset) continue;
    if (h[0] >= end) break;
    myHits.push([i, h]);
    cuts.add(Math.max(offset, h[0]));
    cuts.add(Math.min(end, h[1]));
  }
  if (myHits.length === 0 && myPaints.length === 0) return [{ text, start: offset, marks: [], hit: null }];
  for (const p of myPaints) {
    cuts.add(Math.max(offset, p.start));
    cuts.add(Math.min(end, p.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    if (to <= from) continue;
    const marks = myPaints.filter((p) => p.start <= from && p.end >= to).sort((a, b) => a.start - b.start || b.end - a.end);
    const hit = myHits.find(([, h]) => h[0] <= from && h[1] >= to)?.[0] ?? null;
    const last = out[out.length - 1];
    // Neighbours covered by the same things are one piece.
    if (last && last.hit === hit && sameMarks(last.marks, marks)) last.text += text.slice(from - offset, to - offset);
    else out.push({ text: text.slice(from - offset, to - offset), start: from, marks, hit });
  }
  return out;
}

function sameMarks(a: readonly Paint[], b: readonly Paint[]): boolean {
  return a.length === b.length && a.every((p, i) => p.id === b[i]!.id);
}
