import type { RecordHints } from './extract/index';

/** A JSON record turned into text to extract and the facts it states about itself. */
export interface ParsedRecord {
  text: string;
  hints: RecordHints;
  /** The record's own id, if it has one. */
  id: string | null;
}

const TEXT_FIELDS = ['text', 'body', 'content', 'article'] as const;

/**
 * Reads one JSON record (`text` or `body`, optional `title`, `published`, `site`, `url`,
 * `id`, `category`, `lang`).
 *
 * @returns the record, or the code of what is wrong with it.
 */
export function parseRecord(value: unknown): ParsedRecord | 'ingest.record-not-object' | 'ingest.record-no-text' {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'ingest.record-not-object';
  }
  const r = value as Record<string, unknown>;
  const field = TEXT_FIELDS.find((f) => typeof r[f] === 'string' && (r[f] as string).trim() !== '');
  if (!field) return 'ingest.record-no-text';
  const str = (k: string): string | null => (typeof r[k] === 'string' && (r[k] as string).trim() ? (r[k] as string).trim() : null);
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : null;
  return {
    text: (r[field] as string).replace(/\r\n?/g, '\n'),
    id,
    hints: {
      title: str('title'),
      published: normalisePublished(str('published') ?? str('date') ?? str('published_at')),
      site: str('site') ?? str('outlet') ?? str('source'),
      url: str('url'),
      lang: str('lang') ?? str('language'),
      category: str('category') ?? str('section'),
    },
  };
}

/** Keeps the date part of an ISO timestamp at the precision given; anything else is dropped. */
function normalisePublished(s: string | null): string | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?/.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  if (h && mi) return `${y}-${mo}-${d}T${h}:${mi}`;
  if (d) return `${y}-${mo}-${d}`;
  if (mo) return `${y}-${mo}`;
  return y ?? null;
}

/**
 * Whether JSON text that does not parse stops before its value ends: a string left open, or
 * an object or array not closed, with nothing in it closed that was never opened. That is a
 * file cut off (a half-written export, a download stopped), which a person fixes by importing
 * the file again once it is whole, not by editing the record. Read from the text itself, not
 * from the JSON engine's message, which is neither stable nor in the person's language.
 */
export function breaksOff(text: string): boolean {
  const body = text.trim();
  if (!/^[[{"]/.test(body)) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth < 0) return false;
      if (depth === 0 && i < body.length - 1) return false;
    }
  }
  return inString || depth > 0;
}
