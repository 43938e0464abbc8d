/**
 * What every derived dataset declares (see README.md): a name, a version, how to clear it, how
 * to build it for stored articles, and how to keep it current as articles change. The runner
 * (`rebuild.ts`) and the write paths (`keep-current.ts`) treat all five alike.
 */
import type { ArticleId, Extraction } from '../../shared/api';
import type { DerivedDatasetName } from '../../shared/events';
import type { WriteDb } from '../store/db';
import type { SearchTexts } from '../store/queries/search-index';
import type { SitePage } from '../store/queries/site-templates';

/**
 * What happened to one article, for the datasets to keep up with. `added`: ingest wrote it
 * (with what the extraction worker already computed); `extracted`: re-extraction replaced its
 * text and blocks (a person's metadata edits still win); `metadata`: a person edited title,
 * date, outlet or author.
 */
export type ArticleChange =
  | {
      kind: 'added';
      id: ArticleId;
      /** The article's rowid. */
      doc: number;
      extraction: Extraction;
      /** Stems and head keys for the search index, computed on an extraction worker. */
      searchTexts?: SearchTexts | undefined;
      /** MinHash signature of the body; null for texts too short to have one. */
      signature: Uint32Array | null;
      /** What the page adds to its site's template counts (null: no site; absent: unknown). */
      site?: SitePage | null | undefined;
    }
  | { kind: 'extracted'; id: ArticleId; extraction: Extraction; signature: Uint32Array | null; site?: SitePage | null | undefined }
  | { kind: 'metadata'; id: ArticleId; dateChanged: boolean }
  /**
   * `trashed`: a person moved the report to the trash (its rows leave every view, the article
   * stays); `restored`: it came back, and is derived again from its stored row as a rebuild
   * would. `doc` is its rowid.
   */
  | { kind: 'trashed' | 'restored'; id: ArticleId; doc: number };

/**
 * Scratch space of one write transaction: a dataset may hold rows back and write them in its
 * `flush`, once per transaction (the search index does, see `PendingFts`).
 */
export class ChangeBatch {
  private readonly lists = new Map<string, unknown[]>();

  /**
   * Told after each held-back row a flush wrote: the end of an import batch's transaction
   * (its search rows, over half of its time) tells its progress from inside, as its articles do.
   */
  constructor(readonly flushed: () => void = () => {}) {}

  /** The held-back rows of dataset `name` (made empty on first use). */
  list<T>(name: string): T[] {
    let l = this.lists.get(name);
    if (!l) this.lists.set(name, (l = []));
    return l as T[];
  }
}

/** A rowid range of stored articles: `(after, upTo]`. */
export interface DocRange {
  after: number;
  upTo: number;
}

/** One derived dataset. Every method runs inside the caller's transaction. */
export interface DerivedDataset {
  /** Its row in `derived_state`, and its name in rebuild progress. */
  readonly name: DerivedDatasetName;
  /**
   * Bump it whenever what the dataset derives from an article changes: the next open clears
   * the dataset and builds it again, in batches that survive a kill.
   */
  readonly version: number;
  /** Drops everything the dataset derived: the first step of a rebuild. */
  clear(db: WriteDb): void;
  /** Derives the rows of the stored articles in `range`. Absent: the dataset builds itself when asked. */
  build?(db: WriteDb, range: DocRange, batch: ChangeBatch): void;
  /** Keeps the dataset current as one article changes. */
  onChange?(db: WriteDb, change: ArticleChange, batch: ChangeBatch): void;
  /** Writes what `build` or `onChange` held back in `batch`; called last in the transaction. */
  flush?(db: WriteDb, batch: ChangeBatch): void;
}
