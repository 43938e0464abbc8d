/**
 * A quote's speaker named only by a role (`„…“, so die Ministerin`, `sagte der Sprecher des
 * Ministeriums`, `so die klare Botschaft des Kanzlers`): the person the report names in that role
 * (`Bundesinnenministerin Nancy Faeser`, `Kanzler Olaf Scholz`), or no one — never the nearest
 * name, which is as often someone the sentence speaks of (names6 pass).
 */
import type { EntityMentionRow } from './found-mentions';
import { ROLE } from './entity-words';

/** A definite subject opens the clause (`der Minister`, `die klare Botschaft des Kanzlers`). */
const DEFINITE = /^(der|die)\s/i;
/**
 * Words for what someone is rather than an office (`der SPD-Politiker`, `die Politikerin`): the
 * report names the person by an office (`Kanzler Scholz`), so they tell no holder apart.
 */
const GENERIC = /(politiker|politikerin|rechtler|rechtlerin)$/i;
/** The word right before a name (`Bundesinnenministerin Nancy Faeser`), a hyphen allowed (`SPD-Chef`). */
const WORD_BEFORE = /([\p{L}-]+)\s+$/u;

/** The word written right before a person's mention (`Innenministerin` of `Innenministerin Anna Beispiel`). */
function wordBefore(text: string, p: EntityMentionRow): string | undefined {
  return WORD_BEFORE.exec(text.slice(Math.max(0, p.start - 50), p.start))?.[1];
}

/** The role noun (lowercase, nominative) the clause's definite subject names first, or null. */
export function subjectRole(clause: string): string | null {
  if (!DEFINITE.test(clause)) return null;
  for (const m of clause.matchAll(/\p{Lu}[\p{L}-]*/gu)) {
    const w = m[0];
    // A genitive (`des Kanzlers`, `des Präsidenten`) names the role as its nominative does.
    for (const form of [w, w.replace(/s$/, ''), w.replace(/es$/, '')]) if (form.length >= 4 && ROLE(form) && !/s$/.test(form)) return GENERIC.test(form) ? null : form.toLowerCase();
  }
  return null;
}

/**
 * The speaker a role names: the one person the report names right after a word that ends in
 * that role, before the quote (`so die Ministerin` ← `Innenministerin Anna Beispiel`). Several
 * such people: null (which one is not said). None: `undefined`, and the caller's fallback may
 * only take a person the report never names in another role (`nearestOk`).
 */
export function speakerOfRole(text: string, role: string, persons: EntityMentionRow[], before: number): string | null | undefined {
  const named = new Set<string>();
  for (const p of persons) {
    if (p.start >= before) continue;
    const w = wordBefore(text, p)?.toLowerCase();
    if (w && w.endsWith(role)) named.add(p.name);
  }
  if (named.size === 1) return [...named][0]!;
  return named.size > 1 ? null : undefined;
}

/** Whether `name` may be the role's holder: the report never names it right after another role word. */
export function mayHoldRole(text: string, role: string, name: string, persons: EntityMentionRow[]): boolean {
  for (const p of persons) {
    if (p.name !== name) continue;
    const w = wordBefore(text, p);
    // An honorific (`Frau`, `Herr`, `Dr`) is no role of an office.
    if (w && w.length >= 5 && /^\p{Lu}/u.test(w) && ROLE(w) && !w.toLowerCase().endsWith(role)) return false;
  }
  return true;
}
