import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/core/ingest/ingest';
import { openLibrary } from '../../../src/core/library';
import { editArticleText } from '../../../src/core/edit-text';
import { addAnnotation } from '../../../src/core/annotate/annotations';
import { listAnnotations } from '../../../src/core/store/queries/annotations';
import { getArticle } from '../../../src/core/store/queries/article-reads';
import { MAX_SENTENCE_CHARS } from '../../../src/core/ingest/dates/mentions';
import type { ArticleId } from '../../../src/shared/api';
import type { WriteDb } from '../../../src/core/store/db';
import { isApiError } from '../../../src/shared/errors';
import { ROOT, tempDir } from '../../support/temp';

/**
 * A person's edit of a report's text is extracted as an import's file is: on the extraction
 * helper, within the per-file limits, and stored only when that worked. An edit past the limits
 * is refused and the report stays as it was; a large edit full of dates stays small in memory.
 */
const tmp = tempDir('parallax-edit-limits-');
let workerFile: string;
const ORIGINAL = 'Gemeinderat tagt\n\nAm 12. April 2025 beschloss der Gemeinderat von Graz das neue Budget. Die Opposition stimmte dagegen.\n';

beforeAll(async () => {
  workerFile = join(tmp.dir, 'extract-worker.mjs');
  await build({ entryPoints: [join(ROOT, 'src/core/worker/extract-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: workerFile, logLevel: 'error' });
  writeFileSync(join(tmp.dir, 'bericht.txt'), ORIGINAL);
});
afterAll(() => tmp.cleanup());

async function library(name: string): Promise<{ db: WriteDb; id: ArticleId }> {
  const db = await openLibrary({ path: join(tmp.dir, `${name}.sqlite`), seedDir: null });
  const report = await ingestPaths({ db, emit: () => {}, jobId: null }, [join(tmp.dir, 'bericht.txt')]);
  return { db, id: report.added[0]!.articleId };
}

/** Thousands of dates in one run of text without a sentence break. */
function datesWithoutStops(n: number): string {
  const months = ['January', 'March', 'May', 'July', 'September', 'November'];
  return 'Council minutes\n\n' + Array.from({ length: n }, (_, i) => `and on ${months[i % 6]} ${(i % 28) + 1}, 2024 district ${i} met again`).join(' ') + '\n';
}

describe('editing a report text', () => {
  it('refuses an edit extraction cannot read within the per-file limit, and changes nothing', async () => {
    const { db, id } = await library('refused');
    try {
      const before = getArticle(db, id)!;
      const start = before.text.indexOf('beschloss');
      addAnnotation(db, { articleId: id, start, end: start + 'beschloss'.length, note: 'merken' });
      // A limit no extraction of this text meets: the refusal is the one a too-large edit gets.
      const err = await editArticleText(db, id, datesWithoutStops(20_000), { extractWorkerFile: workerFile, timeLimitMs: 1 }).then(() => null, (e: unknown) => e);
      expect(isApiError(err) && err.code).toBe('TOO_LARGE');
      expect(isApiError(err) && err.messageCoded?.code).toBe('edit.timed-out');
      const after = getArticle(db, id)!;
      expect(after.text).toBe(before.text);
      expect(after.dateMentions).toEqual(before.dateMentions);
      expect((db.prepare('SELECT edited_text FROM articles WHERE id = ?').get(id) as { edited_text: string | null }).edited_text).toBeNull();
      const notes = listAnnotations(db, { articleId: id });
      expect(notes.map((a) => [a.note, a.status, a.position.start])).toEqual([['merken', 'anchored', start]]);
    } finally {
      db.close();
    }
  });

  it('stores a large edit full of dates on the helper, each mention with a bounded sentence', async () => {
    const { db, id } = await library('large');
    try {
      const text = datesWithoutStops(3_000);
      await editArticleText(db, id, text, { extractWorkerFile: workerFile });
      const a = getArticle(db, id)!;
      expect(a.text).toContain('district 2999 met again');
      expect(a.dateMentions.length).toBeGreaterThanOrEqual(3_000);
      for (const m of a.dateMentions) expect(m.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      // What the report's answer carries grows with the text, not with its square.
      expect(JSON.stringify(a.dateMentions).length).toBeLessThan(a.dateMentions.length * (MAX_SENTENCE_CHARS + 200));
      await editArticleText(db, id, null, { extractWorkerFile: workerFile });
      expect(getArticle(db, id)!.text).toContain('beschloss der Gemeinderat');
    } finally {
      db.close();
    }
  });
});
