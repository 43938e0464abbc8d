import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { IngestSkip } from '../../shared/api';

/** A file found under the paths given to ingest. */
export interface InputFile {
  path: string;
  name: string;
  size: number;
}

/** File names that are never articles: hidden files and OS clutter. */
const IGNORED = /^(\.|~\$|Thumbs\.db$|desktop\.ini$)/i;

/**
 * Expands files and folders (recursively, following no link twice) into the files to read.
 * A path that does not exist or a folder with nothing readable is reported as skipped.
 */
export function collectInputs(paths: string[]): { files: InputFile[]; skipped: IngestSkip[] } {
  const files: InputFile[] = [];
  const skipped: IngestSkip[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      skipped.push({ name: p, code: 'NOT_FOUND', reason: `ingest: "${p}" does not exist` });
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      walk(abs, files, seen, skipped);
      if (files.length === before) {
        skipped.push({ name: p, code: 'BAD_INPUT', reason: `ingest: folder "${p}" holds no readable files` });
      }
    } else if (st.isFile()) {
      const real = realpathSync(abs);
      if (!seen.has(real)) {
        seen.add(real);
        files.push({ path: abs, name: basename(abs), size: st.size });
      }
    } else {
      skipped.push({ name: p, code: 'UNSUPPORTED', reason: `ingest: "${p}" is not a regular file or folder` });
    }
  }
  return { files, skipped };
}

function walk(dir: string, out: InputFile[], seen: Set<string>, skipped: IngestSkip[]): void {
  const real = realpathSync(dir);
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    skipped.push({ name: dir, code: 'BAD_INPUT', reason: `ingest: cannot read folder "${dir}" (${(e as Error).message})` });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (IGNORED.test(e.name)) continue;
    const p = join(dir, e.name);
    let st;
    try {
      st = e.isSymbolicLink() ? statSync(p) : lstatSync(p);
    } catch {
      continue; // a dangling link: nothing to read
    }
    if (st.isDirectory()) walk(p, out, seen, skipped);
    else if (st.isFile()) {
      const realFile = realpathSync(p);
      if (seen.has(realFile)) continue;
      seen.add(realFile);
      out.push({ path: p, name: e.name, size: st.size });
    }
  }
}
