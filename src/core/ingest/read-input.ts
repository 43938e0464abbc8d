import { closeSync, createReadStream, openSync, readFileSync, readSync } from 'node:fs';
import { isApiError } from '../../shared/errors';
import { MAX_FILE_BYTES, type IngestSkip, type SourceFormat } from '../../shared/api';
import { boundedLines } from './bounded-lines';
import { decodeBytes, decodeLine, detectFormat, utf16Of } from './decode';
import type { PrepareInput } from './prepare';
import { breaksOff, parseRecord } from './records';
import { notice } from '../../shared/api/notices';
import { skipOf } from './skip';

/** Largest single article file read whole; larger JSON Lines files are streamed instead. */
export { MAX_FILE_BYTES };

/** Largest single JSON Lines record. */
export const MAX_RECORD_BYTES = 8 * 1024 * 1024;

/** One unit of work: an input to extract, or a reason it was skipped. Bytes say how far along. */
export type InputItem = { input: PrepareInput; bytes: number } | { skip: IngestSkip; bytes: number };

const MiB = 1024 * 1024;

/**
 * Reads one file into inputs. JSON Lines files of any size are streamed line by line, so
 * memory stays bounded; other files over `MAX_FILE_BYTES` are refused with the limit named.
 */
export async function* readFileInputs(path: string, name: string, size: number): AsyncGenerator<InputItem> {
  if (looksLikeJsonLines(path, name)) {
    yield* streamJsonLines(path, name, size);
    return;
  }
  if (size > MAX_FILE_BYTES) {
    yield skip(size, skipOf(name, 'TOO_LARGE', notice('ingest.file-too-large', { name, megabytes: size / MiB, limit: MAX_FILE_BYTES / MiB })));
    return;
  }
  yield* readWhole(path, name, size);
}

function* readWhole(path: string, name: string, size: number): Generator<InputItem> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    yield skip(size, unreadable(name, e));
    return;
  }
  yield* bufferInputs(bytes, name, path);
}

/** Reads bytes already in memory (uploads, pasted text) into inputs. */
/**
 * `as` is the format the person chose (pasted text): it wins over detection, which goes by the
 * name's extension and a document's first tag, so a pasted fragment (`<div …>`) would read as text.
 */
export function* bufferInputs(bytes: Uint8Array, name: string, path: string | null, as?: 'text' | 'html' | 'markdown'): Generator<InputItem> {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    yield skip(bytes.byteLength, skipOf(name, 'TOO_LARGE', notice('ingest.file-too-large', { name, megabytes: bytes.byteLength / MiB, limit: MAX_FILE_BYTES / MiB })));
    return;
  }
  let decoded;
  try {
    decoded = decodeBytes(bytes, name);
  } catch (e) {
    if (!isApiError(e)) throw e;
    yield skip(bytes.byteLength, e.messageCoded ? skipOf(name, e.code, e.messageCoded) : { name, code: e.code, reason: e.message, reasonCoded: notice('ingest.file-unreadable', { name, detail: e.message }) });
    return;
  }
  const format = as ?? detectFormat(name, decoded.text);
  if (format === 'jsonl' && decoded.encoding === 'windows-1252') {
    // Not valid UTF-8 as a whole: each line is decoded on its own (`decodeLine`).
    yield* byteLineInputs(bytes, name, path);
    return;
  }
  if (format === 'jsonl' || format === 'json') {
    yield* recordInputs(decoded.text, name, path, format, bytes.byteLength);
    return;
  }
  yield {
    bytes: bytes.byteLength,
    input: { name, path, locator: null, format, extractAs: format, encoding: decoded.encoding, raw: bytes, text: decoded.text },
  };
}

