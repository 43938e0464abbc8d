import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { WriteDb } from './handles';

/**
 * The library file's mark of a sound close (`NAME.sqlite-checked` beside it), so that a library
 * nothing can have changed since is not read whole again as it opens (`PRAGMA quick_check`: 35 s
 * and ~35 MB at 100k reports, on every open).
 *
 * What proves the file unchanged: not SQLite's header. In WAL mode a commit goes to the `-wal`
 * file and reaches the library file only at a checkpoint, and the header's change counter and
 * page count are not kept current there (SQLite finds changes through the WAL's index), so a
 * page overwritten outside SQLite leaves them as they were. The file system's own record does
 * change with any write that reaches the file: its modification and status-change times (to the
 * nanosecond where the file system keeps them; the status time cannot be set back by a program),
 * its size, its inode (a file replaced by another, a copy, a restored backup). Those, taken once
 * the last connection closed and SQLite removed an emptied log, are the mark. A log left with
 * frames in it (a process killed mid-write, or one still using the file) is never trusted.
 *
 * A run is **sound** when its file was marked as it opened, or when its full check found nothing
 * (`core/damage.ts`); SQLite's own commits through this library's connections and other
 * processes' (the CLI beside the app) do not damage a sound file. What does — bytes written
 * outside SQLite while the library is open — is watched for: a change of the file that no commit
 * of any connection (SQLite's `data_version` for the others, `total_changes()` for this one) nor
 * any change of the log accounts for, in one look or the one before it, marks the run unsound.
 * A sound run that met no damage marks the file again as it closes (`closeSealed`); the mark is
 * taken away as a library opens, so a run that ends without closing (a crash) leaves none.
 */

/** Of the mark's format: another value is no mark. */
const MARK_VERSION = 1;

/** How long after the file's last change its mark waits: a write in the same clock tick as the last one may keep its times. */
const SETTLE_MS = 50;

/** The mark's file beside a library. */
export function markPath(path: string): string {
  return `${path}-checked`;
}

/** A file as the file system records it; every write that reaches the file changes one of these. */
interface FileIdentity {
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
  ctimeNs: string;
}

function identityOf(path: string): FileIdentity | null {
  const st = statSync(path, { bigint: true, throwIfNoEntry: false });
  if (!st) return null;
  return { dev: String(st.dev), ino: String(st.ino), size: String(st.size), mtimeNs: String(st.mtimeNs), ctimeNs: String(st.ctimeNs) };
}

