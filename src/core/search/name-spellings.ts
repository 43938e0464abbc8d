/**
 * Search by entity: a plain query word that is one spelling of a person's name also finds the
 * reports with the other spellings (`Dmitriew` finds `Dmitrijew` and `Dmitriev`). The word
 * becomes `(Dmitriew OR Dmitrijew OR Dmitriev)` in the query tree; the caller ranks the reports
 * with the spelling as typed first and says which spellings were added.
 */
import { tokenize } from '../text/words';
import type { ParsedQuery, QueryNode, QueryWord } from './query-parser';

/**
 * The other spellings of a typed word when it names a person with several, else null. `begun`,
 * where the lookup has it: the folded surnames with other spellings that begin with a folded
 * prefix (a name being typed, `typed-word.ts`), in order, at most `limit`.
 */
export type NameSpellings = ((word: string) => string[] | null) & { begun?: (prefix: string, limit: number) => string[] };

/** Other renderings of a typed given name among the library's people of the typed surname (`search/name-words.ts`). */
export type GivenRenderings = (given: string, surname: string) => string[];

/** What a query's names added: per typed word, the spellings searched besides it. */
export interface AddedSpellings {
  word: string;
  spellings: string[];
}

function queryWord(text: string): QueryWord | null {
  const t = tokenize(text)[0];
  return t ? { text, folded: t.folded, stem: t.stem } : null;
}

/** A spelling as a query node: one word a term, several a phrase (`Mohammed Jalali`). */
function spellingNode(text: string): QueryNode | null {
  const words = tokenize(text).map((t) => ({ text: text.slice(t.start, t.end), folded: t.folded, stem: t.stem }));
  if (words.length === 0) return null;
  return words.length === 1 ? { type: 'term', word: { ...words[0]!, text } } : { type: 'phrase', text, words };
}

/** The words of a node made only of plain words and phrases (`Mohammad Ghazi al-Jalali`), else null. */
function plainWords(n: QueryNode): string[] | null {
  if (n.type === 'term') return [n.word.text];
  if (n.type === 'phrase') return [n.text];
  if (n.type !== 'and') return null;
  const out: string[] = [];
  for (const c of n.children) {
    const w = plainWords(c);
    if (!w) return null;
    out.push(...w);
  }
  return out;
}

/**
 * The query with each positive plain word that is a spelling of a name widened to all its
 * spellings, and to `sameSkeleton`'s forms of it when given; `added` is empty when nothing was widened (then `parsed` is returned as it was).
 * `literal` is the query as typed that ranks first: a widened whole name in it is a phrase.
 */
export function widenNames(parsed: ParsedQuery, spellingsOf: NameSpellings, sameSkeleton?: NameSpellings, givenOf?: GivenRenderings): { parsed: ParsedQuery; added: AddedSpellings[]; literal: ParsedQuery } {
  const added: AddedSpellings[] = [];
  // Whole names typed (`Wladimir Putin`), as the phrase their words make: the reports that write
  // the name so rank first, not every report holding its words apart (`Wladimir Selenskyj … Putin`).
  const wholeNames = new Map<QueryNode, QueryNode>();
  const walk = (n: QueryNode): QueryNode => {
    switch (n.type) {
      case 'term': {
        // A person's spellings, then the library's other written forms of the word's skeleton
        // (one that made no entity of its own), each folded form once.
        const others = [...(spellingsOf(n.word.text) ?? []), ...(sameSkeleton?.(n.word.text) ?? [])];
        const seen = new Set([n.word.folded]);
        const words: QueryWord[] = [];
        for (const w of others.map(queryWord)) {
          if (w === null || seen.has(w.folded)) continue;
          seen.add(w.folded);
          words.push(w);
        }
        if (words.length === 0) return n;
        added.push({ word: n.word.text, spellings: words.map((w) => w.text) });
        return { type: 'or', children: [n, ...words.map((word) => ({ type: 'term' as const, word }))] };
      }
      // `al-Golani` is read as a phrase of two words.
      case 'phrase': {
        // The phrase itself is no other spelling; a word of it is, when the grouping made it
        // one (`Abdollahian` of `Amir-Abdollahian`, `Golani` of `al-Golani`): a report may
        // write it alone, which the phrase does not find.
        const typed = n.text.toLowerCase();
        const others = (spellingsOf(n.text) ?? []).filter((o) => o.toLowerCase() !== typed);
        const nodes = others.map(spellingNode).filter((x): x is QueryNode => x !== null);
        if (nodes.length === 0) return n;
        added.push({ word: n.text, spellings: others });
        return { type: 'or', children: [n, ...nodes] };
      }
      // A whole name typed (`Mohammad Ghazi al-Jalali`) also finds the person's other names,
      // which may leave out a middle name or an article (`Mohammed Jalali`), and each of its
      // words widened alone: a rendering of the whole name that made no entity of its own
      // (`Vadym Borysenko` at a sentence's start) is found through its words' skeletons.
      case 'and': {
        const words = plainWords(n);
        const others = words ? spellingsOf(words.join(' ')) : null;
        const typed = words?.join(' ').toLowerCase();
        const nodes = (others ?? []).filter((o) => o.toLowerCase() !== typed).map(spellingNode).filter((x): x is QueryNode => x !== null);
        const each: QueryNode = { type: n.type, children: n.children.map(walk) };
        // A whole name whose given name no report writes as typed (`Yitzhak Rabin` where reports
        // write `Jitzchak Rabin`): that word also finds the given names of the library's people of
        // that surname that are renderings of it.
        const first = n.children[0];
        if (!nodes.length && words && words.length >= 2 && givenOf && first?.type === 'term' && each.children[0] === first) {
          const given = givenOf(words[0]!, words[words.length - 1]!).map(queryWord).filter((w): w is QueryWord => w !== null && w.folded !== first.word.folded);
          if (given.length) {
            added.push({ word: first.word.text, spellings: given.map((w) => w.text) });
            each.children[0] = { type: 'or', children: [first, ...given.map((word) => ({ type: 'term' as const, word }))] };
          }
        }
        if (nodes.length === 0) return each;
        added.push({ word: words!.join(' '), spellings: (others ?? []).filter((o) => o.toLowerCase() !== typed) });
        const phrase = spellingNode(words!.join(' '));
        if (phrase) wholeNames.set(n, phrase);
        return { type: 'or', children: [each, ...nodes] };
      }
      case 'or':
        return { type: n.type, children: n.children.map(walk) };
      // An excluded name stays as typed: widening `-Witkoff` would hide more than was asked.
      default:
        return n;
    }
  };
  if (!parsed.root) return { parsed, added, literal: parsed };
  const root = walk(parsed.root);
  if (!added.length) return { parsed, added, literal: parsed };
  const literal = (n: QueryNode): QueryNode => wholeNames.get(n) ?? (n.type === 'and' || n.type === 'or' ? { type: n.type, children: n.children.map(literal) } : n);
  return { parsed: { ...parsed, root }, added, literal: wholeNames.size ? { ...parsed, root: literal(parsed.root) } : parsed };
}
