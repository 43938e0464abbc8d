/**
 * Three-way merge of plain text: a person's edit of a report (base → edit) carried into a new
 * version of its file (base → file). Both changes are diffed against the base by jsdiff's
 * Myers diff (`diffArrays`) over words, punctuation and runs of blanks, so a fixed word and a
 * changed sentence beside it both apply. Where both sides changed the same stretch of the base
 * (or inserted at one place) the merged text holds the file's side and the person's side is
 * kept as a conflict, never dropped; a side that changed only blanks there yields to the other.
 *
 * Bounded: texts over `MAX_MERGE_CHARS` are not diffed at all, and each diff stops after its
 * share of `timeoutMs` (jsdiff's `timeout`), answering `{ ok: false }`: the caller leaves the
 * edit where it was. Pure; never throws for odd text.
 *
 * ```ts
 * mergeText('A b c.', 'A B c.', 'A b c d.') // { ok: true, text: 'A B c d.', conflicts: [] }
 * ```
 */
import { diffArrays } from 'diff';

/** Longest text (each of the three) merged, in characters: far over any report (the longest in the 100k bench is ~0.3 M), far under the 32 M an edit may be. */
export const MAX_MERGE_CHARS = 2_000_000;

/** Time for a whole merge by default; a diff that needs more is a pathological one (every word changed in a long text). */
export const MERGE_TIMEOUT_MS = 3_000;

/** A stretch both sides changed: the merged text holds the file's side at `start`–`end`. */
export interface MergeConflict {
  /** Offsets of the file's side in the merged text. */
  start: number;
  end: number;
  /** What the new file has there (also what the merged text holds). */
  file: string;
  /** What the person's edit had there instead. */
  edit: string;
  /** What both had before (the earlier version's original text there). */
  base: string;
}

/** What `mergeText` made: the merged text, or why it could not (nothing merged then). */
export type MergeResult =
  | { ok: true; text: string; conflicts: MergeConflict[] }
  | { ok: false; reason: 'too-large' | 'timed-out' };

export interface MergeOptions {
  /** Time for the whole merge; default `MERGE_TIMEOUT_MS`. */
  timeoutMs?: number;
  /** Longest text; default `MAX_MERGE_CHARS`. */
  maxChars?: number;
}

/** Words, single punctuation marks, a line break, or a run of other blanks. */
const TOKEN = /\n|[^\S\n]+|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** One change of a diff: tokens `[s, e)` of the base replaced by `text`. */
interface Change {
  s: number;
  e: number;
  text: string;
  side: 'edit' | 'file';
}

/** The changes that make `to` from `base` (token indices into `base`), or null past the time. */
function changes(base: string[], to: string[], side: Change['side'], timeout: number, at: number[], text: string): Change[] | null {
  const d = diffArrays(base, to, { timeout: Math.max(1, timeout) });
  if (!d) return null;
  const out: Change[] = [];
  let i = 0;
  let open: Change | null = null;
  for (const c of d) {
    if (!c.added && !c.removed) {
      open = null;
      i += c.count;
      continue;
    }
    if (!open) {
      open = { s: i, e: i, text: '', side };
      out.push(open);
    }
    if (c.removed) {
      i += c.count;
      open.e = i;
    } else open.text += c.value.join('');
  }
  return coalesce(out, at, text);
}

/** An unchanged stretch holding a sentence's end or a line break is text both kept, never a shared short word. */
const SENTENCE_END = /[.!?…]\s|\n/;

/** Passes of `coalesce` at most: each joins every pair it can, so a few settle any real text. */
const COALESCE_PASSES = 8;

/**
 * Joins two changes when the unchanged text between them is no longer than either (the rule of
 * diff-match-patch's semantic cleanup): a rewritten sentence shares short words (`die`, `in`, a
 * blank) with the one it replaced, and the Myers diff keeps them, cutting one rewrite into
 * pieces; merged against another change, those pieces made conflicts of single words and a
 * sentence of both versions' words.
 */
function coalesce(list: Change[], at: number[], text: string): Change[] {
  const size = (c: Change) => Math.max(at[c.e]! - at[c.s]!, c.text.length);
  for (let pass = 0; pass < COALESCE_PASSES; pass++) {
    const out: Change[] = [];
    for (const c of list) {
      const prev = out[out.length - 1];
      const gap = prev ? at[c.s]! - at[prev.e]! : Infinity;
      if (prev && gap <= size(prev) && gap <= size(c) && !SENTENCE_END.test(text.slice(at[prev.e], at[c.s]))) out[out.length - 1] = { ...prev, e: c.e, text: prev.text + text.slice(at[prev.e], at[c.s]) + c.text };
      else out.push(c);
    }
    if (out.length === list.length) return out;
    list = out;
  }
  return list;
}

/** Offsets in `text` of each token's start, and of its end. */
function tokenStarts(tokens: string[]): number[] {
  const at = [0];
  for (const t of tokens) at.push(at[at.length - 1]! + t.length);
  return at;
}

