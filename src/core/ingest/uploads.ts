import { appendFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/errors';
import { notice } from '../../shared/api/notices';
import { codedError } from '../../shared/i18n';
import { MAX_UPLOADS, refusedBySize, type UploadId } from '../../shared/api';
import type { InputFile } from './inputs';

/**
 * Files sent in pieces (a browser's or a window's drag and drop, where there are no paths)
 * and staged on disk until they are ingested, so a 300 MB JSON Lines file never sits in
 * memory whole, in one request or one message: each piece is written as it arrives, and the
 * staged file is then read like any file on disk (streamed). Staged files are deleted once
 * ingested or discarded; ones left unfinished for `STALE_MS` go with the next upload.
 */

/** Largest file that can be sent (a JSON Lines archive of a few hundred thousand reports). */
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;
/** Largest piece, as base64 (4 MiB of bytes): small enough for any request and message. */
export const MAX_PIECE_CHARS = Math.ceil((4 * 1024 * 1024) / 3) * 4;
/** An upload nobody added to for this long is dropped (a window closed mid-way). */
const STALE_MS = 60 * 60 * 1000;

interface Staged {
  name: string;
  size: number;
  written: number;
  path: string;
  /** Refused for its size whatever it holds (`refusedBySize`): its pieces are not kept. */
  refused: boolean;
  touched: number;
}

/** Staging folders are `parallax-uploads-<pid>-<random>`, so another run can tell whose they are. */
const STAGING_PREFIX = 'parallax-uploads-';

/**
 * Deletes staging folders whose process is gone: a run killed (kill -9, a crash, a power cut)
 * never reaches its exit handler, and a 200 MB file half sent stayed in the temporary folder
 * for good. A folder of a live process is left alone; one named without a process id (by an
 * earlier version) goes once nothing in it changed for `STALE_MS`, as its run would drop it.
 */
export function sweepOrphans(dir: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const pid = /^parallax-uploads-(\d+)-/.exec(name)?.[1];
    const orphan = pid === undefined ? untouchedFor(join(dir, name), now - STALE_MS) : Number(pid) !== process.pid && !alive(Number(pid));
    if (!orphan) continue;
    try {
      rmSync(join(dir, name), { recursive: true, force: true });
    } catch {
      // Another user's folder (EACCES), or one going as we look: not ours to clear.
    }
  }
}

/** A folder (named by an earlier version, without its process) none of whose files changed since `since`: its run dropped it as stale, or is gone. */
function untouchedFor(path: string, since: number): boolean {
  try {
    if (statSync(path).mtimeMs > since) return false;
    return readdirSync(path).every((f) => statSync(join(path, f)).mtimeMs <= since);
  } catch {
    return false;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, as another user's process.
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function bad(message: string): never {
  throw new ApiError('BAD_INPUT', message);
}

/** The staged uploads of one library. */
export class UploadStaging {
  #dir: string | null = null;
  #uploads = new Map<string, Staged>();
  #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Starts an upload of `size` bytes named `name`; throws `BAD_INPUT` for a bad name or size. */
  begin(name: unknown, size: unknown): UploadId {
    if (typeof name !== 'string' || name.trim() === '' || name.length > 255) bad('ingest: an upload needs a file name of 1 to 255 characters');
    if (!Number.isInteger(size) || (size as number) < 0 || (size as number) > MAX_UPLOAD_BYTES) {
      bad(`ingest: "${name}" must have a size from 0 to ${MAX_UPLOAD_BYTES} bytes`);
    }
    this.#dropStale();
    if (this.#uploads.size >= MAX_UPLOADS) throw codedError('BAD_INPUT', notice('ingest.too-many-files', { count: this.#uploads.size + 1, limit: MAX_UPLOADS }));
    if (!this.#dir) {
      sweepOrphans(tmpdir());
      this.#dir = mkdtempSync(join(tmpdir(), `${STAGING_PREFIX}${process.pid}-`));
      // Nothing staged outlives the process (or the worker thread) that staged it.
      process.once('exit', () => this.close());
    }
    const id = randomUUID();
    const path = join(this.#dir, id);
    const refused = refusedBySize(name, size as number);
    // No descriptor is held between pieces: a folder of thousands of files staged at once
    // would otherwise hold one each and run into the process's limit of open files.
    writeFileSync(path, '');
    this.#uploads.set(id, { name: name.replace(/^.*[\\/]/, '') || name, size: size as number, written: refused ? (size as number) : 0, path, refused, touched: this.#now() });
    return id as UploadId;
  }

  /** Appends a piece (base64) to an upload; throws `BAD_INPUT` for an unknown upload or one it would overfill. */
  append(id: unknown, pieceBase64: unknown): void {
    const u = this.#get(id);
    if (typeof pieceBase64 !== 'string' || pieceBase64.length > MAX_PIECE_CHARS || !/^[A-Za-z0-9+/=]*$/.test(pieceBase64)) {
      bad(`ingest: a piece of "${u.name}" must be base64 of at most ${MAX_PIECE_CHARS} characters`);
    }
    u.touched = this.#now();
    if (u.refused) return;
    const bytes = Buffer.from(pieceBase64, 'base64');
    if (u.written + bytes.length > u.size) {
      this.discard(id);
      bad(`ingest: "${u.name}" got more than the ${u.size} bytes announced; the upload was dropped`);
    }
    appendFileSync(u.path, bytes);
    u.written += bytes.length;
  }

  /**
   * Hands over complete uploads as files to ingest (they stay staged until `release`).
   * Throws `BAD_INPUT` for an unknown or unfinished upload.
   */
  take(ids: unknown): InputFile[] {
    if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_UPLOADS) bad(`ingest: give the ids of 1 to ${MAX_UPLOADS} finished uploads`);
    const files = ids.map((id) => {
      const u = this.#get(id);
      if (u.written !== u.size) bad(`ingest: "${u.name}" is not complete: ${u.written} of ${u.size} bytes arrived`);
      return { path: u.path, name: u.name, size: u.size };
    });
    return files;
  }

  /** Deletes an upload's staged file; an unknown id is ignored. */
  discard(id: unknown): void {
    const u = typeof id === 'string' ? this.#uploads.get(id) : undefined;
    if (!u) return;
    this.#uploads.delete(id as string);
    rmSync(u.path, { force: true });
  }

  /** Deletes every staged file and the staging folder. */
  close(): void {
    for (const id of [...this.#uploads.keys()]) this.discard(id);
    if (this.#dir) rmSync(this.#dir, { recursive: true, force: true });
    this.#dir = null;
  }

  #get(id: unknown): Staged {
    const u = typeof id === 'string' ? this.#uploads.get(id) : undefined;
    if (!u) bad(`ingest: no upload ${JSON.stringify(id)?.slice(0, 60)} (finished, discarded or never begun)`);
    return u;
  }

  #dropStale(): void {
    const now = this.#now();
    for (const [id, u] of this.#uploads) if (now - u.touched > STALE_MS) this.discard(id);
  }
}
