/**
 * `npm run eval:names -- --search`: the spelling search on a library of texts (`searchArticles`),
 * for each line of one person: a report writing the first spelling, one writing another, a third
 * naming someone else; typing either spelling must find both reports. And a library that writes
 * only the other spelling: the typed one, no report writes, must find it. Different people: the
 * search's "also:" must not list the other's spelling, both written or only the other.
 */
import { createParallaxService } from '../../src/core/service';
import { openLibrary } from '../../src/core/library';
import type { Line } from './check';

const text = (title: string, name: string) => `${title}\n\nDer Politiker ${name} sprach am Montag vor Journalisten in der Hauptstadt. ${name} kündigte weitere Gespräche an.\n`;
const OTHER = text('Bericht', 'Gerhard Brandlmeier');

async function library(texts: string[]) {
  const db = await openLibrary({ path: ':memory:', seedDir: null });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: ':memory:', version: 'test' });
  const ids: string[] = [];
  for (const [i, t] of texts.entries()) ids.push((await api.ingestText({ name: `${i}.txt`, text: t })).added[0]!.articleId);
  const search = async (q: string) => {
    const r = await api.searchArticles({ q, limit: 10 });
    return { hits: r.hits.map((h) => ids.indexOf(h.article.id)).sort(), also: (r.also ?? []).flatMap((x) => x.spellings) };
  };
  return { db, search };
}

export async function searchCheck(lines: Line[], misses: boolean): Promise<Map<string, number[]>> {
  const rows = new Map<string, number[]>();
  const bump = (kind: string, i: number, v: boolean) => {
    const r = rows.get(kind) ?? rows.set(kind, [0, 0, 0, 0]).get(kind)!;
    r[i]! += v ? 1 : 0;
    r[i + 1]! += 1;
  };
  for (const line of lines) {
    const kind = `${line.kind}:${line.same ? 'same' : 'diff'}`;
    const a = line.names[0]!;
    for (const b of line.same ? line.names.slice(1) : [line.names[1]!]) {
      const both = await library([text('Treffen', a), text('Gespräch', b), OTHER]);
      const fa = await both.search(a), fb = await both.search(b);
      both.db.close();
      if (!line.same) {
        const apart = !fa.also.includes(b) && !fb.also.includes(a);
        const only = await library([text('Gespräch', b), OTHER]);
        const typedApart = !(await only.search(a)).also.includes(b);
        only.db.close();
        bump(kind, 0, apart);
        bump(kind, 2, typedApart);
        if (misses && (!apart || !typedApart)) console.log(`  WRONG ${kind} ${a} / ${b}${apart ? '' : ' [also]'}${typedApart ? '' : ' [typed, not written]'}`);
        continue;
      }
      const found = fa.hits.join() === '0,1' && fb.hits.join() === '0,1';
      const only = await library([text('Gespräch', b), OTHER]);
      const typed = (await only.search(a)).hits.join() === '0';
      only.db.close();
      bump(kind, 0, found);
      bump(kind, 2, typed);
      if (misses && (!found || !typed)) console.log(`  miss ${kind} ${a} / ${b}${found ? '' : ' [both written]'}${typed ? '' : ' [typed, not written]'}`);
    }
  }
  return rows;
}
