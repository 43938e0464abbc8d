import { writeFileSync } from 'node:fs';
import type { EntityKind } from '../../shared/api';
import { formatFor } from '../../shared/i18n';
import { formatComparison, formatEntities, formatStories, formatTimeline } from '../format-compare';
import { CLI_LANG, cliWords } from '../words';
import { CliError } from '../context';
import { resolveId, withService, type LibraryFlags } from './library-commands';

/** Flags of the compare commands. */
export interface CompareFlags extends LibraryFlags {
  format?: string;
  out?: string;
  kind?: string;
  from?: string;
  to?: string;
  limit?: string;
}

/**
 * `parallax compare ID ID [ID…] [--json] [--format html --out FILE]`: aligned sentences with
 * class and score, shared passages, differences, and the sentences only one report has.
 */
export async function compareCommand(idArgs: string[], flags: CompareFlags): Promise<number> {
  const w = cliWords();
  if (idArgs.length < 2) throw new CliError(w.compareGiveIds, 2);
  if (idArgs.length > 4) throw new CliError(w.compareTooMany(idArgs.length), 2);
  if (flags.format && flags.format !== 'html') throw new CliError(w.compareFormat, 2);
  return withService(flags, async (api, db) => {
    const ids = idArgs.map((p) => resolveId(db, p, 'compare'));
    if (flags.format === 'html') {
      // Worded in the person's language, as the window's export is.
      const file = await api.exportComparison(ids, 'html', CLI_LANG);
      if (flags.out) {
        writeFileSync(flags.out, file.content);
        console.error(w.wrote(flags.out));
      } else process.stdout.write(file.content);
      return 0;
    }
    const c = await api.compareArticles(ids);
    console.log(flags.json ? JSON.stringify(c, null, 2) : formatComparison(c));
    return 0;
  });
}

/** `parallax timeline [--from D] [--to D] [--json]`: the library's dated events, oldest first. */
export async function timelineCommand(flags: CompareFlags): Promise<number> {
  return withService(flags, async (api) => {
    const events = await api.getTimeline({
      ...(flags.from ? { from: flags.from } : {}),
      ...(flags.to ? { to: flags.to } : {}),
      ...(flags.limit ? { limit: Number(flags.limit) } : {}),
    });
    console.log(flags.json ? JSON.stringify(events, null, 2) : formatTimeline(events));
    if (!flags.json) {
      // A capped list says so, with the true total (stderr: the list itself stays clean).
      const { total } = await api.getTimelinePage({ ...(flags.from ? { from: flags.from } : {}), ...(flags.to ? { to: flags.to } : {}), limit: 1 });
      if (total > events.length) console.error(cliWords().timelineCapped(formatFor(CLI_LANG).num(events.length), formatFor(CLI_LANG).num(total)));
    }
    return 0;
  });
}

/** `parallax entities [--kind person|place|organisation] [--json]`: people, places and organisations. */
export async function entitiesCommand(flags: CompareFlags): Promise<number> {
  return withService(flags, async (api) => {
    const list = await api.listEntities({
      ...(flags.kind ? { kind: flags.kind as EntityKind } : {}),
      ...(flags.limit ? { limit: Number(flags.limit) } : {}),
    });
    if (flags.json) console.log(JSON.stringify(list, null, 2));
    else {
      if (list.length) console.log(formatEntities(list));
      const { total } = await api.listEntityPage({ ...(flags.kind ? { kind: flags.kind as EntityKind } : {}), limit: 1 });
      if (total > list.length) console.error(cliWords().entitiesCapped(formatFor(CLI_LANG).num(list.length), formatFor(CLI_LANG).num(total)));
    }
    return 0;
  });
}

/**
 * `parallax stories [--json]`: reports grouped by the event or story they cover, largest first;
 * `--json` prints `{ stories: [{ id, label, articleIds, from, to, keywords }] }`.
 */
export async function storiesCommand(flags: CompareFlags): Promise<number> {
  return withService(flags, async (api) => {
    const stories = await api.listStories();
    if (flags.json) console.log(JSON.stringify({ stories }, null, 2));
    else console.log(formatStories(stories));
    return 0;
  });
}
