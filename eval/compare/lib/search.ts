import type { ArticleId } from '../../../src/shared/api';
import { hasWords } from './anchors';
import type { GoldPerson } from './gold';
import type { EvalLibrary } from './library';
import { spellingsPresent } from './people';

/** Letters and marks apart: a hit with `Kılıçdaroğlu` is literal for a query `Kilicdaroglu`, as search folds both alike. */
function bare(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/ı/g, 'i').replace(/İ/g, 'I');
}

/** Spelling-variant search: does a query for one spelling find the reports with the others? */
export interface SearchScore {
  queries: number;
  complete: number;
  /** Queries whose literal hits (diacritics aside) all rank above the reports found through another spelling. */
  literalFirst: number;
  misses: string[];
}

/** Runs one query per spelling present (of people with at least two) and checks the hits. */
export async function scoreSearch(lib: EvalLibrary, people: GoldPerson[], docs: { id: ArticleId; text: string }[]): Promise<SearchScore> {
  const out: SearchScore = { queries: 0, complete: 0, literalFirst: 0, misses: [] };
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
      else out.misses.push(`“${q}” (${p.name}): ${missing.length} of ${expected.length} reports not found${page.also ? ` (also searched: ${page.also.map((a) => `${a.word} → ${a.spellings.join(', ')}`).join('; ')})` : ''}`);
      const literal = hits.map((id) => hasWords(bare(docs.find((d) => d.id === id)?.text ?? ''), bare(q)));
      if (literal.every((l, i) => l || !literal.slice(i).some(Boolean))) out.literalFirst++;
      else out.misses.push(`“${q}” (${p.name}): a report found through another spelling ranks above one with “${q}”`);
    }
  }
  return out;
}
