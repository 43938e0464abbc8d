import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { IngestSkip } from '../../shared/api';
import { notice } from '../../shared/api/notices';
import { skipOf } from './skip';

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
    } catch (e) {
      skipped.push(unreachable(p, e, abs));
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      walk(abs, files, seen, skipped);
      if (files.length === before) {
        skipped.push(skipOf(p, 'BAD_INPUT', notice('ingest.folder-empty', { path: p })));
      }
    } else if (st.isFile()) {
      const real = realpathSync(abs);
      if (!seen.has(real)) {
        seen.add(real);
        files.push({ path: abs, name: basename(abs), size: st.size });
      }
    } else skipped.push(notAFile(p));
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
    skipped.push(skipOf(dir, 'BAD_INPUT', notice('ingest.folder-unreadable', { path: dir, detail: (e as Error).message })));
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (IGNORED.test(e.name)) continue;
    const p = join(dir, e.name);
    let st;
    try {
      st = e.isSymbolicLink() ? statSync(p) : lstatSync(p);
    } catch (err) {
      skipped.push(unreachable(e.name, err, p));
      continue;
    }
    if (st.isDirectory()) walk(p, out, seen, skipped);
    else if (st.isFile()) {
      const realFile = realpathSync(p);
      if (seen.has(realFile)) continue;
      seen.add(realFile);
      out.push({ path: p, name: e.name, size: st.size });
    } else skipped.push(notAFile(e.name));
  }
}

function notAFile(name: string): IngestSkip {
  return skipOf(name, 'UNSUPPORTED', notice('ingest.not-a-file', { path: name }));
}

/** Why `path` (shown as `name`) could not be looked at, in words: missing, a link going nowhere or in a circle, no permission. */
function unreachable(name: string, e: unknown, path = name): IngestSkip {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      if (isLink(path)) return skipOf(name, 'NOT_FOUND', notice('ingest.link-missing', { path: name }));
      return skipOf(name, 'NOT_FOUND', notice('ingest.path-missing', { path: name }));
    case 'ELOOP':
      return skipOf(name, 'BAD_INPUT', notice('ingest.link-loop', { path: name }));
    case 'EACCES':
    case 'EPERM':
      return skipOf(name, 'BAD_INPUT', notice('ingest.no-permission', { path: name }));
    default:
      return skipOf(name, 'BAD_INPUT', notice('ingest.file-unreadable', { name, detail: code ?? (e as Error).message }));
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
