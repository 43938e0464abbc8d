import { createHash } from 'node:crypto';
import type { Extraction, ExtractionCorrection, SourceFormat } from '../../shared/api';
import { signature } from '../text/minhash';
import { searchTexts } from '../derived/search-index';
import type { SearchTexts } from '../store/queries/search-index';
import { extract, type RecordHints, type SiteTemplate } from './extract/index';
import type { SitePage } from '../store/queries/site-templates';
import { sitePageFor } from './site-page';

/** An article ready to be written: its source bytes and what extraction found. */
export interface PreparedArticle {
  name: string;
  path: string | null;
  locator: string | null;
  format: SourceFormat;
  encoding: string;
  raw: Uint8Array;
  sha256: string;
  contentHash: string;
  extraction: Extraction;
  /** MinHash signature of the body, for near-duplicate links; null for short texts. */
  signature: Uint32Array | null;
  /** Stems and head keys for the search index (a new article's title is extraction's). */
  searchTexts: SearchTexts;
  /** What the page adds to its site's template counts; null when it has no site. */
  site: SitePage | null;
}

/** SHA-256 of bytes or text, as lowercase hex. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The identity of an article's content: the same text in another encoding, with other line
 * endings or another Unicode normal form is the same article.
 */
export function contentHashOf(text: string): string {
  return sha256(withoutTrailingBlanks(text.normalize('NFC')).trim());
}

/**
 * `text.replace(/[ \t]+$/gm, '')` in one pass. That regex tries every start inside a run of
 * blanks and scans the run to its end, so a line of n blanks before a letter costs n²/2 steps
 * on the library thread, outside any extraction time limit: 4,000 nested Markdown list items
 * (4 MB) hashed for 60 s, and a 30 MB file of spaces would never finish.
 */
export function withoutTrailingBlanks(text: string): string {
  const parts: string[] = [];
  let from = 0;
  let blanks = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) {
      if (blanks < 0) blanks = i;
      continue;
    }
    // The regex's `$` under `m` matches before every line terminator: \n, \r, U+2028, U+2029.
    if (blanks >= 0 && (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029)) {
      parts.push(text.slice(from, blanks));
      from = i;
    }
    blanks = -1;
  }
  parts.push(text.slice(from, blanks >= 0 ? blanks : text.length));
  return parts.join('');
}

/** What `prepareArticle` needs. */
export interface PrepareInput {
  name: string;
  path: string | null;
  locator: string | null;
  format: SourceFormat;
  /** The format the text is extracted as (a JSON record's text is plain text). */
  extractAs: 'text' | 'html' | 'markdown';
  encoding: string;
  raw: Uint8Array;
  text: string;
  hints?: RecordHints;
  /** A person's correction of where the article is (re-extraction only). */
  corrections?: ExtractionCorrection | null;
  /** The page's site (`site-key.ts`), set by the writer's thread before extraction. */
  site?: string | null;
  /** The site's template from the library's other pages of it (`core/derived/site-templates`). */
  template?: SiteTemplate | null;
}

/** A prepared article before its hashes are made: what an extraction worker sends back. */
export type ExtractedArticle = Omit<PreparedArticle, 'sha256' | 'contentHash' | 'signature'>;

/** Extracts one decoded input and makes everything written with it. */
export function prepareArticle(input: PrepareInput): PreparedArticle {
  return withHashes(extractInput(input), input);
}

/** Extracts one decoded input. Pure CPU work, so it can run beside the writer. */
export function extractInput(input: PrepareInput): ExtractedArticle {
  const extraction = extract({ text: input.text, format: input.extractAs, name: input.name, hints: input.hints, corrections: input.corrections ?? null, template: input.template ?? null });
  return {
    name: input.name,
    path: input.path,
    locator: input.locator,
    format: input.format,
    encoding: input.encoding,
    raw: input.raw,
    extraction,
    site: sitePageFor(input.site, extraction.text, input.corrections),
    searchTexts: searchTexts({ title: extraction.title, kicker: extraction.kicker, dek: extraction.dek, body: extraction.body.join('\n\n'), comments: extraction.comments, captions: extraction.captions }),
  };
}

/**
 * Adds the source's and the content's hashes and the near-duplicate signature. Extraction
 * workers leave these to the library thread, which has the input at hand: with one helper,
 * the helper is the bottleneck of a 10k import (the library thread waited a third of the time).
 */
export function withHashes(a: ExtractedArticle, input: PrepareInput): PreparedArticle {
  return {
    ...a,
    sha256: sha256(input.raw),
    contentHash: contentHashOf(input.hints?.title ? `${input.hints.title}\n\n${input.text}` : input.text),
    signature: signature(a.extraction.body.join('\n')),
  };
}
