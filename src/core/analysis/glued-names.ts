import { foldText } from '../text/fold';
import { isSurnameFirst } from '../text/name-order';
import { isGivenWord, mayBeGivenName } from './given-names';
import type { EntityMentionRow } from './found-mentions';

/**
 * Two people written side by side read as one name: a verb-final clause with subject and object
 * next to each other (`dass Präsident Putin Witkoff empfange`, `Landeshauptmann Erwin Pröll
 * Mitterlehner angeschrien`), a headline listing surnames without commas (`Merkel Macron Scholz:
 * Gipfel`). A run is split where a word is the surname of another person the report names apart:
 * first words while each is such a surname, then a last word that is one after a given name and a
 * word that is none (`Erwin Pröll`; not `Hans Peter Mitterlehner` beside `Reinhold Mitterlehner`,
 * who may be a relative, nor `Reinhold Mitterlehner` itself). Mentions filed under the glued name are filed under what remains.
 *
 * `persons` maps a folded surname to the whole name the finder filed it under.
 */
const capitalised = (w: string) => /^\p{Lu}/u.test(w);
const given = (w: string) => isGivenWord(w) || mayBeGivenName(w.toLowerCase());

export function splitGluedRuns(out: EntityMentionRow[], persons: Map<string, string>, text: string): void {
  // Whole names each surname is written with, as the report writes them (not as filed: a
  // glued name of more words took the surname's other mentions, `Reinhold Mitterlehner`).
  const wholeBySurname = new Map<string, Set<string>>();
  for (const e of out) {
    if (e.kind !== 'person') continue;
    const words = e.text.split(' ');
    if (words.length < 2 || !words.every(capitalised) || !given(words[0]!) || isSurnameFirst(words, isGivenWord, true)) continue;
    const sur = foldText(words[words.length - 1]!);
    if (!wholeBySurname.has(sur)) wholeBySurname.set(sur, new Set());
    wholeBySurname.get(sur)!.add(e.text);
  }
  const renamed = new Map<string, string>();
  for (const e of [...out]) {
    if (e.kind !== 'person') continue;
    const glued = e.name;
    let words = e.text.split(' ');
    if (words.length < 2 || isSurnameFirst(words, isGivenWord, true)) continue;
    // Whether every word split off is the surname of a person the report names whole, given name
    // first (`Wladimir Putin`), and no given name itself: only then is the rest a person of its own
    // (not `Mayer` of `Heinz Mayer` beside a bare `Heinz`, nor `Suljović` of `Mensur Suljović`
    // beside the finder's `Topspieler Mensur`).
    let wholeOthers = true;
    while (words.length >= 2) {
      const f = foldText(words[0]!);
      const other = persons.get(f) ?? persons.get(f.replace(/s$/, ''));
      if (!other || other === glued || foldText(other.split(' ').pop()!) === foldText(words[words.length - 1]!)) break;
      wholeOthers &&= other.includes(' ') && given(other.slice(0, other.indexOf(' '))) && !given(words[0]!);
      out.push({ start: e.start, end: e.start + words[0]!.length, text: words[0]!, name: other, kind: 'person' });
      e.start += words[0]!.length + 1;
      words = words.slice(1);
    }
    if (wholeOthers && words.length < e.text.split(' ').length) renamed.set(glued, words.join(' '));
    // A given name and a surname before it (`Erwin Pröll`): a bare `Pröll Mitterlehner` may be one name.
    if (words.length >= 3 && words.every(capitalised) && given(words[0]!) && !given(words[words.length - 2]!)) {
      const last = words[words.length - 1]!;
      const rest = words.slice(0, -1);
      // Another whole name of this surname that shares no word with the run (`Reinhold Mitterlehner`).
      const other = [...(wholeBySurname.get(foldText(last)) ?? [])].find((n) => n !== glued && !n.split(' ').slice(0, -1).some((w) => rest.includes(w)));
      if (other) {
        out.push({ start: e.end - last.length, end: e.end, text: last, name: other, kind: 'person' });
        e.end -= last.length + 1;
        words = rest;
        renamed.set(glued, rest.join(' '));
      }
    }
    if (e.text === words.join(' ')) continue;
    e.text = text.slice(e.start, e.end);
    e.name = words.join(' ');
  }
  // A surname the finder filed under a glued name whose last word was another person's
  // (`Mitterlehner` → `Erwin Pröll Mitterlehner`): that person's.
  for (const e of out) {
    const to = e.kind === 'person' ? renamed.get(e.name) : undefined;
    if (to === undefined) continue;
    const sur = foldText(e.text.split(' ').pop()!.replace(/s$/, ''));
    const whole = [...(wholeBySurname.get(foldText(e.text.split(' ').pop()!)) ?? wholeBySurname.get(sur) ?? [])].find((n) => n !== e.name && !renamed.has(n));
    e.name = whole ?? to;
  }
}
