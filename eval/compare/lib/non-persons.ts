import { hasWords } from './anchors';
import type { GoldPerson } from './gold';
import type { EvalLibrary } from './library';
import type { ArticleId } from '../../../src/shared/api';

/** People shown that are no gold person: a role, a place or a pair of common words taken for a name. */
export interface NonPersonsScore {
  /** Person entities named in the group's reports. */
  people: number;
  /** Those none of whose spellings holds a word of a gold person's name or spelling. */
  notPersons: string[];
  /** Gold people shown with a word that is none of their names' (`Präsident Erdogan`, `Hauptstadt Teheran`). */
  withOtherWords: string[];
}

/**
 * Every person entity named in the group's reports is checked against the gold people (of every
 * set: a person of another event named in passing is still a person). The gold lists every
 * person its texts name, so an entity matching none is a word taken for a name (`Hauptstadt
 * Teheran`) — or a person the gold forgot, which the list printed with `--misses` shows.
 */
export async function scoreNonPersons(lib: EvalLibrary, ids: ArticleId[], everyone: GoldPerson[], texts: string[]): Promise<NonPersonsScore> {
  const seen = new Map<string, string[]>();
  for (const articleId of ids) {
    for (const e of await lib.api.listEntities({ kind: 'person', articleId, limit: 5000 })) seen.set(e.id, [e.name, ...e.variants.map((v) => v.text)]);
  }
  const words = new Set(everyone.flatMap((p) => [...p.name.split(' '), ...p.spellings.flatMap((s) => s.split(' '))]).filter((w) => w.length > 2 && !/^(?:al|el|as|bin|ibn|abu)-?$/i.test(w)));
  const isGold = (text: string) => [...words].some((w) => hasWords(text, w));
  const notPersons = [...seen.values()].filter((texts) => !texts.some(isGold)).map((texts) => texts[0]!);
  // A word beside a name that the texts also use apart from names (`Präsident`, `Hauptstadt`,
  // `Residenz` before a lower-case word), not a given name the gold writes otherwise (`Wladimir`,
  // always before a capitalised word, or after a name: `Ismail Haniyeh`).
  // Every word of the gold names counts here, a surname of two letters too (`Ko` of `Ko Wen-je`).
  const folded = new Set(everyone.flatMap((p) => [...p.name.split(' '), ...p.spellings.flatMap((s) => s.split(' '))]).map((w) => w.toLowerCase()));
  const gold = `(?:${[...words].map(esc).join('|')})s?`;
  const apart = (w: string) => {
    const all = texts.reduce((n, t) => n + count(t, `${esc(w)}`), 0);
    const beside = texts.reduce((n, t) => n + count(t, `${esc(w)}\\s+[\\p{Lu}][\\p{L}-]*`) + count(t, `${gold}\\s+${esc(w)}`), 0);
    return all > beside;
  };
  const other = (name: string) => name.split(/\s+/).some((w) => !folded.has(w.toLowerCase()) && apart(w));
  const withOtherWords = [...seen.values()].filter((texts) => texts.some(isGold) && other(texts[0]!)).map((texts) => texts[0]!);
  return { people: seen.size, notPersons: notPersons.sort(), withOtherWords: withOtherWords.sort() };
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function count(text: string, pattern: string): number {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}])${pattern}(?![\\p{L}])`, 'gu'))].length;
}
