/**
 * Everything the comparison needs to know about one article, computed once: its sentences
 * (body blocks only), the content stems, figures, names and dates of each sentence, its
 * quotations and the sources it cites.
 */
import type { Block, CitedSource, DateMention, PartialDate, Quantity, Quotation } from '../../shared/api';
import { wordPass } from './entity-tokens';
import { findEntities, type EntityMentionRow } from './entities';
import { findQuantities } from './numbers';
import { findQuotes } from './quotes';
import { splitSentences } from '../text/sentences';
import { findSources } from './sources';
import { contentTerms } from './content-words';

/** Block kinds whose text the report states (headings and captions included; credits not). */
export const SENTENCE_KINDS: ReadonlySet<Block['kind']> = new Set(['paragraph', 'heading', 'list-item', 'quote', 'caption', 'dek', 'dateline']);

/** The article facts the analysis reads. */
export interface ArticleInput {
  id: string;
  title: string;
  site: string | null;
  published: PartialDate | null;
  dateConflict: PartialDate | null;
  text: string;
  blocks: Block[];
  dateMentions: DateMention[];
  dateline: string | null;
}

/** One sentence with its features. */
export interface AnalyzedSentence {
  start: number;
  end: number;
  block: number;
  stems: string[];
  /** The same words as `stems`, as roots (`text/roots.ts`): what compare aligns on. */
  roots: string[];
  quantities: Quantity[];
  /** Entity mentions inside the sentence. */
  names: EntityMentionRow[];
  dates: DateMention[];
}

/** An article ready to compare. */
export interface AnalyzedArticle {
  input: ArticleInput;
  sentences: AnalyzedSentence[];
  entities: EntityMentionRow[];
  sources: CitedSource[];
  quotes: Quotation[];
}

/** True when a block's text is stated body text (see `SENTENCE_KINDS`). */
export function isSentenceBlock(b: Block): boolean {
  return (b.region === 'body' || b.kind === 'dek') && SENTENCE_KINDS.has(b.kind);
}

/** The sentence spans of an article's body blocks, each with its block index. */
export function articleSentences(text: string, blocks: Block[]): { start: number; end: number; block: number }[] {
  const out: { start: number; end: number; block: number }[] = [];
  blocks.forEach((b, i) => {
    // `text.slice(b.start, b.end) === b.text`, without cutting the slice.
    if (!isSentenceBlock(b) || b.text.length !== b.end - b.start || !text.startsWith(b.text, b.start)) return;
    for (const s of splitSentences(text, b.start, b.end)) out.push({ start: s.start, end: s.end, block: i });
  });
  return out;
}

/** Analyses one article (pure; ~1 ms for 800 words). */
export function analyzeArticle(input: ArticleInput): AnalyzedArticle {
  const spans = articleSentences(input.text, input.blocks);
  const pass = wordPass(input.text, spans);
  const sources = findSources(input.text, spans, pass);
  const entities = findEntities(input.text, spans, { dateline: input.dateline, sources, pass });
  const quotes = findQuotes(input.text, spans, entities);
  const dates = input.dateMentions.filter((m) => m.kind !== 'header');
  let e = 0;
  const sentences = spans.map((s) => {
    const names: EntityMentionRow[] = [];
    while (e < entities.length && entities[e]!.start < s.start) e++;
    for (let k = e; k < entities.length && entities[k]!.start < s.end; k++) names.push(entities[k]!);
    const inside = dates.filter((d) => d.start >= s.start && d.start < s.end);
    const terms = contentTerms(input.text, s.start, s.end);
    return {
      ...s,
      stems: terms.stems,
      roots: terms.roots,
      quantities: findQuantities(input.text, s.start, s.end, inside),
      names,
      dates: inside,
    };
  });
  return { input, sentences, entities, sources, quotes };
}
