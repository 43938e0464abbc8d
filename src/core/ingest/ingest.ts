import type { ParallaxEvent } from '../../shared/events';
import type { FileUpload, IngestReport, JobId, TextInput } from '../../shared/types';
import type { WriteDb } from '../store/db';
import { collectInputs } from './inputs';
import { prepareArticle, type PreparedArticle } from './prepare';
import { bufferInputs, readFileInputs, type InputItem } from './read-input';
import { writeBatch } from './write';

/** What an ingest run needs from its host. */
export interface IngestContext {
  db: WriteDb;
  emit: (event: ParallaxEvent) => void;
  jobId: JobId | null;
}

/**
 * Articles written per transaction. Large enough that commit cost vanishes, small enough that
 * other calls get a turn between batches and a crash loses at most one batch.
 */
const BATCH_SIZE = 250;

/** Progress is sent at most this often, so a fast ingest does not flood the window. */
const PROGRESS_INTERVAL_MS = 100;

/** Ingests files and folders from the file system. */
export async function ingestPaths(ctx: IngestContext, paths: string[]): Promise<IngestReport> {
  const { files, skipped } = collectInputs(paths);
  const total = files.reduce((n, f) => n + f.size, 0);
  async function* items(): AsyncGenerator<{ item: InputItem; current: string }> {
    for (const f of files) for await (const item of readFileInputs(f.path, f.name, f.size)) yield { item, current: f.name };
  }
  return run(ctx, items(), total, skipped);
}

/** Ingests files handed over as bytes. */
export async function ingestUploads(ctx: IngestContext, uploads: { name: string; bytes: Uint8Array }[]): Promise<IngestReport> {
  const total = uploads.reduce((n, u) => n + u.bytes.byteLength, 0);
  async function* items(): AsyncGenerator<{ item: InputItem; current: string }> {
    for (const u of uploads) for (const item of bufferInputs(u.bytes, u.name, null)) yield { item, current: u.name };
  }
  return run(ctx, items(), total, []);
}

/** Decodes uploads' base64; a malformed upload throws `BAD_INPUT` from validation before this. */
export function decodeUploads(files: FileUpload[]): { name: string; bytes: Uint8Array }[] {
  return files.map((f) => ({ name: f.name, bytes: Buffer.from(f.dataBase64, 'base64') }));
}

/** Ingests pasted text as one article. */
export async function ingestText(ctx: IngestContext, input: TextInput): Promise<IngestReport> {
  const name = input.name?.trim() || 'Pasted text';
  const bytes = Buffer.from(input.text, 'utf8');
  const report = await ingestUploads(ctx, [{ name, bytes }]);
  return report;
}

async function run(
  ctx: IngestContext,
  items: AsyncIterable<{ item: InputItem; current: string }>,
  total: number,
  preSkipped: IngestReport['skipped'],
): Promise<IngestReport> {
  const started = Date.now();
  const report: IngestReport = { added: [], present: [], skipped: [...preSkipped], warnings: [], durationMs: 0 };
  let done = 0;
  let lastProgress = 0;
  let current = '';
  let batch: PreparedArticle[] = [];
  const progress = (force: boolean) => {
    const now = Date.now();
    if (!force && now - lastProgress < PROGRESS_INTERVAL_MS) return;
    lastProgress = now;
    ctx.emit({ type: 'ingestProgress', jobId: ctx.jobId, done, total, current });
  };
  const flush = async () => {
    if (batch.length === 0) return;
    writeBatch(ctx.db, batch, report);
    batch = [];
    progress(false);
    // Give other calls on this thread (listing, reading) a turn between batches.
    await new Promise((r) => setImmediate(r));
  };
  progress(true);
  for await (const { item, current: name } of items) {
    current = name;
    done += item.bytes;
    if ('skip' in item) {
      report.skipped.push(item.skip);
      continue;
    }
    try {
      batch.push(prepareArticle(item.input));
    } catch (e) {
      report.skipped.push({
        name: item.input.name,
        ...(item.input.locator ? { locator: item.input.locator } : {}),
        code: 'INTERNAL',
        reason: `ingest: extraction failed for "${item.input.name}" (${(e as Error).message})`,
      });
    }
    if (batch.length >= BATCH_SIZE) await flush();
    else progress(false);
  }
  await flush();
  done = total;
  report.durationMs = Date.now() - started;
  progress(true);
  ctx.emit({ type: 'ingestDone', jobId: ctx.jobId, report });
  if (report.added.length > 0) ctx.emit({ type: 'libraryChanged' });
  return report;
}
