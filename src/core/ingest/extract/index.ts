import type { Extraction } from '../../../shared/types';

/**
 * Bumped whenever extraction rules change, so `parallax reextract` can tell stale articles.
 */
export const EXTRACTOR_VERSION = 1;

/** Fields a structured record (JSON Lines) states about itself; each wins over guessing. */
export interface RecordHints {
  title?: string | null;
  published?: string | null;
  site?: string | null;
  url?: string | null;
  lang?: string | null;
  category?: string | null;
}

/** What `extract` takes: decoded text and the format it is in. */
export interface ExtractInput {
  text: string;
  format: 'text' | 'html' | 'markdown';
  /** File name, for messages only; never used to decide anything. */
  name?: string;
  hints?: RecordHints;
}

const WORDS_PER_MINUTE = 200;

/**
 * Extracts an article from decoded text. Pure and synchronous; never throws for odd text
 * (an input with no body gives an article with a warning).
 */
export function extract(input: ExtractInput): Extraction {
  const text = input.text;
  const blocks: Extraction['blocks'] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + raw.indexOf(trimmed);
    blocks.push({ kind: 'paragraph', region: 'body', text: trimmed, start, end: start + trimmed.length });
  }
  const first = blocks[0];
  const stated = input.hints?.title?.trim();
  let title = stated || first?.text.slice(0, 140) || input.name || 'Untitled';
  if (!stated && first && first.text.length <= 200) {
    first.kind = 'title';
    first.region = 'header';
    title = first.text;
  }
  const body = blocks.filter((b) => b.region === 'body').map((b) => b.text);
  const wordCount = body.join(' ').split(/\s+/).filter(Boolean).length;
  return {
    text,
    title,
    titleDerived: !stated && !(first && first.kind === 'title'),
    kicker: null,
    dek: null,
    published: input.hints?.published ?? null,
    publishedSource: input.hints?.published ? 'record' : null,
    dateEvidence: [],
    dateConflict: null,
    site: input.hints?.site ?? null,
    author: null,
    dateline: null,
    agencies: [],
    section: input.hints?.category ?? null,
    tags: [],
    lang: input.hints?.lang ?? null,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    body,
    blocks,
    comments: [],
    captions: [],
    boilerplate: [],
    dateMentions: [],
    warnings: body.length === 0 ? ['no article body found'] : [],
  };
}
