import { CliError } from '../context';
import { cliWords } from '../words';
import { resolveId, withService, type LibraryFlags } from './library-commands';
import { switchLines } from './version-lines';

/**
 * `parallax use-version ID`: the report ID, added as a new version of a changed file, becomes
 * the one worked on: the earlier version's annotations (placed again in the new text; those that
 * cannot be placed kept as orphaned) and edits move to it, and the earlier version goes to the
 * trash (`parallax restore` brings it back, without the annotations).
 */
export async function useVersionCommand(idArgs: string[], flags: LibraryFlags): Promise<number> {
  const w = cliWords();
  if (idArgs.length !== 1) throw new CliError(w.versionGive, 2);
  return withService(flags, async (api, db) => {
    const r = await api.useNewVersion(resolveId(db, idArgs[0]!, 'use-version'));
    console.log(flags.json ? JSON.stringify(r, null, 2) : switchLines(r).join('\n'));
    return 0;
  });
}
