import type { WriteDb } from '../../src/core/store/db';
import type { SearchQuery } from '../../src/shared/api';
import type { CorpusRecord } from './corpus';
import { drawQueries } from '../search.bench';

/**
 * A varied set of searches for checking that a speed change keeps every result (`search-check`):
 * the bench's query kinds, and what they leave out — names as the library writes them, garbled
 * names, name words found only by skeleton, compound heads, filters, sorts, later pages, copies
 * not grouped, malformed input and words the library does not know.
 */

/** Deterministic pseudo-random numbers, so every run draws the same searches. */
function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** A name garbled the ways people type it: a consonant dropped or doubled, two letters swapped, a genitive. */
function garble(word: string, k: number): string {
  const i = 1 + (k % Math.max(1, word.length - 3));
  switch (k % 4) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return `${word}s`;
  }
}

export function checkQueries(db: WriteDb, records: CorpusRecord[], perKind: number): SearchQuery[] {
  const rand = rng(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const drawn = drawQueries(records);
  const out: SearchQuery[] = [];
  for (const qs of Object.values(drawn)) for (const q of qs.slice(0, perKind)) out.push({ q });

  const persons = db.prepare("SELECT DISTINCT name FROM entity_mentions WHERE kind = 'person' ORDER BY name").pluck().all() as string[];
  const full = persons.filter((n) => n.split(' ').length >= 2);
  const surnames = [...new Set(full.map((n) => n.split(' ').pop()!).filter((w) => w.length >= 6))].sort();
  // The bench's library has no people until its compare index is built (`PARALLAX_NAMED`).
  if (surnames.length === 0) surnames.push('Selenskyj', 'Kavelashvili', 'Nawalny', 'Dmitriew', 'Prigoschin');
  if (full.length === 0) full.push('Wladimir Putin', 'Ebrahim Raisi', 'Salome Zurabischwili');
  for (let i = 0; i < 30; i++) out.push({ q: pick(surnames) });
  for (let i = 0; i < 15; i++) out.push({ q: pick(full) });
  for (let i = 0; i < 40; i++) out.push({ q: garble(pick(surnames), i) });
  const nameWords = db.prepare('SELECT word FROM search_name_words ORDER BY skeleton, folded').pluck().all() as string[];
  for (let i = 0; i < 20; i++) out.push({ q: pick(nameWords) });
  for (const q of ['krieg', 'Verhandlungen', 'Regierung', 'Sicherheit', 'Wahl', 'Präsident', 'Gespräche', 'Strasse', 'Waffenruhe', 'Abstimmung']) out.push({ q });
  for (const q of ['Frieden*', 'vers*', 'Gespräche*', 'über*', 'ab*', '"vier Stunden"', '"die nicht"', '"Donald Trump"', 'Trump OR Putin', 'Trump -Putin', '-Putin', 'NOT Trump']) out.push({ q });
  const outlets = db.prepare('SELECT DISTINCT site FROM search_docs WHERE site IS NOT NULL ORDER BY site').pluck().all() as string[];
  if (outlets.length === 0) outlets.push('spiegel', 'zeit', 'orf');
  const word = () => pick(drawn['frequent word']);
  for (let i = 0; i < 10; i++) out.push({ q: `${word()} outlet:${pick(outlets).slice(0, 5)}` });
  for (const f of ['lang:de', 'lang:en', 'from:2016', 'to:2014-06', 'from:2015-03-01 to:2016-09', 'has:note', 'has:highlight', 'in:comments', 'in:notes', 'tag:x']) out.push({ q: `${word()} ${f}` });
  for (const q of ['outlet:', 'lang:de', '"unclosed phrase', 'OR', '( Trump', 'Kanzlr', 'Selenskij', 'Wladimir Putn', '']) out.push({ q });
  for (let i = 0; i < 10; i++) out.push({ q: word(), sort: i % 2 ? 'date-asc' : 'date-desc' });
  for (let i = 0; i < 10; i++) out.push({ q: word(), offset: 20 * (1 + i), limit: 20 });
  for (let i = 0; i < 10; i++) out.push({ q: pick(drawn.phrase), offset: 20, groupCopies: i % 2 === 0 });
  for (let i = 0; i < 10; i++) out.push({ q: pick(surnames), groupCopies: false, facets: false });
  // Several names and a name with other words: each widened, the literal reports first.
  for (let i = 0; i < 10; i++) out.push({ q: `${pick(surnames)} ${i % 2 ? pick(surnames) : word()}` });
  for (let i = 0; i < 5; i++) out.push({ q: `"${pick(full)}"`, offset: 20 * (i % 2) });
  return out;
}
