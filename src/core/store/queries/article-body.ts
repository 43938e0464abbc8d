import type Database from 'better-sqlite3';

/**
 * How an article's body is stored. The body is its paragraphs joined by blank lines, and the
 * paragraphs are almost always stretches of the article's text, so storing them again doubled
 * the text in every row (10k JSON Lines articles: 2.7 kB of 7.5 kB a row). When every
 * paragraph is found in the text, in order, the row keeps only where: `body_at` holds
 * `[start, end)` pairs (UTF-16 offsets, little-endian int32; an end of -1 is the text's end)
 * and `body` is ''. Otherwise `body` holds the body and `body_at` is NULL, as every row did
 * before migration 16.
 *
 * Readers select `bodyColumn()` (SQL function `article_body`, registered on every connection
 * by `registerArticleBody`) and get the body either way.
 */

/** What the writer stores for a body. */
export interface StoredBody {
  body: string;
  bodyAt: Buffer | null;
}

const PAIR_BYTES = 8;
/** The end that stands for the end of the text (what migration 16 writes for a whole-text body). */
const TEXT_END = -1;

/** The stored form of `paragraphs` of `text`: offsets when each is found in order, else the joined text. */
export function storedBody(text: string, paragraphs: string[]): StoredBody {
  const at = Buffer.alloc(paragraphs.length * PAIR_BYTES);
  let from = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const para = paragraphs[i]!;
    // Paragraphs stand in the text in order; look from the end of the last one found.
    const start = para.length === 0 ? -1 : text.indexOf(para, from);
    if (start < 0) return { body: paragraphs.join('\n\n'), bodyAt: null };
    from = start + para.length;
    at.writeInt32LE(start, i * PAIR_BYTES);
    at.writeInt32LE(from, i * PAIR_BYTES + 4);
  }
  return paragraphs.length === 0 ? { body: '', bodyAt: null } : { body: '', bodyAt: at };
}

/** The body of a stored row (`storedBody`'s inverse). */
export function articleBody(body: string, bodyAt: Uint8Array | null, text: string): string {
  if (bodyAt === null || bodyAt.byteLength === 0) return body;
  const at = Buffer.from(bodyAt.buffer, bodyAt.byteOffset, bodyAt.byteLength);
  let out = '';
  for (let i = 0; i + PAIR_BYTES <= at.byteLength; i += PAIR_BYTES) {
    const end = at.readInt32LE(i + 4);
    const para = text.slice(at.readInt32LE(i), end === TEXT_END ? text.length : end);
    out = i === 0 ? para : `${out}\n\n${para}`;
  }
  return out;
}

/** Makes `article_body(body, body_at, text)` available to this connection's SQL. */
export function registerArticleBody(db: Database.Database): void {
  db.function('article_body', { deterministic: true }, (body: unknown, bodyAt: unknown, text: unknown) =>
    articleBody(String(body ?? ''), bodyAt instanceof Uint8Array ? bodyAt : null, String(text ?? '')),
  );
}

/** The SQL expression of an article's body; `table`: the alias of `articles` in the query, if any. */
export function bodyColumn(table = ''): string {
  const t = table ? `${table}.` : '';
  return `article_body(${t}body, ${t}body_at, ${t}text)`;
}
