import type { ParallaxApi, VersionSwitch } from '../../shared/api';
import { printable } from '../format';
import { say } from '../../shared/i18n';
import { CLI_LANG, cliWords } from '../words';

/** The lines that say what `useNewVersion` did. */
export function switchLines(r: VersionSwitch): string[] {
  const w = cliWords();
  const out = [w.versionUsed(r.articleId, r.moved.length, r.orphaned.length, r.editsCarried, r.earlier)];
  for (const o of r.orphaned) out.push(printable(w.versionOrphan(o.quote.length > 80 ? `${o.quote.slice(0, 79)}…` : o.quote)));
  if (r.textCarried) out.push(w.versionTextCarried(r.textConflicts ?? 0));
  if (r.textLeftWhy) out.push(w.versionTextLeftWhy(say(CLI_LANG, r.textLeftWhy)));
  else if (r.textEditsLeft) out.push(w.versionTextLeft);
  return out;
}

/** Makes each added report that is a new version the one worked on (`ingest --replace`). */
export async function useAddedVersions(api: ParallaxApi, added: { articleId: VersionSwitch['articleId']; versionOf?: unknown }[]): Promise<VersionSwitch[]> {
  const done: VersionSwitch[] = [];
  for (const a of added) if (a.versionOf) done.push(await api.useNewVersion(a.articleId));
  return done;
}
