/**
 * Near-duplicate links as a derived dataset: each article's MinHash signature (computed on the
 * extraction worker at ingest), its LSH band hashes (to find candidates by index, not by
 * comparing every pair), and a link to every earlier article similar enough.
 */
import type { ArticleId } from '../../shared/api';
import type { WriteDb } from '../store/db';
import { bandCandidates, bodiesBetween, bodyOf, clearNearDuplicates, clearNearDuplicatesOf, linkNearDuplicates, putSignature, signatureOf } from '../store/queries/duplicates';
import { bandHashes, signature, similarity } from '../text/minhash';
import type { DerivedDataset } from './dataset';

/**
 * Estimated Jaccard similarity of word 5-shingles at or above which two articles are linked as
 * twins. Wire copy that one outlet trimmed or retitled stays well above it; two reports of the
 * same event in their own words stay far below (they share names, not runs of five words).
 */
export const TWIN_THRESHOLD = 0.5;

/** Most candidates compared per article; a band shared by thousands is boilerplate, not a twin. */
const MAX_CANDIDATES = 200;

/**
 * Version of the signatures: bump it when `text/minhash.ts` or its folding changes the hashes.
 * 2: the one fold (`foldText`) folds `ß` to `ss`, as search always did. 3: and `ı`, `ł`, `ø` … to bare letters.
 */
export const NEAR_DUPLICATES_VERSION = 3;

/**
 * Stores an article's signature and band hashes, and links it to every earlier article whose
 * estimated similarity clears `TWIN_THRESHOLD`. Call inside the write transaction.
 */
export function indexNearDuplicates(db: WriteDb, id: ArticleId, sig: Uint32Array | null, isNew = false): void {
  // A new article has nothing to replace; skipping three deletes matters on a 10k import.
  if (!isNew) clearNearDuplicatesOf(db, id);
  if (!sig) return;
  const bands = bandHashes(sig);
  for (const other of bandCandidates(db, bands, id, MAX_CANDIDATES)) {
    const theirs = signatureOf(db, other);
    if (!theirs) continue;
    const s = similarity(sig, theirs);
    if (s >= TWIN_THRESHOLD) linkNearDuplicates(db, id, other, s);
  }
  putSignature(db, id, sig, bands);
}

/** The near-duplicate links, declared for `core/derived`. */
export const nearDuplicatesDataset: DerivedDataset = {
  name: 'near-duplicates',
  version: NEAR_DUPLICATES_VERSION,
  clear: clearNearDuplicates,
  build(db, range) {
    // The body as stored (blocks joined by blank lines) has the words ingest hashed.
    for (const r of bodiesBetween(db, range.after, range.upTo)) indexNearDuplicates(db, r.id, signature(r.body), true);
  },
  onChange(db, change) {
    if (change.kind === 'added') indexNearDuplicates(db, change.id, change.signature, true);
    else if (change.kind === 'extracted') indexNearDuplicates(db, change.id, change.signature);
    else if (change.kind === 'trashed') clearNearDuplicatesOf(db, change.id);
    else if (change.kind === 'restored') {
      const r = bodyOf(db, change.id);
      if (r !== undefined) indexNearDuplicates(db, change.id, signature(r));
    }
  },
};
