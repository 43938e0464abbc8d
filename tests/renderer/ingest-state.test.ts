import { describe, expect, it } from 'vitest';
import type { JobId, UploadId } from '../../src/shared/api';
import { MAX_UPLOADS } from '../../src/shared/api';
import { IngestState, PIECE_BYTES, PROGRESS_DELAY_MS, visibleFiles } from '../../src/renderer/src/lib/state/ingest.svelte';
import { bytesToBase64 } from '../../src/renderer/src/lib/base64';
import { FakeClient, emptyReport } from './fake-client';
import { notice } from '../../src/shared/api/notices';

function manualTimers() {
  const pending: { fn: () => void; ms: number }[] = [];
  return {
    pending,
    setTimer: (fn: () => void, ms: number) => pending.push({ fn, ms }),
    clearTimer: () => void pending.splice(0),
    fire: () => pending.splice(0).forEach((t) => t.fn()),
  };
}

/** The upload part of the contract on a fake client, with some methods of a test's own. */
function ingestApi(client: FakeClient, own: Partial<Pick<FakeClient, 'beginUpload' | 'appendUpload' | 'discardUpload' | 'ingestUploads' | 'ingestText' | 'cancelIngest'>>) {
  return {
    beginUpload: client.beginUpload.bind(client),
    appendUpload: client.appendUpload.bind(client),
    discardUpload: client.discardUpload.bind(client),
    ingestUploads: client.ingestUploads.bind(client),
    ingestText: client.ingestText.bind(client),
    cancelIngest: client.cancelIngest.bind(client),
    ...own,
  };
}

/** A `File`-like of these bytes. */
const file = (name: string, content: string | Uint8Array) => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.length, slice: (a: number, b: number) => ({ arrayBuffer: async () => bytes.slice(a, b).buffer as ArrayBuffer }) };
};

