import type { ArticleId } from '../../../src/shared/api';
import { hasWords } from './anchors';
import type { GoldPerson } from './gold';
import type { EvalLibrary } from './library';
import { spellingsPresent } from './people';

/** The body region's blocks that are the body search indexes (extraction's `BODY_KINDS`). */
const BODY_KINDS = new Set(['paragraph', 'heading', 'list-item', 'quote']);

/** Letters and marks apart: a hit with `Kılıçdaroğlu` is literal for a query `Kilicdaroglu`, as search folds both alike. */
function bare(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/ı/g, 'i').replace(/İ/g, 'I');
}

/** `bare`, hyphens read as spaces, as search's words split at them. */
function unhyphened(s: string): string {
  return bare(s).replace(/[-\u2010\u2011]/g, ' ');
}

/** What search reads of a report: its title, kicker, dek, body text (the body region's paragraphs, headings, list items and quotes) and photo captions. */
async function searchedText(lib: EvalLibrary, id: ArticleId): Promise<string> {
  const a = await lib.api.getArticle(id);
  return [a.title, a.kicker ?? '', a.dek ?? '', ...a.blocks.filter((b) => b.region === 'body' && (BODY_KINDS.has(b.kind) || b.kind === 'caption')).map((b) => b.text)].join('\n');
}

/** Spelling-variant search: does a query for one spelling find the reports with the others? */
export interface SearchScore {
  queries: number;
  complete: number;
  /** Queries whose literal hits (diacritics aside) all rank above the reports found through another spelling. */
  literalFirst: number;
  /**
   * Incomplete queries whose missing reports all name the person only in text the extraction
   * left out of what search reads (its title, kicker, dek, body text and captions hold no
   * spelling): extraction's, not search's. A count
   * only, so it is printed for the held-out events too without showing what was missed.
   */
  notExtracted: number;
  misses: string[];
}

/** Runs one query per spelling present (of people with at least two) and checks the hits. */
export async function scoreSearch(lib: EvalLibrary, people: GoldPerson[], docs: { id: ArticleId; text: string }[]): Promise<SearchScore> {
  const out: SearchScore = { queries: 0, complete: 0, literalFirst: 0, notExtracted: 0, misses: [] };
  for (const p of people) {
    const present = spellingsPresent(p, docs.map((d) => d.text));
    if (present.length < 2) continue;
    const expected = docs.filter((d) => p.spellings.some((sp) => hasWords(d.text, sp)));
    for (const q of present) {
      out.queries++;
      const page = await lib.api.searchArticles({ q, limit: 200 });
      const hits = page.hits.map((h) => h.article.id);
      const missing = expected.filter((d) => !hits.includes(d.id));
      if (missing.length === 0) out.complete++;
      else {
        const dropped = await Promise.all(missing.map(async (d) => {
          const searched = await searchedText(lib, d.id);
          return !p.spellings.some((sp) => hasWords(searched, sp));
        }));
        if (dropped.every(Boolean)) out.notExtracted++;
        const why = dropped.every(Boolean) ? ', none naming the person in its extracted title or body' : '';
        out.misses.push(`“${q}” (${p.name}): ${missing.length} of ${expected.length} reports not found${why}${page.also ? ` (also searched: ${page.also.map((a) => `${a.word} → ${a.spellings.join(', ')}`).join('; ')})` : ''}`);
      }
      // Literal by what search reads (its captions too).
      // A hyphen is a word break to search too: `Suk-yeol` is `Suk yeol` as typed.
      const literal = await Promise.all(hits.map(async (id) => docs.some((d) => d.id === id) && hasWords(unhyphened(await searchedText(lib, id)), unhyphened(q))));
      if (literal.every((l, i) => l || !literal.slice(i).some(Boolean))) out.literalFirst++;
      else out.misses.push(`“${q}” (${p.name}): a report found through another spelling ranks above one with “${q}”`);
    }
  }
  return out;
}
