/**
 * Comparing reports of the library: the articles loaded and analysed afresh, word rarity from
 * the search index, and every name tied to its entity of the library (People & places), so a
 * comparison and the entity pages agree.
 */
import type { ArticleId, Comparison, EntityId } from '../../shared/api';
import type { ReadDb } from '../store/db';
import { articleLang, getCompareArticle, stemDocFrequencies } from '../store/queries/compare';
import { analyzeArticle, type AnalyzedArticle } from '../analysis/analyze';
import { entityGroups } from '../explore/views';
import { nameKey } from '../store/queries/entities';
import { foldText } from '../text/fold';
import { colognePhonetic, isSpellingVariant } from '../text/phonetic';
import { compare, type CompareContext } from './compare';
import { notice } from '../../shared/api/notices';
import { codedError } from '../../shared/i18n';

/** At most this many reports are compared at once (the compare view has four columns). */
export const MAX_COMPARE = 4;
/** Below this many indexed articles, word rarity is taken from the compared sentences instead. */
const MIN_LIBRARY_DOCS = 50;
/**
 * How far the library's word rarity is trusted over the compared sentences': a library of this
 * many articles counts half. Document frequencies over a few dozen reports of a few stories
 * say more about those stories than about the language (with 52 reports, library rarity alone
 * cost `eval/compare` a tenth of its recall and the seeds three wrong pairs); over thousands
 * of articles they say that `USA` is common. A judgement, not fitted: no dev library is large.
 */
const LIBRARY_TRUST = 500;

/** Loads and analyses the reports to compare; every rejection the contract names. */
export function loadForCompare(db: ReadDb, ids: ArticleId[]): AnalyzedArticle[] {
  if (ids.length < 2) throw codedError('BAD_INPUT', notice('compare.too-few', { max: MAX_COMPARE, got: ids.length }));
  if (ids.length > MAX_COMPARE) throw codedError('BAD_INPUT', notice('compare.too-many', { max: MAX_COMPARE, got: ids.length }));
  if (new Set(ids).size !== ids.length) throw codedError('BAD_INPUT', notice('compare.same-twice'));
  return ids.map((id) => {
    const a = getCompareArticle(db, id);
    if (!a) throw codedError('NOT_FOUND', notice('library.no-article', { id: id, scope: 'compare' }));
    const analyzed = analyzeArticle(a);
    if (analyzed.sentences.length === 0) throw codedError('BAD_INPUT', notice('compare.no-body', { id }));
    return analyzed;
  });
}

/**
 * Rarity of stems, in the compared sentences' units: over those sentences, blended with rarity
 * over the library (search index) by how large the library is (`LIBRARY_TRUST`); a library of
 * fewer than `MIN_LIBRARY_DOCS` articles is not asked.
 */
export function idfFor(db: ReadDb, arts: AnalyzedArticle[]): { idf: (s: string) => number; maxIdf: number } {
  const stems = arts.flatMap((a) => a.sentences.flatMap((s) => s.stems));
  const df = new Map<string, number>();
  let n = 0;
  for (const a of arts) for (const s of a.sentences) { n++; for (const st of new Set(s.stems)) df.set(st, (df.get(st) ?? 0) + 1); }
  const local = (s: string) => Math.log((n + 1) / ((df.get(s) ?? 0) + 1)) + 1;
  const localMax = Math.log(n + 1) + 1;
  const lib = stemDocFrequencies(db, stems);
  if (lib && lib.docs >= MIN_LIBRARY_DOCS) {
    const libMax = Math.log(lib.docs + 1) + 1;
    const libIdf = (s: string) => Math.log((lib.docs + 1) / ((lib.df.get(s) ?? 0) + 1)) + 1;
    const trust = lib.docs / (lib.docs + LIBRARY_TRUST);
    return { idf: (s) => localMax * ((1 - trust) * (local(s) / localMax) + trust * (libIdf(s) / libMax)), maxIdf: localMax };
  }
  return { idf: local, maxIdf: localMax };
}

/** What `compare` needs of the library for these articles: word rarity and every name's entity. */
export function libraryContext(db: ReadDb, arts: AnalyzedArticle[]): CompareContext {
  const { idf, maxIdf } = idfFor(db, arts);
  const { byName, groups } = entityGroups(db);
  const local = new Map<string, EntityId>();
  const idOf = (kind: string, name: string): EntityId => {
    const g = byName.get(nameKey(kind, name));
    if (g) return g.id;
    // A name the library has not grouped (not indexed yet): group it with a spelling variant.
    const key = nameKey(kind, name);
    let id = local.get(key);
    if (!id) {
      const last = foldText(name.split(' ').pop()!);
      const match = groups.find((x) => x.kind === kind && x.names.some((n) => isSpellingVariant(foldText(n.name.split(' ').pop()!), last)));
      id = match?.id ?? (`${kind}:${colognePhonetic(last)}-${last}` as EntityId);
      local.set(key, id);
    }
    return id;
  };
  return { idf, maxIdf, idOf };
}

/** Compares two to four reports of the library. */
export function compareInLibrary(db: ReadDb, ids: ArticleId[]): Comparison {
  const started = performance.now();
  const arts = loadForCompare(db, ids);
  const result = compare(arts, libraryContext(db, arts));
  for (const a of result.articles) a.lang = articleLang(db, a.id);
  result.tookMs = Math.round((performance.now() - started) * 10) / 10;
  return result;
}
