import type { ParallaxEvent } from '../../shared/events';
import type { FileUpload, IngestReport, JobId, TextInput } from '../../shared/api';
import type { WriteDb } from '../store/db';
import { collectInputs, type InputFile } from './inputs';
import { inlinePool, workerPool, type ExtractPool, type PrepareOutcome } from './extract-pool';
import { favouringMemory } from '../worker/limits';
import { withWriteCache } from '../store/db';
import type { PrepareInput, PreparedArticle } from './prepare';
import { bufferInputs, countReports, readFileInputs, type InputItem } from './read-input';
import { WRITE_STEPS, writeBatch } from './write';
import { siteKeyOf } from './site-key';
import { templateFor } from '../derived/site-templates/template';
import type { SiteTemplate } from './extract/index';
import { notice } from '../../shared/api/notices';
import { skipOf } from './skip';
import { paced } from '../pace';

/** What an ingest run needs from its host. */
export interface IngestContext {
  db: WriteDb;
  emit: (event: ParallaxEvent) => void;
  jobId: JobId | null;
  /**
   * The built extraction worker; without it extraction runs on this thread, with no time limit
   * (tests and hosts without a worker build).
   */
  extractWorkerFile?: string | undefined;
  /** Per-file extraction time limit; default `FILE_TIME_LIMIT_MS`. */
  timeLimitMs?: number | undefined;
  /** Told, once the import is written, the sites it added pages to (see `refresh-sites.ts`). */
  onSitesAdded?: ((sites: string[]) => void) | undefined;
  /** Asked between inputs and batches: true stops the import there (`cancelIngest`). */
  isCancelled?: (() => boolean) | undefined;
}

/**
 * Articles written per transaction. Large enough that commit cost vanishes, small enough that
 * other calls get a turn between batches and a crash loses at most one batch.
 */
const BATCH_SIZE = 250;

/**
 * Inputs smaller than this in all are extracted by one worker: starting one per core costs
 * more than it saves. Even a single pasted text goes to a worker, so a page that would never
 * finish extracting can be stopped.
 */
const POOL_MIN_BYTES = 2 * 1024 * 1024;

/** Progress is sent at most this often, so a fast ingest does not flood the window. */
const PROGRESS_INTERVAL_MS = 100;

/** Ingests files and folders from the file system. */
export async function ingestPaths(ctx: IngestContext, paths: string[]): Promise<IngestReport> {
  const { files, skipped } = collectInputs(paths);
  return ingestFileList(ctx, files, skipped);
}

/**
 * Ingests files already found, each under its own name (staged uploads keep the name they
 * had on the person's machine). Their reports are counted first, so progress can say
 * "2,400 of 10,000 reports".
 */
export async function ingestFileList(ctx: IngestContext, files: InputFile[], skipped: IngestReport['skipped'] = []): Promise<IngestReport> {
  const total = files.reduce((n, f) => n + f.size, 0);
  let reports: number | null = 0;
  // Counting a big JSON Lines file takes seconds (3.7 s at 570 MB): the window hears it as a
  // phase of its own, moving with the bytes counted, not as a bar stuck at the end of sending.
  let counted = 0;
  const due = paced(PROGRESS_INTERVAL_MS);
  const tell = (current: string, found: number, force: boolean) => {
    if (!due(force)) return;
    ctx.emit({ type: 'ingestProgress', phase: 'counting', jobId: ctx.jobId, done: counted, total, current, reports: found, reportsTotal: null });
  };
  tell(files[0]?.name ?? '', 0, true);
  for (const f of files) {
    if (ctx.isCancelled?.()) break;
    const before = { bytes: counted, reports: reports ?? 0 };
    const n = await countReports(f.path, f.name, (bytes, found) => {
      counted = before.bytes + bytes;
      tell(f.name, before.reports + found, false);
    });
    counted = before.bytes + f.size;
    reports = n === null || reports === null ? null : reports + n;
  }
  tell(files.at(-1)?.name ?? '', reports ?? 0, true);
  async function* items(): AsyncGenerator<{ item: InputItem; current: string }> {
    for (const f of files) for await (const item of readFileInputs(f.path, f.name, f.size)) yield { item, current: f.name };
  }
  return run(ctx, items(), total, skipped, reports);
}

