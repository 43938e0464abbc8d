/**
 * The blocking of the entity grouping (`entity-groups.ts`): the keys a name's skeleton is filed
 * under, so that a name is compared with the few groups that share one, and the blocks of groups
 * under each key.
 */

import type { KeyTable } from './key-table';

/**
 * The groups filed under one blocking key: most keys have one, held bare. At 100,000 reports the
 * people's names have ~260,000 keys; an array for each, and a set of its keys in each group,
 * were ~25 MB of the grouping's ~60 MB of heap.
 */
export type Block<G extends object> = G | G[];

/** Whether a block holds several groups (an array), not one. */
export function isList<G extends object>(block: Block<G>): block is G[] {
  return Array.isArray(block);
}

/** How many groups a block holds (0 for none). */
export function blockSize<G extends object>(block: Block<G> | undefined): number {
  return block === undefined ? 0 : isList(block) ? block.length : 1;
}

/** The `i`th group of a block of `blockSize` > `i`. */
export function blockAt<G extends object>(block: Block<G>, i: number): G {
  return isList(block) ? block[i]! : block;
}

/**
 * Files `g` under key `k` once. A group made by this name can only be the block's last entry
 * (its keys are filed one after another); a group joined may be anywhere in it.
 */
export function fileUnder<G extends object>(blocks: KeyTable<Block<G>>, k: string, g: G, joined: boolean): void {
  const block = blocks.getOrSet(k, g);
  if (block === undefined) return;
  if (!isList(block)) {
    if (block !== g) blocks.set(k, [block, g]);
  } else if (joined ? !block.includes(g) : block[block.length - 1] !== g) block.push(g);
}

/**
 * Blocking keys of a skeleton: itself, each one-letter deletion, `*` + all but its first
 * letter, and `~` + its letters sorted (a typo's swap); with a `c` (German `tsch`) also those of
 * it read as `h` (English `ch`, `Tehranchi`; a final `h` after a vowel dropped, as the skeleton
 * drops it: `Pratasevich` is `pratasevi`) and itself read with `k` (`Vucic` for `Vutschitsch`);
 * from nine letters, `#` + its consonants (two vowels
 * apart, which `compareNameWords` allows there: `kolesnikova`/`kalesnikava`).
 */
export function blockKeys(skel: string): string[] {
  const keys = [skel];
  if (skel.length >= 4) {
    for (let i = 0; i < skel.length; i++) keys.push(skel.slice(0, i) + skel.slice(i + 1));
    keys.push(`*${skel.slice(1)}`);
    if (skel.includes('c')) for (const k of blockKeys(skel.replace(/c/g, 'h').replace(/([aeiou])h$/, '$1'))) keys.push(k);
    // … and as read with `k` (a South Slavic `č`/`ć` written without its mark: `Vucic` for `Vutschitsch`).
    if (skel.includes('c')) keys.push(skel.replace(/c/g, 'k'));
    // Two letters swapped by a typo (`arata`/`atara`) share no key above: their letters, sorted.
    if (skel.length >= 5) keys.push(`~${[...skel].sort().join('')}`);
    if (skel.length >= 9) keys.push(`#${skel.replace(/[aeiou]/g, '')}`);
  }
  return keys;
}

/**
 * A group's names, most frequent first; among as frequent, full names (two words or more) first,
 * then by spelling: the order a first grouping files them in (`groupingNames`), so a group kept
 * current (names added or taken away) names itself as a fresh grouping of the same names does.
 */
export function nameOrder(a: { name: string; count: number }, b: { name: string; count: number }): number {
  return b.count - a.count || fullName(b.name) - fullName(a.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function fullName(name: string): number {
  return Number(name.split(' ').filter(Boolean).length > 1);
}
