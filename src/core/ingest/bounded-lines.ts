import { createReadStream } from 'node:fs';

/** One line of a file: its text, or null when it was longer than the limit (its bytes were dropped). */
export interface BoundedLine {
  /** 1-based. */
  lineNo: number;
  /** The line's bytes without its `\n` (and without a `\r` before it); null when too long. */
  raw: Buffer | null;
  /** Bytes of the line including its line end. */
  bytes: number;
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Reads a file line by line, keeping at most `maxBytes` of any one line in memory: a longer line
 * is dropped as it streams past and reported with `text: null`, so a file of one 2 GB line costs
 * no more memory than a file of short ones (readline would hold the whole line).
 */
export async function* boundedLines(path: string, maxBytes: number): AsyncGenerator<BoundedLine> {
  let parts: Buffer[] = [];
  let held = 0;
  let size = 0;
  let tooLong = false;
  let lineNo = 0;
  const finish = (): BoundedLine => {
    lineNo++;
    let raw: Buffer | null = null;
    if (!tooLong) {
      // A copy: a view would hold the whole read chunk for as long as the record is kept.
      raw = parts.length === 1 ? Buffer.from(parts[0]!) : Buffer.concat(parts, held);
      if (raw.length > 0 && raw[raw.length - 1] === CR) raw = raw.subarray(0, raw.length - 1);
    }
    const line = { lineNo, raw, bytes: size };
    parts = [];
    held = 0;
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    while (start < chunk.length) {
      const nl = chunk.indexOf(NEWLINE, start);
      const end = nl < 0 ? chunk.length : nl;
      const piece = chunk.subarray(start, end);
      size += piece.length + (nl < 0 ? 0 : 1);
      if (!tooLong) {
        if (held + piece.length > maxBytes) {
          tooLong = true;
          parts = [];
          held = 0;
        } else if (piece.length > 0) {
          parts.push(piece);
          held += piece.length;
        }
      }
      if (nl < 0) break;
      yield finish();
      start = nl + 1;
    }
  }
  if (size > 0) yield finish();
}
