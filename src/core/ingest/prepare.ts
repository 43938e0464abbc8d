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
  return sha256(text.normalize('NFC').replace(/[ \t]+$/gm, '').trim());
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

/** Extracts one decoded input. Pure CPU work, so it can run beside the writer. */
export function prepareArticle(input: PrepareInput): PreparedArticle {
  const extraction = extract({ text: input.text, format: input.extractAs, name: input.name, hints: input.hints, corrections: input.corrections ?? null, template: input.template ?? null });
  return {
    name: input.name,
    path: input.path,
    locator: input.locator,
    format: input.format,
    encoding: input.encoding,
    raw: input.raw,
    sha256: sha256(input.raw),
    contentHash: contentHashOf(input.hints?.title ? `${input.hints.title}\n\n${input.text}` : input.text),
    extraction,
    signature: signature(extraction.body.join('\n')),
    site: sitePageFor(input.site, extraction.text, input.corrections),
    searchTexts: searchTexts({ title: extraction.title, kicker: extraction.kicker, dek: extraction.dek, body: extraction.body.join('\n\n'), comments: extraction.comments }),
  };
}