/** Ingests files handed over as bytes. */
export async function ingestUploads(ctx: IngestContext, uploads: { name: string; bytes: Uint8Array; format?: TextInput['format'] }[]): Promise<IngestReport> {
  const total = uploads.reduce((n, u) => n + u.bytes.byteLength, 0);
  async function* items(): AsyncGenerator<{ item: InputItem; current: string }> {
    for (const u of uploads) for (const item of bufferInputs(u.bytes, u.name, null, u.format)) yield { item, current: u.name };
  }
  return run(ctx, items(), total, [], null);
}

/** Decodes uploads' base64; a malformed upload throws `BAD_INPUT` from validation before this. */
export function decodeUploads(files: FileUpload[]): { name: string; bytes: Uint8Array }[] {
  return files.map((f) => ({ name: f.name, bytes: Buffer.from(f.dataBase64, 'base64') }));
}

/** Ingests pasted text as one article. */
export async function ingestText(ctx: IngestContext, input: TextInput): Promise<IngestReport> {
  const name = input.name?.trim() || 'Pasted text';
  const bytes = Buffer.from(input.text, 'utf8');
  // 'text' is the dialog's default, not a choice: a whole page's source pasted under it is still found to be HTML.
  const format = input.format === 'html' || input.format === 'markdown' ? input.format : undefined;
  const report = await ingestUploads(ctx, [{ name, bytes, ...(format ? { format } : {}) }]);
  return report;
}

async function run(
  ctx: IngestContext,
  items: AsyncIterable<{ item: InputItem; current: string }>,
  total: number,
  preSkipped: IngestReport['skipped'],
  reportsTotal: number | null,
): Promise<IngestReport> {
  // Extraction runs on workers wherever the host built them (an input that hangs can be
  // stopped); a small job needs one. A large import runs with V8's heaps growing slowly
  // (see favouringMemory).
  const file = ctx.extractWorkerFile;
  if (!file) return runOn(inlinePool(), ctx, items, total, preSkipped, reportsTotal);
  const small = total < POOL_MIN_BYTES;
  const pool = () => workerPool(file, { ...(small ? { size: 1 } : {}), ...(ctx.timeLimitMs ? { timeLimitMs: ctx.timeLimitMs } : {}) });
  if (small) return runOn(pool(), ctx, items, total, preSkipped, reportsTotal);
  return favouringMemory(() => withWriteCache(ctx.db, () => runOn(pool(), ctx, items, total, preSkipped, reportsTotal)), 'slow-growth');
}