function sameIdentity(a: FileIdentity | null, b: FileIdentity | null): boolean {
  if (a === null || b === null) return a === b;
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

/** The log's size and time ('' when there is none): it changes with every commit of any connection. */
function logState(path: string): string {
  const st = statSync(`${path}-wal`, { bigint: true, throwIfNoEntry: false });
  return st ? `${st.size}/${st.mtimeNs}` : '';
}

/** Frames no checkpoint copied yet (WAL), or a rollback journal: a crash, or another process at work. */
function logHasContent(path: string): boolean {
  for (const suffix of ['-wal', '-journal']) {
    const st = statSync(`${path}${suffix}`, { throwIfNoEntry: false });
    if (st && st.size > 0) return true;
  }
  return false;
}

/**
 * Whether the library at `path` is as a sound run left it (its mark matches the file, and no log
 * holds frames); the mark is taken away either way. Call before the library is opened.
 */
export function takeMark(path: string): boolean {
  type Mark = { v?: unknown; file?: FileIdentity } | null;
  let mark: Mark;
  try {
    mark = JSON.parse(readFileSync(markPath(path), 'utf8')) as Mark;
  } catch {
    return false;
  }
  try {
    rmSync(markPath(path), { force: true });
  } catch {
    // A folder that cannot be written: the library cannot be either, so its times stay as marked.
  }
  if (mark?.v !== MARK_VERSION || !mark.file) return false;
  return !logHasContent(path) && sameIdentity(mark.file, identityOf(path));
}

/** Marks the closed library at `path` unchanged since a sound run; nothing when a log is left (another connection still open) or the file moves meanwhile. */
function writeMark(path: string): void {
  if (logHasContent(path)) return;
  let file = identityOf(path);
  if (!file) return;
  const age = Date.now() - Number(BigInt(file.mtimeNs) / 1_000_000n);
  if (age < SETTLE_MS) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLE_MS - Math.max(0, age));
    const again = identityOf(path);
    if (!sameIdentity(file, again)) return;
    file = again;
  }
  try {
    const tmp = `${markPath(path)}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ v: MARK_VERSION, file }));
    renameSync(tmp, markPath(path));
  } catch {
    // Best effort: with no mark the next open checks the whole file, as before.
  }
}

interface Look {
  file: FileIdentity | null;
  log: string;
  version: number;
  changes: number;
}

/** A library's run between its open and close, as far as its mark is concerned. */
export class SealRun {
  /** Unchanged since a sound run as it opened: nothing to check. */
  readonly markedAtOpen: boolean;
  private checkedSound = false;
  private damaged = false;
  private foreign = false;
  private last: Look | null;
  private movedBefore = false;

  constructor(
    private readonly db: WriteDb,
    private readonly path: string,
    markedAtOpen: boolean,
  ) {
    this.markedAtOpen = markedAtOpen;
    this.last = this.read();
  }

  /** The full check found nothing wrong. */
  checked(): void {
    this.checkedSound = true;
  }

  /** Damage was found: this run leaves no mark. */
  damageFound(): void {
    this.damaged = true;
  }

  /** Whether closing now would mark the file. */
  get sound(): boolean {
    return (this.markedAtOpen || this.checkedSound) && !this.damaged && !this.foreign;
  }

  /**
   * Looks whether the file changed with no commit or log change to account for it, since the
   * last look or the one before (a checkpoint of another thread's commit may come a look later).
   */
  look(): void {
    if (!this.db.open || this.last === null) return;
    const now = this.read();
    if (now === null) return;
    const moved = now.log !== this.last.log || now.version !== this.last.version || now.changes !== this.last.changes;
    if (!sameIdentity(now.file, this.last.file) && !moved && !this.movedBefore) this.foreign = true;
    this.movedBefore = moved;
    this.last = now;
  }

  private read(): Look | null {
    try {
      // The file first: a commit before it shows in the counters read after.
      const file = identityOf(this.path);
      const log = logState(this.path);
      const version = this.db.pragma('data_version', { simple: true }) as number;
      const changes = this.db.prepare('SELECT total_changes()').pluck().get() as number;
      return { file, log, version, changes };
    } catch {
      // A file too damaged or locked to read its counters: that run is not sound to mark.
      this.foreign = true;
      return null;
    }
  }

  /** The last look, the close (its checkpoint is this run's own), and the mark if the run was sound. */
  close(): void {
    if (!this.db.open) return;
    this.look();
    const sound = this.sound;
    this.db.close();
    if (sound) writeMark(this.path);
  }
}

const runs = new WeakMap<WriteDb, SealRun>();

/** Starts the run of `db`, opened on `path` after `takeMark(path)` said `markedAtOpen`. */
export function beginSealRun(db: WriteDb, path: string, markedAtOpen: boolean): SealRun {
  const run = new SealRun(db, path, markedAtOpen);
  runs.set(db, run);
  return run;
}

/** The run of a library opened with `beginSealRun`; undefined for one opened otherwise (tests, a rescue's target). */
export function sealRunOf(db: WriteDb): SealRun | undefined {
  return runs.get(db);
}

/**
 * Closes a library, marking it unchanged when its run was sound (see the file's comment); a
 * library opened without a run is closed as it is.
 */
export function closeSealed(db: WriteDb): void {
  const run = runs.get(db);
  if (run) run.close();
  else if (db.open) db.close();
}

/** Looks at the file every `everyMs` while the library is open (hosts that keep it open for long). Returns the stop. */
export function watchSealRun(db: WriteDb, everyMs: number): () => void {
  const run = runs.get(db);
  if (!run) return () => {};
  const timer = setInterval(() => {
    if (!db.open) return clearInterval(timer);
    run.look();
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
