import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED } from './paths';

/** One JSON Lines record of the shared corpus. */
export interface CorpusRecord {
  id: string;
  category: string;
  title: string;
  text: string;
}

/**
 * The shared German corpus scaled to `n` articles with `../shared/corpus/scale.mjs` (the same
 * bytes every time), cached under bench/.cache. `n` = 1028 is the corpus itself.
 */
export function corpusFile(n: number): string {
  const src = join(SHARED, 'corpus', '10kgnad-test.jsonl');
  if (!existsSync(src)) throw new Error(`bench: the shared corpus is missing (${src})`);
  if (n === 1028) return src;
  const dir = join(ROOT, 'bench', '.cache');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `corpus-${n}.jsonl`);
  if (!existsSync(file)) writeFileSync(file, execFileSync(process.execPath, [join(SHARED, 'corpus', 'scale.mjs'), String(n)], { maxBuffer: 1 << 30 }));
  return file;
}

/** The records of a corpus file. */
export function readCorpus(file: string): CorpusRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusRecord);
}