describe('IngestState', () => {
  it('sends each file in pieces, then ingests them under a job id of its own, and keeps the report', async () => {
    const client = new FakeClient();
    client.nextReport = { ...emptyReport(), skipped: [{ name: 'x.bin', code: 'UNSUPPORTED', reason: 'not text', reasonCoded: notice('ingest.file-nul-bytes', { name: 'x.bin' }) }] };
    const ingest = new IngestState({ api: client, makeJobId: () => 'job-1' });
    const big = new Uint8Array(2 * PIECE_BYTES + 10).map((_, i) => i % 251);
    const report = await ingest.importFiles([file('ä.txt', 'Grüße'), file('big.jsonl', big)]);
    expect(report?.skipped).toHaveLength(1);
    expect(ingest.report).toBe(client.nextReport);
    expect(client.calls.map((c) => c.method)).toEqual(['beginUpload', 'appendUpload', 'beginUpload', 'appendUpload', 'appendUpload', 'appendUpload', 'ingestUploads']);
    expect(client.callsOf('beginUpload')[0]!.args).toEqual([{ name: 'ä.txt', size: 7 }]);
    expect(client.callsOf('appendUpload').every((c) => (c.args[1] as string).length <= Math.ceil(PIECE_BYTES / 3) * 4)).toBe(true);
    expect(Buffer.from(client.uploads.get('up2')!.data, 'latin1').equals(Buffer.from(big))).toBe(true);
    expect(client.callsOf('ingestUploads')[0]!.args).toEqual([['up1', 'up2'], { jobId: 'job-1' }]);
    expect(ingest.isRunning).toBe(false);
  });

  it('does not send the bytes of a file the library refuses for its size alone', async () => {
    const client = new FakeClient();
    const ingest = new IngestState({ api: client, makeJobId: () => 'job-1' });
    const huge = { name: 'riesig.txt', size: 200 * 1024 * 1024, slice: () => ({ arrayBuffer: async () => { throw new Error('read the 200 MB file'); } }) };
    await ingest.importFiles([huge, file('klein.txt', 'Grüße')]);
    expect(client.calls.map((c) => c.method)).toEqual(['beginUpload', 'beginUpload', 'appendUpload', 'ingestUploads']);
    expect(client.callsOf('beginUpload')[0]!.args).toEqual([{ name: 'riesig.txt', size: 200 * 1024 * 1024 }]);
  });

  it('more files than the library stages at once: sends and imports them in rounds of at most that many, with one bar, one count and one report', async () => {
    const client = new FakeClient();
    const seen: { fraction: number | null; count: string | undefined }[] = [];
    /** How many files the window says are sent, as each file begins. */
    const sentAtBegin: string[] = [];
    let ingest: IngestState | null = null;
    const api = ingestApi(client, {
      beginUpload: async (f: { name: string; size: number }) => {
        const sent = ingest?.filesSent;
        sentAtBegin.push(sent ? `${sent.done}/${sent.total}` : '-');
        return client.beginUpload(f);
      },
      ingestUploads: async (ids: UploadId[], options?: unknown) => {
        await client.ingestUploads(ids, options);
        // Half of this round read: the bar stands at half of this round's share of the whole.
        const half = Math.floor(ids.length / 2);
        ingest!.handleEvent({ type: 'ingestProgress', jobId: 'job-1' as JobId, phase: 'importing', done: 1, total: 2, current: '', reports: half, reportsTotal: ids.length });
        const s = ingest!.reportsSoFar;
        seen.push({ fraction: ingest!.fraction, count: s ? `${s.reports}/${s.total ?? '?'}` : undefined });
        return { ...emptyReport(), durationMs: 1000, added: ids.map((id) => ({ id, title: id, outlet: null }) as never) };
      },
    });
    ingest = new IngestState({ api, makeJobId: () => 'job-1' });
    const many = Array.from({ length: MAX_UPLOADS * 2 + 4 }, (_, i) => file(`r${i}.txt`, 'x'));
    const report = await ingest.importFiles(many);
    expect(client.callsOf('ingestUploads').map((c) => (c.args[0] as string[]).length)).toEqual([MAX_UPLOADS, MAX_UPLOADS, 4]);
    expect(client.callsOf('ingestUploads').every((c) => (c.args[1] as { jobId: string }).jobId === 'job-1')).toBe(true);
    // Each round weighs its files: the last 4 of 20,004 are not a third of the bar.
    const all = MAX_UPLOADS * 2 + 4;
    expect(seen.map((x) => x.fraction)).toEqual([(0.5 * MAX_UPLOADS) / all, (MAX_UPLOADS + 0.5 * MAX_UPLOADS) / all, (2 * MAX_UPLOADS + 0.5 * 4) / all]);
    // One count of files sent over all rounds: the second round goes on from the first.
    expect([sentAtBegin[0], sentAtBegin[1], sentAtBegin[MAX_UPLOADS], sentAtBegin[all - 1]]).toEqual(['-', `1/${all}`, `${MAX_UPLOADS}/${all}`, `${all - 1}/${all}`]);
    expect(ingest.filesSent).toBeNull();
    expect(seen.map((x) => x.count)).toEqual([`${MAX_UPLOADS / 2}/?`, `${MAX_UPLOADS * 1.5}/?`, `${MAX_UPLOADS * 2 + 2}/${MAX_UPLOADS * 2 + 4}`]);
    expect(report?.added).toHaveLength(MAX_UPLOADS * 2 + 4);
    expect(report?.durationMs).toBe(3000);
    expect(ingest.report).toBe(report);
    expect(ingest.isRunning).toBe(false);
    expect(ingest.round).toBeNull();
  });

  it('stopped between two rounds: the rounds after it are not sent, and the report says it was stopped', async () => {
    const client = new FakeClient();
    let ingest: IngestState | null = null;
    const api = ingestApi(client, {
      ingestUploads: async (ids: UploadId[], options?: unknown) => {
        await client.ingestUploads(ids, options);
        await ingest!.cancel();
        return { ...emptyReport(), added: ids.map((id) => ({ id, title: id, outlet: null }) as never) };
      },
    });
    ingest = new IngestState({ api, makeJobId: () => 'job-1' });
    const report = await ingest.importFiles(Array.from({ length: MAX_UPLOADS + 1 }, (_, i) => file(`r${i}.txt`, 'x')));
    expect(client.callsOf('ingestUploads')).toHaveLength(1);
    expect(client.callsOf('beginUpload')).toHaveLength(MAX_UPLOADS);
    expect(report?.added).toHaveLength(MAX_UPLOADS);
    expect(report?.cancelled).toBe(true);
    expect(ingest.isRunning).toBe(false);
  });

  it('drops what was sent when sending fails', async () => {
    const client = new FakeClient();
    const { ApiError } = await import('../../src/shared/errors');
    const ingest = new IngestState({
      api: { ...client, beginUpload: client.beginUpload.bind(client), discardUpload: client.discardUpload.bind(client), ingestText: client.ingestText.bind(client), ingestUploads: client.ingestUploads.bind(client), cancelIngest: client.cancelIngest.bind(client), appendUpload: async () => Promise.reject(new ApiError('BAD_INPUT', 'ingest: no')) },
    });
    await expect(ingest.importFiles([file('a.txt', 'a')])).rejects.toThrow('ingest: no');
    expect(client.callsOf('discardUpload').map((c) => c.args[0])).toEqual(['up1']);
    expect(ingest.sending).toBeNull();
  });

  it('shows progress only after the delay, and only for its own job', async () => {
    const client = new FakeClient();
    let finish: (() => void) | null = null;
    const api = {
      beginUpload: client.beginUpload.bind(client),
      appendUpload: client.appendUpload.bind(client),
      discardUpload: client.discardUpload.bind(client),
      ingestUploads: () => new Promise<ReturnType<typeof emptyReport>>((r) => (finish = () => r(emptyReport()))),
      ingestText: client.ingestText.bind(client),
      cancelIngest: client.cancelIngest.bind(client),
    };
    const timers = manualTimers();
    const ingest = new IngestState({ api, makeJobId: () => 'mine', ...timers });
    const running = ingest.importFiles([file('a.txt', 'a')]);
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(ingest.isRunning).toBe(true);
    expect(ingest.showProgress).toBe(false);
    expect(timers.pending[0]?.ms).toBe(PROGRESS_DELAY_MS);
    timers.fire();
    expect(ingest.showProgress).toBe(true);

    ingest.handleEvent({ type: 'ingestProgress', phase: 'importing', jobId: 'other' as never, done: 9, total: 10, current: 'x', reports: 9, reportsTotal: 10 });
    expect(ingest.progress).toBeNull();
    // The bar follows reports when their number is known, bytes only when it is not.
    ingest.handleEvent({ type: 'ingestProgress', phase: 'importing', jobId: 'mine' as never, done: 1, total: 4, current: 'a.txt', reports: 3, reportsTotal: 4 });
    expect(ingest.fraction).toBe(0.75);
    ingest.handleEvent({ type: 'ingestProgress', phase: 'importing', jobId: 'mine' as never, done: 1, total: 4, current: 'a.txt', reports: 3, reportsTotal: null });
    expect(ingest.fraction).toBe(0.25);
    // While the library counts the reports, the bar follows the bytes counted.
    ingest.handleEvent({ type: 'ingestProgress', phase: 'counting', jobId: 'mine' as never, done: 3, total: 4, current: 'a.txt', reports: 700, reportsTotal: null });
    expect(ingest.fraction).toBe(0.75);
    // A report counts half once extracted, whole once written: the bar moves with either.
    ingest.handleEvent({ type: 'ingestProgress', phase: 'importing', jobId: 'mine' as never, done: 4, total: 4, current: 'a.txt', reports: 0, extracted: 100, reportsTotal: 1000 });
    expect(ingest.fraction).toBe(0.05);
    ingest.handleEvent({ type: 'ingestProgress', phase: 'importing', jobId: 'mine' as never, done: 4, total: 4, current: 'a.txt', reports: 100, extracted: 300, reportsTotal: 1000 });
    expect(ingest.fraction).toBe(0.2);

    (finish as (() => void) | null)?.();
    await running;
    expect(ingest.showProgress).toBe(false);
    expect(ingest.progress).toBeNull();
  });

  it('does nothing for no files or blank text', async () => {
    const client = new FakeClient();
    const ingest = new IngestState({ api: client });
    expect(await ingest.importFiles([])).toBeNull();
    expect(await ingest.addText({ text: '  \n' })).toBeNull();
    expect(client.calls).toEqual([]);
  });

  it('rejects with the API error and stops running', async () => {
    const client = new FakeClient();
    const { ApiError } = await import('../../src/shared/errors');
    client.failWith = new ApiError('TOO_LARGE', 'ingest: too big');
    const ingest = new IngestState({ api: client, makeJobId: () => 'j' });
    await expect(ingest.addText({ text: 'x' })).rejects.toThrow('ingest: too big');
    expect(ingest.isRunning).toBe(false);
  });
});

