/**
 * A name as a story key. A person is keyed by the consonants of the surname's skeleton after
 * its first letter (`Tehrantschi`, `Tehranchi`, `Teheranchi` → `@thrnh`): renderings of one
 * name differ in vowels and in `tsch`/`ch`, and a story key only has to tell stories apart, not
 * people (two rare names that collide still weigh little). Places and organisations keep their
 * whole skeleton, marked so they weigh as words, not as people: a country or a capital is what
 * every story about it shares.
 */
import type { EntityKind } from '../../shared/api';
import { nameSkeleton } from '../text/transliteration';
import { BoundedCache } from '../text/bounded-cache';

/**
 * Keys by name, a person's apart from the others' (the kind changes the key, and names recur from
 * report to report): a hit is one lookup, where a key was a skeleton lookup per word, two
 * regexes and a few strings. 4,000 a generation (at most 16,000 names, ~1.5 MB a thread): the
 * names that recur are few, and a 10k import's threads are short of memory.
 */
const personKeys = new BoundedCache<string, string>(4_000);
const otherKeys = new BoundedCache<string, string>(4_000);

export function storyNameKey(kind: EntityKind, name: string): string {
  const cache = kind === 'person' ? personKeys : otherKeys;
  return cache.get(name) ?? cache.set(name, keyOf(kind, name));
}

function keyOf(kind: EntityKind, name: string): string {
  if (kind === 'person') {
    const s = nameSkeleton(name.slice(name.lastIndexOf(' ') + 1)).replace(/c/g, 'h');
    return `@${s.slice(0, 1)}${s.slice(1).replace(/[aeiou]/g, '')}`;
  }
  // A loop, not `split(' ').map(nameSkeleton).join('_')`: the same key without two arrays.
  let key = '@=';
  let from = 0;
  for (let sp = name.indexOf(' '); sp !== -1; sp = name.indexOf(' ', from)) {
    key += `${nameSkeleton(name.slice(from, sp))}_`;
    from = sp + 1;
  }
  return key + nameSkeleton(name.slice(from));
}
