import type { ArticleId } from '../../shared/api';
import { CliError } from '../context';
import { printable } from '../format';
import { cliWords } from '../words';
import { resolveId, withService, type LibraryFlags } from './library-commands';

/**
 * `parallax trash|restore|purge ID…`: the trash from the command line. An id that resolves to
 * no report fails before anything moves; one not in the state asked for is named and passed over.
 */
export async function trashCommand(command: 'trash' | 'restore' | 'purge', idArgs: string[], flags: LibraryFlags): Promise<number> {
  const w = cliWords();
  if (idArgs.length === 0) throw new CliError(w.trashGive(command), 2);
  return withService(flags, async (api, db) => {
    const ids = idArgs.map((p) => resolveId(db, p, command));
    const call = { trash: api.trashArticles, restore: api.restoreArticles, purge: api.purgeArticles }[command];
    const done = await call(ids);
    if (flags.json) {
      console.log(JSON.stringify(done, null, 2));
      return 0;
    }
    console.log({ trash: w.trashed, restore: w.restored, purge: w.purged }[command](done.ids.length));
    const changed = new Set<ArticleId>(done.ids);
    // A second `trash` of one report is no failure; a purge or restore of a report not in the trash is worth saying.
    if (command !== 'trash') for (const id of ids) if (!changed.has(id)) console.log(w.notInTrash(id));
    return 0;
  });
}

/** `parallax list --trashed`: the reports in the trash, last trashed first, with what a purge would lose. */
export async function trashListCommand(flags: LibraryFlags): Promise<number> {
  return withService(flags, async (api) => {
    const items = await api.listTrash();
    if (flags.json) console.log(JSON.stringify(items, null, 2));
    else if (items.length === 0) console.log(cliWords().trashEmpty);
    else for (const a of items) console.log(printable(cliWords().trashLine(a.id, a.trashedAt.slice(0, 16).replace('T', ' '), a.title, a.annotationCount, a.edited)));
    return 0;
  });
}
