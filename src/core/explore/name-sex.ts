/**
 * A person's sex as their reports' words say it (`analysis/person-sex.ts`), per name, from the
 * stored mentions of at most `SEX_ARTICLES` of its reports; read only when the grouping asks (two
 * given names whose endings cannot say: `entity-groups.ts`), and kept per name.
 */
import type { ReadDb } from '../store/db';
import { articlesOfName, mentionsInArticle, namesInArticle, type NameStat } from '../store/queries/entities';
import { tallyMentions, type SexTally } from '../analysis/person-sex';

/** The signs of a person's name's mentions; null for a name of no person. */
export type SexOf = (s: NameStat) => SexTally | null;

/** Reports a name's sex is read from, at most. */
const SEX_ARTICLES = 20;

export function nameSexes(db: ReadDb): SexOf {
  const kept = new Map<string, { articles: number; t: SexTally }>();
  return (s) => {
    if (s.kind !== 'person') return null;
    const k = kept.get(s.name);
    if (k && k.articles === s.articles) return k.t;
    const t: SexTally = { f: 0, m: 0 };
    for (const id of articlesOfName(db, s.kind, s.name).slice(0, SEX_ARTICLES)) {
      const m = mentionsInArticle(db, s.kind, s.name, id);
      if (!m) continue;
      const others: number[] = [];
      for (const n of namesInArticle(db, id)) {
        if (n.kind !== 'person' || n.name === s.name) continue;
        for (const [start] of mentionsInArticle(db, n.kind, n.name, id)?.spans ?? []) others.push(start);
      }
      tallyMentions(m.text, m.spans, others, t);
    }
    kept.set(s.name, { articles: s.articles, t });
    return t;
  };
}
