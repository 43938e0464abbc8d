import type { AsPlainObject } from 'minisearch';

/**
 * The suggestion index's snapshot as lines of JSON, so that loading never holds the whole
 * index as one parsed tree.
 *
 * minisearch's own snapshot is one JSON text; parsed at once at 100,000 reports it is a tree
 * several times the index's size, alive until the index is built from it, so V8 grows the
 * library thread's old generation for it (~100–105 MB of heap for ~75 MB alive, compacted only
 * tens of seconds later). Here the first line is the index without its terms, and every further
 * line holds `TERMS_PER_LINE` of the terms: each line's tree dies young, while its terms are
 * read into the index, and only what the index keeps reaches the old generation.
 */

/** Terms per line: small enough that a line's tree dies in the young generation. */
const TERMS_PER_LINE = 500;
const NEWLINE = 0x0a;

type IndexEntry = AsPlainObject['index'][number];

/** The snapshot of an index's plain form (`MiniSearch#toJSON`), as UTF-8 lines. */
export function encodeSnapshot(js: AsPlainObject): Buffer {
  const { index, ...head } = js;
  // JSON never holds a raw newline (a string's is escaped), so a line is one value. Each line
  // is encoded on its own, so the whole snapshot is never one string on the heap.
  const lines = [Buffer.from(JSON.stringify({ ...head, index: [] }), 'utf8')];
  const newline = Buffer.from([NEWLINE]);
  for (let i = 0; i < index.length; i += TERMS_PER_LINE) lines.push(newline, Buffer.from(JSON.stringify(index.slice(i, i + TERMS_PER_LINE)), 'utf8'));
  return Buffer.concat(lines);
}

/**
 * The plain form of a snapshot, for `MiniSearch.loadJS`: its `index` is read a line at a time
 * while the index is built (an iterable, which `loadJS` walks once). Throws on a damaged
 * snapshot, as `JSON.parse` does, also midway.
 */
export function decodeSnapshot(data: Uint8Array): AsPlainObject {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const first = lineEnd(bytes, 0);
  const head = JSON.parse(bytes.toString('utf8', 0, first)) as AsPlainObject;
  return { ...head, index: entries(bytes, first + 1) as unknown as AsPlainObject['index'] };
}

function* entries(bytes: Buffer, from: number): Generator<IndexEntry> {
  for (let start = from; start < bytes.length; ) {
    const end = lineEnd(bytes, start);
    yield* JSON.parse(bytes.toString('utf8', start, end)) as IndexEntry[];
    start = end + 1;
  }
}

function lineEnd(bytes: Buffer, from: number): number {
  const i = bytes.indexOf(NEWLINE, from);
  return i < 0 ? bytes.length : i;
}