function* recordInputs(text: string, name: string, path: string | null, format: SourceFormat, size: number): Generator<InputItem> {
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      const said = breaksOff(text) ? notice('ingest.file-cut', { name }) : notice('ingest.file-not-json', { name, detail: (e as Error).message });
      yield skip(size, skipOf(name, 'BAD_INPUT', said));
      return;
    }
    const list = Array.isArray(parsed) ? parsed : [parsed];
    const share = size / Math.max(1, list.length);
    for (let i = 0; i < list.length; i++) {
      yield recordItem(list[i], JSON.stringify(list[i]), name, path, `item ${i + 1}`, 'json', share);
    }
    return;
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    yield* lineItem(line, name, path, i + 1, Buffer.byteLength(line) + 1);
  }
}

function* byteLineInputs(bytes: Uint8Array, name: string, path: string | null): Generator<InputItem> {
  let lineNo = 0;
  for (let from = 0; from < bytes.length; ) {
    const nl = bytes.indexOf(0x0a, from);
    const end = nl < 0 ? bytes.length : nl;
    lineNo++;
    let raw = Buffer.from(bytes.subarray(from, end > from && bytes[end - 1] === 0x0d ? end - 1 : end));
    if (lineNo === 1 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) raw = raw.subarray(3);
    const line = decodeLine(raw);
    yield* lineItem(line.text, name, path, lineNo, end - from + 1, line.encoding === 'utf-8' ? null : { raw, encoding: line.encoding });
    from = end + 1;
  }
}

async function* streamJsonLines(path: string, name: string, size: number): AsyncGenerator<InputItem> {
  if (utf16Of(readHead(path)) !== null) {
    // UTF-16 has a zero byte beside every newline, so the byte-wise line reader cannot split
    // it: every record came out as invalid JSON. Such a file is read whole, as other text is.
    if (size > MAX_FILE_BYTES) {
      yield skip(size, skipOf(name, 'TOO_LARGE', notice('ingest.utf16-lines-too-large', { name, megabytes: size / MiB, limit: MAX_FILE_BYTES / MiB })));
      return;
    }
    yield* readWhole(path, name, size);
    return;
  }
  try {
    for await (const { lineNo, raw, bytes } of boundedLines(path, MAX_RECORD_BYTES)) {
      if (raw === null) {
        const locator = `line ${lineNo}`;
        yield skip(bytes, skipOf(name, 'TOO_LARGE', notice('ingest.record-too-large', { name, locator, limit: MAX_RECORD_BYTES / MiB }), locator));
        continue;
      }
      const line = decodeLine(lineNo === 1 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? raw.subarray(3) : raw);
      yield* lineItem(line.text, name, path, lineNo, bytes, line.encoding === 'utf-8' ? null : { raw, encoding: line.encoding });
    }
  } catch (e) {
    yield skip(0, unreadable(name, e));
  }
}

/** A record's own bytes and encoding where they are not its text as UTF-8. */
interface LineSource {
  raw: Buffer;
  encoding: string;
}

function* lineItem(line: string, name: string, path: string | null, lineNo: number, bytes: number, source: LineSource | null = null): Generator<InputItem> {
  if (line.trim() === '') return;
  const locator = `line ${lineNo}`;
  if (bytes > MAX_RECORD_BYTES) {
    yield skip(bytes, skipOf(name, 'TOO_LARGE', notice('ingest.record-too-large', { name, locator, limit: MAX_RECORD_BYTES / MiB }), locator));
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    const said = breaksOff(line) ? notice('ingest.record-cut', { name, locator }) : notice('ingest.record-not-json', { name, locator, detail: (e as Error).message });
    yield skip(bytes, skipOf(name, 'BAD_INPUT', said, locator));
    return;
  }
  yield recordItem(value, line, name, path, locator, 'jsonl', bytes, source);
}

function recordItem(value: unknown, rawText: string, name: string, path: string | null, locator: string, format: SourceFormat, bytes: number, source: LineSource | null = null): InputItem {
  const rec = parseRecord(value);
  if (typeof rec === 'string') return skip(bytes, skipOf(name, 'BAD_INPUT', notice(rec, { name, locator }), locator));
  return {
    bytes,
    input: {
      name: rec.id ? `${name}#${rec.id}` : name,
      path,
      locator,
      format,
      extractAs: 'text',
      // The line as it was in the file, not re-encoded: the library keeps every byte.
      encoding: source?.encoding ?? 'utf-8',
      raw: source?.raw ?? Buffer.from(rawText, 'utf8'),
      text: rec.text,
      hints: rec.hints,
    },
  };
}

