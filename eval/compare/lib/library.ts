import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParallaxApi } from '../../../src/shared/api';
import type { ArticleId } from '../../../src/shared/api';
import { openLibrary } from '../../../src/core/library';
import type { WriteDb } from '../../../src/core/store/handles';
import { createParallaxService } from '../../../src/core/service';
import type { GoldSet } from './gold';

/** A temporary library holding every gold set, driven only through the public contract. */
export interface EvalLibrary {
  api: ParallaxApi;
  /** `setId/reportKey` → the article it became. */
  ids: Map<string, ArticleId>;
  /** The library itself, for the pair model's trainer (`scripts/train-align`), which looks inside a comparison. */
  db: WriteDb;
  close(): void;
}

/** Ingests every report of every set, one file at a time so each maps to its article. */
export async function buildLibrary(root: string, sets: GoldSet[]): Promise<EvalLibrary> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-eval-'));
  const path = join(dir, 'eval.sqlite');
  const db = await openLibrary({ path, seedDir: null });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: path, version: 'eval' });
  const ids = new Map<string, ArticleId>();
  for (const set of sets) {
    for (const r of set.reports) {
      const rep = await api.ingestPaths([join(root, set.dir, r.file)]);
      const item = rep.added[0] ?? rep.present[0];
      if (!item) throw new Error(`eval: ${set.id}/${r.key} was not ingested: ${rep.skipped.map((s) => s.reason).join('; ')}`);
      ids.set(`${set.id}/${r.key}`, item.articleId);
    }
  }
  return {
    api,
    ids,
    db,
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
