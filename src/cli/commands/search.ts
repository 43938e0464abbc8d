import type { SearchPage, Suggestion } from '../../shared/api';
import { closeLibrary, openLibrary } from '../../core/library';
import { createParallaxService } from '../../core/service';
import { APP_VERSION } from '../../core/version';
import { CliError, libraryPath, PATHS, seedDir } from '../context';
import { formatDate } from '../format';
import { createProgress } from '../progress';
import { say } from '../../shared/i18n';
import { CLI_LANG, cliWords } from '../words';

/** Flags of `search` and `suggest`. */
export interface SearchFlags {
  library?: string;
  json?: boolean;
  limit?: string;
  sort?: string;
  /** search: the last word is read as still being typed (`SearchQuery.typing`). */
  typing?: boolean;
}

async function withApi<T>(flags: SearchFlags, fn: (api: ReturnType<typeof createParallaxService>) => Promise<T>): Promise<T> {
  const path = libraryPath(flags.library);
  const progress = createProgress({ json: !!flags.json, isTTY: !!process.stderr.isTTY, write: (s) => void process.stderr.write(s) });
  const db = await openLibrary({ path, seedDir: seedDir(), extractWorkerFile: PATHS.extractWorker, emit: progress.onOpening });
  progress.end();
  try {
    return await fn(createParallaxService({ db, host: 'cli', libraryPath: path, version: APP_VERSION, extractWorkerFile: PATHS.extractWorker, emit: () => {} }));
  } finally {
    closeLibrary(db);
  }
}

function parseLimit(raw: string | undefined, command: string, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new CliError(cliWords().limitRange(command, max, raw), 2);
  return n;
}

/** A result page as text: one block per hit with its snippets, matches in [brackets]. */
export function formatSearchPage(page: SearchPage): string {
  const w = cliWords();
  const out: string[] = [];
  for (const n of page.noticesCoded) out.push(w.searchNote(say(CLI_LANG, n)));
  for (const a of page.also ?? []) out.push(w.alsoSearched(a.word, a.spellings.join(', ')));
  if (page.hits.length === 0) {
    out.push(w.noMatches + (page.didYouMean ? w.didYouMean(page.didYouMean) : ''));
    return out.join('\n');
  }
  out.push(w.resultCount(page.total, page.tookMs), '');
  for (const h of page.hits) {
    const a = h.article;
    out.push(`${a.id}  ${formatDate(a.published).padEnd(17)}  ${(a.site ?? '').padEnd(12).slice(0, 12)}  ${a.title}${h.hitCount > 0 ? `  ${w.hitCount(h.hitCount)}` : ''}`);
    for (const s of h.snippets) {
      if (s.field === 'title') continue;
      let text = '';
      let at = 0;
      for (const [b, e] of s.highlights) {
        text += `${s.text.slice(at, b)}[${s.text.slice(b, e)}]`;
        at = e;
      }
      out.push(`    ${w.snippetField(s.field)}: ${text + s.text.slice(at)}`);
    }
  }
  return out.join('\n');
}

/** `parallax search QUERY [--json] [--limit N] [--sort S] [--typing]`: full-text search of the library. */
export async function searchCommand(words: string[], flags: SearchFlags): Promise<number> {
  const q = words.join(' ');
  if (!q.trim()) throw new CliError(cliWords().giveQuery, 2);
  const limit = parseLimit(flags.limit, 'search', 200);
  return withApi(flags, async (api) => {
    const page = await api.searchArticles({
      q,
      ...(limit ? { limit } : {}),
      ...(flags.sort ? { sort: flags.sort as 'relevance' } : {}),
      ...(flags.typing ? { typing: true } : {}),
    });
    console.log(flags.json ? JSON.stringify(page, null, 2) : formatSearchPage(page));
    return 0;
  });
}

/** `parallax suggest TEXT [--json] [--limit N]`: completions and corrections for typed text. */
export async function suggestCommand(words: string[], flags: SearchFlags): Promise<number> {
  const text = words.join(' ');
  if (!text.trim()) throw new CliError(cliWords().giveSuggestText, 2);
  const limit = parseLimit(flags.limit, 'suggest', 50);
  return withApi(flags, async (api) => {
    const s: Suggestion[] = await api.suggest(text, limit);
    console.log(flags.json ? JSON.stringify(s, null, 2) : s.length ? s.map((x) => `${x.kind.padEnd(12)} ${x.text}`).join('\n') : cliWords().noSuggestions);
    return 0;
  });
}
