import type { Block, BlockKind, BlockRegion } from '../../../shared/api';

/** A `[start, end)` range of UTF-16 offsets into `Article.text`. */
export type Range = readonly [number, number];

/** A piece of displayed text: plain, or part of the `hit`-th highlighted range. */
export interface Segment {
  text: string;
  hit: number | null;
}

/**
 * Cuts `text` (which stands at `offset` in the article text) into plain and marked pieces.
 * `ranges` are article offsets, sorted by start; `hit` is the index into `ranges`, so every
 * piece of one range (also across nodes) carries the same number.
 */
export function markSegments(text: string, offset: number, ranges: readonly Range[]): Segment[] {
  const end = offset + text.length;
  const out: Segment[] = [];
  let at = 0;
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    if (r[1] <= offset) continue;
    if (r[0] >= end) break;
    const from = Math.max(0, r[0] - offset);
    const to = Math.min(text.length, r[1] - offset);
    if (from < at || to <= from) continue;
    if (from > at) out.push({ text: text.slice(at, from), hit: null });
    out.push({ text: text.slice(from, to), hit: i });
    at = to;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), hit: null });
  return out;
}

/** The ranges that overlap at least one of `spans` (the parts of the text on screen). */
export function rangesWithin(ranges: readonly Range[], spans: readonly Range[]): Range[] {
  return ranges.filter((r) => spans.some((s) => r[0] < s[1] && r[1] > s[0]));
}

/** Lowercase, without accents; `ß` stays one letter so offsets map one to one per input char. */
function foldChar(c: string): string {
  return c.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Every place `needle` occurs in `text`, ignoring case and accents (`gesprache` finds
 * `Gespräche`, `KELLOGG` finds `Kellogg`). Returns sorted, non-overlapping article offsets.
 */
export function findAll(text: string, needle: string): Range[] {
  const want = Array.from(needle.trim()).map(foldChar).join('');
  if (!want) return [];
  // Fold the haystack and remember, for each folded char, the offset of the char it came from.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(text.length);
  const out: Range[] = [];
  for (let at = folded.indexOf(want); at >= 0; at = folded.indexOf(want, at + want.length)) {
    const start = origin[at]!;
    const lastOrigin = origin[at + want.length - 1]!;
    const end = lastOrigin + (text.codePointAt(lastOrigin)! > 0xffff ? 2 : 1);
    out.push([start, end]);
  }
  return out;
}

/** One run of the original text: a block with its kind, or text between blocks (`kind` null). */
/** How many runs the original text view draws at a time. */
export const ORIGINAL_PAGE = 1000;

export interface OriginalRun {
  start: number;
  text: string;
  kind: BlockKind | null;
  region: BlockRegion | null;
  label: string | null;
}

/**
 * The article's canonical text in order, cut at its blocks, for the "original text" view.
 * Text between blocks that is only whitespace is left out; other text between blocks is kept
 * as an unmarked run, so nothing of the input is hidden.
 */
export function toOriginalRuns(text: string, blocks: readonly Block[]): OriginalRun[] {
  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  const runs: OriginalRun[] = [];
  let at = 0;
  const gap = (to: number) => {
    const piece = text.slice(at, to);
    if (piece.trim()) {
      const lead = piece.length - piece.trimStart().length;
      runs.push({ start: at + lead, text: piece.trim(), kind: null, region: null, label: null });
    }
  };
  for (const b of sorted) {
    if (b.start < at) continue;
    gap(b.start);
    runs.push({ start: b.start, text: text.slice(b.start, b.end), kind: b.kind, region: b.region, label: b.label ?? null });
    at = b.end;
  }
  gap(text.length);
  return runs;
}
