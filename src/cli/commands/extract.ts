import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { isApiError } from '../../shared/errors';
import { decodeBytes, detectFormat } from '../../core/ingest/decode';
import { extract } from '../../core/ingest/extract/index';
import { MAX_FILE_BYTES } from '../../core/ingest/read-input';
import { CliError } from '../context';
import { formatArticle } from '../format';
import type { Article, ArticleId } from '../../shared/api';
import { sayError } from '../../shared/i18n';
import { CLI_LANG, cliWords } from '../words';

/**
 * `parallax extract FILE`: what extraction finds in one file, without touching a library.
 * With --json prints the `Extraction` object (the benchmark's contract).
 */
export async function extractCommand(file: string | undefined, flags: { json?: boolean }): Promise<number> {
  if (!file) throw new CliError(cliWords().extractGiveFile, 2);
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) throw new CliError(cliWords().tooLarge('extract', file, MAX_FILE_BYTES / 1024 / 1024));
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(cliWords().cannotRead('extract', file, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }
  const name = basename(file);
  let decoded;
  try {
    decoded = decodeBytes(bytes, name);
  } catch (e) {
    if (isApiError(e)) throw new CliError(sayError(CLI_LANG, e));
    throw e;
  }
  const format = detectFormat(name, decoded.text);
  if (format === 'jsonl' || format === 'json') throw new CliError(cliWords().extractRecords(name));
  const x = extract({ text: decoded.text, format, name });
  if (flags.json) {
    process.stdout.write(JSON.stringify(x) + '\n');
    return 0;
  }
  const asArticle = { ...x, id: cliWords().notInLibrary as ArticleId, excerpt: '', commentCount: x.comments.length, addedAt: '', sourceName: name, overrides: {} } as unknown as Article;
  console.log(formatArticle(asArticle));
  return 0;
}
