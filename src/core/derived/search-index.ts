/**
 * The search index as a derived dataset: every article's analysed text goes into the
 * contentless FTS5 tables, its filter/facet facts into `search_docs`/`search_tags`, and a row
 * into `search_changes` so the suggestion index can catch up. Written inside the ingest and
 * re-extraction transactions, so it has to be quick: one pass over the words (`search/terms.ts`).
 */
import { nameWordRows, nameWordsText } from '../search/name-words';
import { insertNameWords } from '../store/queries/name-words';
import { indexText } from '../search/terms';
import type { WriteDb } from '../store/db';
import {
  clearSearchIndex,
  captionsText,
  commentsText,
  headText,
  insertFtsRows,
  putSearchDoc,
  searchableFromExtraction,
  searchableFromRow,
  searchSourceOf,
  searchSourcesBetween,
  type FtsRow,
  type SearchableArticle,
  type SearchTexts,
} from '../store/queries/search-index';
import { removeFromSearch } from '../store/queries/trash';
import type { ChangeBatch, DerivedDataset } from './dataset';

/**
 * Version of the analysis (folding, stemming, head keys, columns): bump it whenever
 * `core/text` or `search/terms.ts` changes what is written, and every library is indexed again
 * on its next open. 2: the one fold (`foldText`) unfolds compatibility forms (`ﬁ` → `fi`). 3: and letters that carry their mark (`ı` → `i`, `ł` → `l`).
 * 4: name-like words by skeleton (`search_name_words`, `search/name-words.ts`); the schwa `ə` folds to `a`.
 * 5: the article index made again with a prefix index of 4 letters (migration 21).
 * 6: photo captions indexed in a column of their own (`captions`, migration 22), and their
 *    name-like words in `search_name_words`.
 */
export const SEARCH_INDEX_VERSION = 6;

/**
 * Stems and head keys of an article's fields. Pure CPU work (most of indexing's cost), so
 * ingest runs it on an extraction worker and hands the result over with the article.
 */
export function searchTexts(a: Pick<SearchableArticle, 'title' | 'kicker' | 'dek' | 'body' | 'comments' | 'captions'>): SearchTexts {
  const captions = captionsText(a);
  return {
    title: indexText(a.title),
    head: indexText(headText(a)),
    body: indexText(a.body),
    comments: a.comments.length > 0 ? indexText(commentsText(a)) : null,
    captions: captions !== '' ? indexText(captions) : null,
    names: nameWordsText(a.title, headText(a), a.body, captions),
  };
}

/**
 * FTS5 rows held back to the end of a transaction. FTS5 flushes its pending terms to disk
 * whenever a statement opens a savepoint (any insert that checks a foreign key or may replace
 * a row does), so FTS inserts interleaved with other writes flush once per article and leave
 * thousands of tiny segments to merge; written together last, they flush once per batch. On a
 * 10k import this more than halved the writer's time.
 */
export type PendingFts = FtsRow[];

/** How `indexArticleForSearch` writes: `isNew` skips the deletes; `pre` is `searchTexts(a)` when already computed; `defer` holds the FTS rows back. */
export interface IndexOptions {
  isNew?: boolean;
  pre?: SearchTexts | undefined;
  defer?: PendingFts | undefined;
}

/**
 * (Re)indexes one article for search. `doc` is the article's rowid. Call inside a transaction.
 * Replaces whatever was indexed for it before.
 */
export function indexArticleForSearch(db: WriteDb, doc: number, articleId: string, a: SearchableArticle, opts: IndexOptions = {}): void {
  putSearchDoc(db, doc, articleId, a, opts.isNew ?? false);
  const texts = opts.pre ?? searchTexts(a);
  if (opts.defer) opts.defer.push({ doc, texts });
  else writeRows(db, [{ doc, texts }]);
}

/**
 * FTS rows and the name-like words of their articles (`search_name_words`); `each` is told after
 * each FTS row and after each article's name words (the two took about as long in a 10k import).
 */
function writeRows(db: WriteDb, rows: readonly FtsRow[], each?: () => void): void {
  insertFtsRows(db, rows, each);
  for (const r of rows) {
    insertNameWords(db, nameWordRows(r.texts.names));
    each?.();
  }
}

/** Re-indexes an article from its stored row (after re-extraction, edits). */
export function reindexArticleForSearch(db: WriteDb, articleId: string): void {
  const r = searchSourceOf(db, articleId);
  if (r) indexArticleForSearch(db, r.doc, articleId, searchableFromRow(r));
}

const NAME = 'search-index';

/** The search index, declared for `core/derived`. */
export const searchIndexDataset: DerivedDataset = {
  name: NAME,
  version: SEARCH_INDEX_VERSION,
  clear: clearSearchIndex,
  build(db, range, batch) {
    const fts = batch.list<FtsRow>(NAME);
    for (const r of searchSourcesBetween(db, range.after, range.upTo)) indexArticleForSearch(db, r.doc, r.id, searchableFromRow(r), { isNew: true, defer: fts });
  },
  onChange(db, change, batch) {
    if (change.kind === 'added') {
      const a = searchableFromExtraction(change.extraction, {});
      indexArticleForSearch(db, change.doc, change.id, a, { isNew: true, pre: change.searchTexts, defer: batch.list<FtsRow>(NAME) });
    } else if (change.kind === 'trashed') removeFromSearch(db, change.doc);
    else reindexArticleForSearch(db, change.id);
  },
  flush(db, batch: ChangeBatch) {
    const fts = batch.list<FtsRow>(NAME);
    writeRows(db, fts, batch.flushed);
    fts.length = 0;
  },
};