/** The first bytes of a file (empty when it cannot be read: reading it will say why). */
function readHead(path: string): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(4096);
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } catch {
    return new Uint8Array(0);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * How many reports a file holds, counted before reading it for progress: a JSON Lines file one
 * per non-blank line (one pass over its bytes, ~1 GB/s), any other file one. Null when the file
 * cannot be read (reading it will say why). `onChunk` hears, after each piece read, the bytes
 * counted and the reports found so far in the file.
 */
export async function countReports(path: string, name: string, onChunk?: (bytes: number, found: number) => void): Promise<number | null> {
  let bytes = 0;
  if (!looksLikeJsonLines(path, name)) return 1;
  let n = 0;
  let lineHasText = false;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      let from = 0;
      for (;;) {
        const nl = chunk.indexOf(10, from);
        const end = nl < 0 ? chunk.length : nl;
        // A line counts when it has anything but spaces, tabs and a carriage return.
        for (let i = from; i < end && !lineHasText; i++) {
          const c = chunk[i]!;
          if (c !== 32 && c !== 9 && c !== 13) lineHasText = true;
        }
        if (nl < 0) break;
        if (lineHasText) n++;
        lineHasText = false;
        from = nl + 1;
      }
      bytes += chunk.length;
      onChunk?.(bytes, n);
    }
  } catch {
    return null;
  }
  return lineHasText ? n + 1 : n;
}

/**
 * Why a listed file could not be read, in words: gone since the folder was listed (deleted or
 * moved during the import), no permission, or the system's own message.
 */
function unreadable(name: string, e: unknown): IngestSkip {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return skipOf(name, 'BAD_INPUT', notice('ingest.file-vanished', { name }));
  if (code === 'EACCES' || code === 'EPERM') return skipOf(name, 'BAD_INPUT', notice('ingest.no-permission', { path: name }));
  return skipOf(name, 'BAD_INPUT', notice('ingest.file-unreadable', { name, detail: (e as Error).message }));
}

function skip(bytes: number, skip: IngestSkip): InputItem {
  return { bytes, skip };
}

function looksLikeJsonLines(path: string, name: string): boolean {
  if (/\.(jsonl|ndjson)$/i.test(name)) return true;
  if (!/\.json$/i.test(name)) return false;
  // A .json file that is one object per line is streamed; an array is read whole.
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, 64, 0);
    return head.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').trimStart().startsWith('{');
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Rebuilds the input of a stored source from its raw bytes, exactly as ingest first read it,
 * so re-extraction sees what the first extraction saw.
 *
 * @throws ApiError when the bytes no longer decode (they always should: they decoded once).
 */
export function inputFromSource(src: { raw: Uint8Array; name: string; path: string | null; locator: string | null; format: SourceFormat; edited_text?: string | null }): PrepareInput {
  if (src.edited_text != null) {
    // A person's edit of the article's text wins over the raw bytes; it is already plain text.
    return { name: src.name, path: src.path, locator: src.locator, format: src.format, extractAs: 'text', encoding: 'utf-8', raw: src.raw, text: src.edited_text };
  }
  if (src.format === 'jsonl' || src.format === 'json') {
    const rec = parseRecord(JSON.parse(decodeLine(src.raw).text));
    if (typeof rec === 'string') throw new Error(`ingest: stored record of "${src.name}" is no longer readable (${rec})`);
    return { name: src.name, path: src.path, locator: src.locator, format: src.format, extractAs: 'text', encoding: 'utf-8', raw: src.raw, text: rec.text, hints: rec.hints };
  }
  const decoded = decodeBytes(src.raw, src.name);
  return { name: src.name, path: src.path, locator: src.locator, format: src.format, extractAs: src.format, encoding: decoded.encoding, raw: src.raw, text: decoded.text };
}