const blankless = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Merges the person's `edit` of `base` into `file`, the new version of `base` (see the file's
 * comment). Line breaks must already be `\n` in all three.
 */
export function mergeText(base: string, edit: string, file: string, opts: MergeOptions = {}): MergeResult {
  const max = opts.maxChars ?? MAX_MERGE_CHARS;
  if (base.length > max || edit.length > max || file.length > max) return { ok: false, reason: 'too-large' };
  const deadline = Date.now() + (opts.timeoutMs ?? MERGE_TIMEOUT_MS);
  const b = tokens(base);
  const at = tokenStarts(b);
  const byEdit = changes(b, tokens(edit), 'edit', deadline - Date.now(), at, base);
  if (!byEdit) return { ok: false, reason: 'timed-out' };
  const byFile = changes(b, tokens(file), 'file', deadline - Date.now(), at, base);
  if (!byFile) return { ok: false, reason: 'timed-out' };
  // Changes of both sides by place in the base; a change joins the group before it when it
  // overlaps it or starts where it starts (two insertions at one place have no order).
  const all = [...byEdit, ...byFile].sort((x, y) => x.s - y.s || x.e - y.e);
  const out: string[] = [];
  const conflicts: MergeConflict[] = [];
  let length = 0;
  let done = 0;
  const emit = (s: string) => {
    out.push(s);
    length += s.length;
  };
  for (let k = 0; k < all.length; ) {
    const s = all[k]!.s;
    let e = all[k]!.e;
    const group = [all[k++]!];
    while (k < all.length && (all[k]!.s < e || all[k]!.s === s)) {
      e = Math.max(e, all[k]!.e);
      group.push(all[k++]!);
    }
    emit(base.slice(at[done], at[s]));
    done = e;
    const side = (which: Change['side']) => {
      let p = s;
      let t = '';
      for (const c of group) {
        if (c.side !== which) continue;
        t += base.slice(at[p], at[c.s]) + c.text;
        p = c.e;
      }
      return t + base.slice(at[p], at[e]);
    };
    if (group.every((c) => c.side === group[0]!.side)) {
      emit(side(group[0]!.side));
      continue;
    }
    const was = base.slice(at[s], at[e]);
    const mine = side('edit');
    const theirs = side('file');
    if (mine === theirs || blankless(mine) === blankless(was)) emit(theirs);
    else if (blankless(theirs) === blankless(was)) emit(mine);
    else {
      conflicts.push({ start: length, end: length + theirs.length, file: theirs, edit: mine, base: was });
      emit(theirs);
    }
  }
  emit(base.slice(at[done]));
  return { ok: true, text: out.join(''), conflicts };
}

/** The word-level changes from `from` to `to` with each token's offset in `from`; null past the bounds. */
function changesBetween(from: string, to: string, opts: MergeOptions) {
  const max = opts.maxChars ?? MAX_MERGE_CHARS;
  if (from.length > max || to.length > max) return null;
  const b = tokens(from);
  const at = tokenStarts(b);
  const d = changes(b, tokens(to), 'edit', opts.timeoutMs ?? MERGE_TIMEOUT_MS, at, from);
  return d ? { at, d } : null;
}

/**
 * The conflicts of `from` still standing in `to`, a later edit of it: each moved by the text
 * before it; one whose stretch the edit touched is the person's own answer to it, so it goes.
 * Null when the two cannot be diffed within the bounds (the caller keeps those still in place).
 */
export function carryConflicts<C extends { start: number; end: number }>(from: string, to: string, conflicts: readonly C[], opts: MergeOptions = {}): C[] | null {
  if (conflicts.length === 0) return [];
  const diffed = changesBetween(from, to, opts);
  if (!diffed) return null;
  const { at, d } = diffed;
  const kept: C[] = [];
  for (const c of conflicts) {
    let shift = 0;
    let touched = false;
    for (const ch of d) {
      const cs = at[ch.s]!;
      const ce = at[ch.e]!;
      if (ce <= c.start && !(cs === ce && cs === c.start && c.start === c.end)) {
        shift += ch.text.length - (ce - cs);
        continue;
      }
      if (cs >= c.end && !(cs === c.end && c.start === c.end)) break;
      touched = true;
      break;
    }
    if (!touched) kept.push({ ...c, start: c.start + shift, end: c.end + shift });
  }
  return kept;
}

/**
 * Where each offset of `from` is in `to` (a version of it): moved by the changes before it; one
 * inside a changed stretch goes to that stretch's start. Null past the bounds.
 */
export function mapOffsets(from: string, to: string, offsets: readonly number[], opts: MergeOptions = {}): number[] | null {
  const diffed = changesBetween(from, to, opts);
  if (!diffed) return null;
  const { at, d } = diffed;
  return offsets.map((o) => {
    let shift = 0;
    for (const ch of d) {
      const cs = at[ch.s]!;
      const ce = at[ch.e]!;
      if (ce <= o && cs < o) shift += ch.text.length - (ce - cs);
      else if (cs < o) return cs + shift;
      else break;
    }
    return o + shift;
  });
}
