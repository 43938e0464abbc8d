import { notice, type BinaryKind } from '../../shared/api/notices';
import { codedError } from '../../shared/i18n';

/** Decoded text and the encoding it was found in. */
export interface Decoded {
  /** The text with any byte-order mark removed and line endings made `\n`. */
  text: string;
  /**
   * `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1252`, `iso-8859-15`, or the
   * WHATWG name of the charset a page declares (`koi8-r`, `shift_jis`, …).
   */
  encoding: string;
}

/**
 * Signatures of binary formats people drop by mistake; named so the message can say what the
 * file is rather than just "binary".
 */
const MAGIC: { kind: BinaryKind; bytes: number[] }[] = [
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip', bytes: [0x1f, 0x8b] },
  { kind: 'sqlite', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  { kind: 'riff', bytes: [0x52, 0x49, 0x46, 0x46] },
  { kind: 'executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'executable', bytes: [0x4d, 0x5a] },
];

/**
 * Share of C0 control characters (other than tab, newline, carriage return, form feed) above
 * which decoded text is taken for binary. Real pages carry a few stray ones; binary data that
 * happens to decode carries many.
 */
const MAX_CONTROL_SHARE = 0.01;

/** How many bytes are sampled to recognise UTF-16 without a BOM. */
const UTF16_SAMPLE = 4096;

/**
 * Decodes a file's bytes into text, recognising the encoding from the bytes (never from the
 * file name): a BOM, else valid UTF-8, else UTF-16 by its zero-byte pattern, else the charset
 * the page declares in its head (`declaredCharset`), else Windows-1252 (a superset of Latin-1
 * for printable text), or ISO-8859-15 where the bytes say so (`singleByte`).
 *
 * @throws ApiError `BAD_INPUT` for an empty or whitespace-only file; `UNSUPPORTED` for binary
 *   data (a known signature, NUL bytes, or too many control characters).
 */
export function decodeBytes(bytes: Uint8Array, name: string): Decoded {
  if (bytes.length === 0) throw codedError('BAD_INPUT', notice('ingest.file-empty', { name }));
  const magic = MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (magic) {
    throw codedError('UNSUPPORTED', notice('ingest.file-binary', { name, kind: magic.kind }));
  }
  const { text, encoding } = decodeText(bytes, name);
  const clean = text.replace(/\r\n?/g, '\n');
  if (clean.trim() === '') {
    throw codedError('BAD_INPUT', notice('ingest.file-blank', { name }));
  }
  let controls = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    if (c === 0) {
      throw codedError('UNSUPPORTED', notice('ingest.file-nul-bytes', { name }));
    }
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) controls++;
  }
  if (controls / clean.length > MAX_CONTROL_SHARE) {
    throw codedError('UNSUPPORTED', notice('ingest.file-control-chars', { name, count: controls }));
  }
  return { text: clean, encoding };
}

function decodeText(bytes: Uint8Array, name: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (bytes.includes(0)) {
    throw codedError('UNSUPPORTED', notice('ingest.file-nul-bytes', { name }));
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8. A page that names its charset is read in it: a KOI8-R or Shift_JIS page
    // read as Windows-1252 was all mojibake. Else the remaining common encoding for saved
    // Western pages is Windows-1252, which decodes every byte, so the text is never lost (the
    // raw bytes are kept anyway).
    const declared = declaredCharset(bytes);
    if (declared === 'windows-1252') return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    if (declared) return { text: declared.decode(bytes), encoding: declared.encoding };
    return singleByte(bytes);
  }
}

/** Bytes of a page's head searched for a charset, as a browser's prescan does. */
const PRESCAN_BYTES = 1024;

/**
 * The decoder of the charset a page declares in its first 1024 bytes (`<meta charset>`, the
 * `http-equiv` content type, an XML declaration), when it is one `TextDecoder` knows and not
 * one read otherwise here (UTF-8 that did not decode, UTF-16 without its zero bytes);
 * `windows-1252` for it and its Latin-1 aliases, which `decodeWindows1252` reads as the
 * standard says.
 */
function declaredCharset(bytes: Uint8Array): TextDecoder | 'windows-1252' | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const m = /<meta\b[^>]{0,512}?\bcharset\s{0,8}=\s{0,8}["']?\s{0,8}([A-Za-z0-9_.:-]{1,40})/i.exec(head) ?? /^\s{0,64}<\?xml\b[^>]{0,200}?\bencoding\s{0,8}=\s{0,8}["']([A-Za-z0-9_.:-]{1,40})/i.exec(head);
  if (!m) return null;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(m[1]!);
  } catch {
    return null;
  }
  if (decoder.encoding === 'windows-1252') return 'windows-1252';
  return /^(utf-8|utf-16le|utf-16be)$/.test(decoder.encoding) ? null : decoder;
}

/**
 * Windows-1252, or ISO-8859-15 when the bytes point to it: a `0xA4` (its `€`; Windows-1252's
 * `¤`, a sign text almost never uses) and nothing in 0x80–0x9F (Windows-1252's own quotes,
 * dashes and `€`, control characters in ISO-8859-15). German text saved in Latin-9 read
 * `5 ¤` for `5 €`.
 */
function singleByte(bytes: Uint8Array): Decoded {
  let a4 = false;
  for (const b of bytes) {
    if (b >= 0x80 && b <= 0x9f) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    if (b === 0xa4) a4 = true;
  }
  if (a4) return { text: new TextDecoder('iso-8859-15').decode(bytes), encoding: 'iso-8859-15' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/**
 * Decodes one JSON Lines record's bytes: UTF-8 when they are valid UTF-8, else Windows-1252 as
 * a whole file would be. A dataset appended to by several tools mixes the two line by line;
 * decoding the file as one (or every line as UTF-8) turned a Windows line's `€` and `ß` into
 * U+FFFD, and the stored record kept only that.
 */
export function decodeLine(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** The UTF-16 byte order of bytes that begin with a BOM or look like UTF-16 (`guessUtf16`); else null. */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return guessUtf16(bytes);
}

/**
 * Windows-1252's printable characters in 0x80–0x9F (undefined slots map to the C1 control of
 * the same number, as the WHATWG Encoding Standard does). Node 20's TextDecoder decodes this
 * range as Latin-1 controls, which would turn „quotes“, – dashes and € into invisible junk.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 bytes; every byte maps to one character, so nothing is lost. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chars = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    chars[i] = String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
  }
  return chars.join('');
}

/**
 * UTF-16 text without a BOM has a zero byte in every other position for Latin script. Returns
 * the byte order when at least 40% of the sampled even or odd positions are zero and the other
 * positions almost never are.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Guesses the format from the content (and the extension only to tell Markdown from text). */
export function detectFormat(name: string, text: string): 'text' | 'html' | 'markdown' | 'jsonl' | 'json' {
  const lower = name.toLowerCase();
  const head = text.slice(0, 2048).trimStart();
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html';
  if (/\.(jsonl|ndjson)$/.test(lower)) return 'jsonl';
  if (/\.json$/.test(lower)) return head.startsWith('[') ? 'json' : 'jsonl';
  if (/\.x?html?$/.test(lower) && /<[a-z][^>]*>/i.test(head)) return 'html';
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  if (head.startsWith('{"') && /\}\s*\n\s*\{"/.test(text.slice(0, 200_000))) return 'jsonl';
  return 'text';
}
