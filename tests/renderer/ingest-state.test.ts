import { describe, expect, it } from 'vitest';
import { IngestState, PROGRESS_DELAY_MS } from '../../src/renderer/src/lib/state/ingest.svelte';
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

const file = (name: string, text: string) => ({ name, arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer });

describe('IngestState', () => {
  it('sends files as base64 with a job id of its own and keeps the report', async () => {
    const client = new FakeClient();
    client.nextReport = { ...emptyReport(), skipped: [{ name: 'x.bin', code: 'UNSUPPORTED', reason: 'not text', reasonCoded: notice('ingest.file-nul-bytes', { name: 'x.bin' }) }] };
    const ingest = new IngestState({ api: client, makeJobId: () => 'job-1' });
    const report = await ingest.importFiles([file('ä.txt', 'Grüße')]);
    expect(report?.skipped).toHaveLength(1);
    expect(ingest.report).toBe(client.nextReport);
    expect(client.calls[0]).toEqual({
      method: 'ingestFiles',
      args: [[{ name: 'ä.txt', dataBase64: Buffer.from('Grüße').toString('base64') }], { jobId: 'job-1' }],
    });
    expect(ingest.isRunning).toBe(false);
  });

  it('shows progress only after the delay, and only for its own job', async () => {
    const client = new FakeClient();
    let finish: (() => void) | null = null;
    const api = { ...client, ingestFiles: () => new Promise<ReturnType<typeof emptyReport>>((r) => (finish = () => r(emptyReport()))), ingestText: client.ingestText.bind(client) };
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

    ingest.handleEvent({ type: 'ingestProgress', jobId: 'other' as never, done: 9, total: 10, current: 'x' });
    expect(ingest.progress).toBeNull();
    ingest.handleEvent({ type: 'ingestProgress', jobId: 'mine' as never, done: 1, total: 4, current: 'a.txt' });
    expect(ingest.fraction).toBe(0.25);

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
});