describe('bytesToBase64', () => {
  it('matches Node for large inputs (chunked)', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('stops while sending: no more pieces, nothing read, what was sent dropped, the report says stopped', async () => {
    const client = new FakeClient();
    const ingest = new IngestState({ api: client, makeJobId: () => 'job-s' });
    const big = new Uint8Array(3 * PIECE_BYTES);
    const append = client.appendUpload.bind(client);
    let pieces = 0;
    client.appendUpload = async (id, piece) => {
      if (++pieces === 1) void ingest.cancel();
      return append(id, piece);
    };
    const report = await ingest.importFiles([file('big.jsonl', big), file('b.txt', 'b')]);
    expect(report?.cancelled).toBe(true);
    expect(ingest.report?.cancelled).toBe(true);
    expect(client.callsOf('appendUpload')).toHaveLength(1);
    expect(client.callsOf('beginUpload')).toHaveLength(1);
    expect(client.callsOf('ingestUploads')).toHaveLength(0);
    expect(client.callsOf('cancelIngest')).toHaveLength(0);
    expect(client.callsOf('discardUpload').map((c) => c.args[0])).toEqual(['up1']);
    expect(ingest.isRunning).toBe(false);
    expect(ingest.stopping).toBe(false);
  });

  it('stops while the library reads: asks the library to stop its job, again on its progress until it took it', async () => {
    const client = new FakeClient();
    let finish: (() => void) | null = null;
    let heard = false;
    const api = {
      beginUpload: client.beginUpload.bind(client),
      appendUpload: client.appendUpload.bind(client),
      discardUpload: client.discardUpload.bind(client),
      ingestUploads: () => new Promise<ReturnType<typeof emptyReport>>((r) => (finish = () => r({ ...emptyReport(), cancelled: true }))),
      ingestText: client.ingestText.bind(client),
      // The first ask comes before the library registered the job.
      cancelIngest: async (jobId: unknown) => {
        await client.cancelIngest(jobId);
        const was = heard;
        heard = true;
        return was;
      },
    };
    const ingest = new IngestState({ api, makeJobId: () => 'job-r' });
    const done = ingest.importFiles([file('a.jsonl', 'x')]);
    await new Promise((r) => setTimeout(r, 0));
    expect(ingest.sending).toBeNull();
    await ingest.cancel();
    expect(client.callsOf('cancelIngest').map((c) => c.args[0])).toEqual(['job-r']);
    const progress = { type: 'ingestProgress', phase: 'importing', jobId: 'job-r', done: 1, total: 10, current: 'a.jsonl', reports: 1, reportsTotal: 10 } as const;
    ingest.handleEvent(progress as never);
    await new Promise((r) => setTimeout(r, 0));
    ingest.handleEvent(progress as never);
    await new Promise((r) => setTimeout(r, 0));
    // Asked again once, then heard: not a third time.
    expect(client.callsOf('cancelIngest')).toHaveLength(2);
    finish!();
    expect((await done)?.cancelled).toBe(true);
    expect(ingest.stopping).toBe(false);
  });

  it('takes up an import started elsewhere (the desktop menu, another window): shows it, stops it by its id, keeps its report', async () => {
    const client = new FakeClient();
    const timers = manualTimers();
    const ingest = new IngestState({ api: client, setTimer: timers.setTimer, clearTimer: timers.clearTimer });
    const progress = (reports: number) => ({ type: 'ingestProgress', phase: 'importing', jobId: 'menu-1', done: reports, total: 100, current: 'a.jsonl', reports, reportsTotal: 100 }) as const;
    ingest.handleEvent(progress(10) as never);
    expect(ingest.isRunning).toBe(true);
    expect(ingest.progress?.reports).toBe(10);
    expect(ingest.showProgress).toBe(false);
    timers.fire();
    expect(ingest.showProgress).toBe(true);
    await ingest.cancel();
    expect(client.callsOf('cancelIngest').map((c) => c.args[0])).toEqual(['menu-1']);
    // Another job's events meanwhile are not this one's.
    ingest.handleEvent({ ...progress(50), jobId: 'other' } as never);
    expect(ingest.progress?.reports).toBe(10);
    const report = { ...emptyReport(), cancelled: true };
    ingest.handleEvent({ type: 'ingestDone', jobId: 'menu-1', report } as never);
    expect(ingest.report).toBe(report);
    expect(ingest.isRunning).toBe(false);
    expect(ingest.showProgress).toBe(false);
  });

  it('does not take up its own import again when that import’s last events come after its answer', async () => {
    const client = new FakeClient();
    const ingest = new IngestState({ api: client, makeJobId: () => 'job-own' });
    const report = await ingest.addText({ text: 'Ein Bericht.' });
    ingest.handleEvent({ type: 'ingestProgress', phase: 'importing', jobId: 'job-own', done: 1, total: 1, current: 'x', reports: 1, reportsTotal: 1 } as never);
    ingest.handleEvent({ type: 'ingestDone', jobId: 'job-own', report: emptyReport() } as never);
    expect(ingest.isRunning).toBe(false);
    expect(ingest.report).toBe(report);
  });
});

describe('visibleFiles', () => {
  it('leaves out hidden files and whatever lies in hidden folders of a chosen folder', () => {
    const f = (webkitRelativePath: string) => ({ name: webkitRelativePath.split('/').pop()!, webkitRelativePath });
    const files = [f('Recherche/notizen.md'), f('Recherche/.DS_Store'), f('Recherche/.git/HEAD'), f('Recherche/Agenturen/meldung.txt'), { name: 'einzeln.txt' }];
    expect(visibleFiles(files).map((x) => x.name)).toEqual(['notizen.md', 'meldung.txt', 'einzeln.txt']);
  });
});
