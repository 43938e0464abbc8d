import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UploadStaging } from '../../../src/core/ingest/uploads';

const openFiles = () => readdirSync('/proc/self/fd').length;
const onLinux = process.platform === 'linux';

describe('UploadStaging', () => {
  let staging: UploadStaging | null = null;
  afterEach(() => staging?.close());

  it('stages a folder of 1,200 files (more than the 1,000 it once took) and hands them over in one call', () => {
    staging = new UploadStaging();
    const ids = Array.from({ length: 1200 }, (_, i) => {
      const id = staging!.begin(`r${i}.txt`, 2);
      staging!.append(id, Buffer.from('ab').toString('base64'));
      return id;
    });
    const files = staging.take(ids);
    expect(files).toHaveLength(1200);
    expect(files[1199]!.name).toBe('r1199.txt');
  });

  it.runIf(onLinux)('holds no open file per staged upload, finished or not', () => {
    staging = new UploadStaging();
    const before = openFiles();
    for (let i = 0; i < 300; i++) {
      const id = staging.begin(`r${i}.txt`, 4);
      staging.append(id, Buffer.from('ab').toString('base64'));
    }
    expect(openFiles() - before).toBeLessThan(5);
  });

  it('takes a file refused for its size as complete, keeping none of what is sent of it', () => {
    staging = new UploadStaging();
    const id = staging.begin('riesig.txt', 200 * 1024 * 1024);
    staging.append(id, Buffer.from('abc').toString('base64'));
    expect(staging.take([id])).toEqual([expect.objectContaining({ name: 'riesig.txt', size: 200 * 1024 * 1024 })]);
    // JSON Lines are streamed at any size: they must arrive whole.
    const lines = staging.begin('riesig.jsonl', 200 * 1024 * 1024);
    expect(() => staging!.take([lines])).toThrow(/not complete/);
  });
});

describe('staging folders of runs that were killed', () => {
  it('are deleted by the next upload; those of live processes, and unnamed ones in use, are kept', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'uploads-sweep-'));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    const dead = join(tmp, 'parallax-uploads-999999999-abc');
    const live = join(tmp, `parallax-uploads-${process.ppid}-def`);
    const other = join(tmp, 'parallax-uploads-xyz');
    const old = join(tmp, 'parallax-uploads-uvw');
    for (const d of [dead, live, other, old]) {
      mkdirSync(d);
      writeFileSync(join(d, 'half-sent'), 'x'.repeat(1000));
    }
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(join(old, 'half-sent'), twoHoursAgo, twoHoursAgo);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    const staging = new UploadStaging();
    try {
      staging.begin('a.txt', 1);
      expect(existsSync(dead)).toBe(false);
      expect(existsSync(live)).toBe(true);
      expect(existsSync(other)).toBe(true);
      expect(existsSync(old)).toBe(false);
      expect(readdirSync(tmp).filter((n) => n.startsWith(`parallax-uploads-${process.pid}-`))).toHaveLength(1);
    } finally {
      staging.close();
      process.env.TMPDIR = before;
      if (before === undefined) delete process.env.TMPDIR;
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