async function runOn(
  pool: ExtractPool,
  ctx: IngestContext,
  items: AsyncIterable<{ item: InputItem; current: string }>,
  total: number,
  preSkipped: IngestReport['skipped'],
  reportsTotal: number | null,
): Promise<IngestReport> {
  const started = Date.now();
  const report: IngestReport = { added: [], present: [], skipped: [...preSkipped], warnings: [], durationMs: 0 };
  let done = 0;
  // Reports done (written, present or skipped) and extracted (or skipped): told as each one
  // finishes, by the extraction worker and by the write, so the count moves per report.
  let reports = 0;
  let extracted = 0;
  let current = '';
  let pending: PrepareInput[] = [];
  // Batches being extracted, written strictly in the order they were read.
  const queue: { inputs: PrepareInput[]; outcomes: Promise<PrepareOutcome[]> }[] = [];
  const due = paced(PROGRESS_INTERVAL_MS);
  const progress = (force: boolean) => {
    if (!due(force)) return;
    ctx.emit({ type: 'ingestProgress', phase: 'importing', jobId: ctx.jobId, done, total, current, reports, extracted: Math.max(extracted, reports), reportsTotal: reportsTotal === null ? null : Math.max(reportsTotal, extracted, reports) });
  };
  // Each page goes to extraction with its site's template as the library holds it now; pages
  // written since change it (and `refreshSiteTemplates` catches up the ones extracted before).
  const templates = new Map<string, SiteTemplate | null>();
  const touchedSites = new Set<string>();
  const withTemplate = (input: PrepareInput): PrepareInput => {
    const site = siteKeyOf(input);
    if (!site) return input;
    let t = templates.get(site);
    if (t === undefined) templates.set(site, (t = templateFor(ctx.db, site)));
    return { ...input, site, template: t };
  };
  const dispatchPending = () => {
    if (pending.length === 0) return;
    const inputs = pending;
    pending = [];
    const onExtracted = (more: number) => {
      extracted += more;
      progress(false);
    };
    queue.push({ inputs, outcomes: pool.prepare(inputs, onExtracted) });
  };
  const writeHead = async () => {
    const head = queue.shift()!;
    let outcomes: PrepareOutcome[];
    try {
      outcomes = await head.outcomes;
    } catch (e) {
      outcomes = head.inputs.map(() => ({ ok: false as const, message: (e as Error).message }));
    }
    const prepared: PreparedArticle[] = [];
    outcomes.forEach((o, i) => {
      if (o.ok) prepared.push(o.value);
      else {
        reports++;
        const input = head.inputs[i]!;
        report.skipped.push(
          o.timedOut
            ? skipOf(input.name, 'TIMEOUT', notice('ingest.timed-out', { name: input.name, locator: input.locator ?? '', seconds: o.seconds ?? 0 }), input.locator)
            : o.outOfMemory
            ? skipOf(input.name, 'TOO_LARGE', notice('ingest.out-of-memory', { name: input.name, locator: input.locator ?? '', megabytes: o.megabytes ?? 0 }), input.locator)
            : skipOf(input.name, 'INTERNAL', notice('ingest.extraction-failed', { name: input.name, detail: o.message }), input.locator),
        );
      }
    });
    if (prepared.length > 0) {
      // The write is one transaction of a second or more under load: told per step of each
      // report from inside it (the window hears it; this thread answers nothing else meanwhile).
      const before = reports;
      let steps = 0;
      writeBatch(ctx.db, prepared, report, () => {
        reports = Math.min(before + prepared.length, before + Math.floor(++steps / WRITE_STEPS));
        progress(false);
      });
      reports = before + prepared.length;
      for (const p of prepared) if (p.site) { templates.delete(p.site.site); touchedSites.add(p.site.site); }
    }
    progress(false);
    // Give other calls on this thread (listing, reading) a turn between batches.
    await new Promise((r) => setImmediate(r));
  };
  const stopped = () => ctx.isCancelled?.() === true;
  try {
    progress(true);
    for await (const { item, current: name } of items) {
      if (stopped()) break;
      current = name;
      done += item.bytes;
      if ('skip' in item) {
        reports++;
        extracted++;
        report.skipped.push(item.skip);
      }
      else pending.push(withTemplate(item.input));
      if (pending.length >= BATCH_SIZE) dispatchPending();
      while (queue.length > pool.parallelism && !stopped()) await writeHead();
      progress(false);
    }
    if (!stopped()) dispatchPending();
    while (queue.length > 0 && !stopped()) await writeHead();
    if (stopped()) {
      // What is still being extracted is dropped whole: no batch is written in part.
      for (const q of queue.splice(0)) q.outcomes.catch(() => undefined);
      report.cancelled = true;
    }
  } finally {
    await pool.close();
  }
  if (!report.cancelled) done = total;
  report.durationMs = Date.now() - started;
  progress(true);
  if (touchedSites.size > 0) ctx.onSitesAdded?.([...touchedSites]);
  ctx.emit({ type: 'ingestDone', jobId: ctx.jobId, report });
  if (report.added.length > 0) ctx.emit({ type: 'libraryChanged' });
  return report;
}
