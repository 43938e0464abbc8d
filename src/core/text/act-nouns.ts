import { BoundedCache } from './bounded-cache';
import { SEPARABLE, verbRoots, wordRoot } from './roots';

/**
 * A noun that names an act and the verb it is made from, as word roots (`wordRoot`): so that
 * `Festnahme` meets `festgenommen`, `Angriff` `angegriffen`, `Schüsse` `geschossen`,
 * `Rücktritt` `zurückgetreten`, `Beschluss` `beschlossen`, `Rückzug` `zurückgezogen`.
 *
 * German makes such nouns from a strong verb's stems (ablaut), and `wordRoot` leaves them apart
 * from the verb, since it reads capitalised words by rule only (a capitalised `Schloss` is a
 * castle). Built from the morphology, not from a list of nouns: a noun's root, with its
 * particle (`ruck` as a noun writes `zurück`), a doubled final `t` (`Tritt`, as the verb's `tritt` reads) or
 * the `u` a noun has where the participle has `o` (`Schuss`/`geschossen`, `Bruch`/`gebrochen`,
 * `Zug`/`gezogen`), is looked up among the strong-verb forms of the verb-roots lexicon
 * (`data/de-verb-roots.json`), with and without a participle's `ge` (`gezog`), after its
 * separable particle (`fest|nahm`, `zusammen|broch`). Two roots meet when they reach one verb.
 */

/** Particles as nouns write them (`Rückkehr`, `Rückzug`) and the verbs (`zurückkehren`). */
const NOUN_PARTICLES: ReadonlyMap<string, string> = new Map([['ruck', 'zuruck']]);
const PARTICLES: ReadonlySet<string> = new Set([...SEPARABLE, ...NOUN_PARTICLES.keys()].filter((p) => p));
const PARTICLE_MAX = Math.max(...[...PARTICLES].map((p) => p.length));
/** Shortest root read as a noun of an act: a bare `Zug` (a train) or `Bund` is not; `Abzug`, `Rückzug` are. */
const ROOT_MIN = 4;
/** Shortest rest after a particle (`zog`, `bund`). */
const REST_MIN = 3;

/** The strong verb a stem form is of (`nahm`, `gezog` → `zieh`), or undefined. */
function formVerb(rest: string): string | undefined {
  return verbRoots.get(rest) ?? verbRoots.get(`ge${rest}`);
}

/** The verb a root is a form of, as `particle + verb` (`festnahm` → `festnehm`, `zuruckzog` → `zuruckzieh`), or undefined. */
function verbOf(r: string): string | undefined {
  const whole = verbRoots.get(r);
  if (whole) return whole;
  // Longest particle first (`zuruck` before `zu`), looked up by length rather than tried one by one.
  for (let k = Math.min(PARTICLE_MAX, r.length - REST_MIN); k >= 2; k--) {
    const p = r.slice(0, k);
    if (!PARTICLES.has(p)) continue;
    const v = formVerb(r.slice(k));
    if (v) return (NOUN_PARTICLES.get(p) ?? p) + v;
  }
  return undefined;
}

/**
 * A verb's root made of a particle and a verb's root, and the root the same letters get as one
 * word (`zurucktret` → `zurucktr`: `wordRoot` takes a final `et` for a weak verb's ending, as it
 * does of `zurückgetreten`): the participle's root is either.
 */
export function verbSpellings(v: string): string[] {
  const w = wordRoot('x', v, v);
  return w === v ? [v] : [v, w];
}

/** The roots a noun's root may be read as before the lookup: itself, less a final `t`, its last `u` as `o`; a noun's particle as the verb's. */
function nounReadings(r: string): string[] {
  const out = new Set<string>();
  const forms = [r];
  for (const [noun, verb] of NOUN_PARTICLES) if (r.startsWith(noun)) forms.push(verb + r.slice(noun.length));
  for (const f of forms) {
    out.add(f);
    // A doubled final consonant (`Tritt`, `Schritt`) where the verb's form has one (`trit`, as `tritt` reads).
    if (f.endsWith('tt')) out.add(f.slice(0, -1));
    const u = f.lastIndexOf('u');
    if (u > 0) out.add(`${f.slice(0, u)}o${f.slice(u + 1)}`);
  }
  return [...out];
}

/** The verb a root reaches, read as a verb form or as a noun of an act (`nounReadings`), or undefined. */
function actVerb(r: string): string | undefined {
  if (r.length < ROOT_MIN) return undefined;
  const known = cache.get(r);
  if (known !== undefined) return known || undefined;
  let verb = '';
  for (const f of nounReadings(r)) {
    const v = verbOf(f);
    if (v) { verb = v; break; }
  }
  cache.set(r, verb);
  return verb || undefined;
}
/** Roots read before (`''`: no verb); the vocabulary of the reports a person compares recurs. */
const cache = new BoundedCache<string, string>(20_000);
const EMPTY: ReadonlySet<string> = new Set();

/**
 * For the roots of the compared sentences, the roots that name one act with another of them
 * (`angriff`, `angreif`; `schuss`, `schiess`; `ruckzug`, `zuruckzog`), each mapped to one of its
 * group, the same for all (the verb itself when it is among them, else the first in sort order):
 * one act, one key. A root no other root meets is left out. `more`: roots that count as said
 * though no sentence has them as a word (a split separable verb, `text/particle-verbs.ts`).
 *
 * ```ts
 * actLinks(new Set(['festnahm', 'festnomm'])) // Map { 'festnahm' => 'festnomm' }
 * ```
 */
export function actLinks(roots: ReadonlySet<string>, more: ReadonlySet<string> = EMPTY): Map<string, string> {
  const has = (r: string) => roots.has(r) || more.has(r);
  const byVerb = new Map<string, string[]>();
  for (const r of more.size ? [...roots, ...[...more].filter((m) => !roots.has(m))] : roots) {
    const v = actVerb(r);
    if (!v) continue;
    const g = byVerb.get(v);
    if (g) g.push(r);
    else byVerb.set(v, [r]);
  }
  const out = new Map<string, string>();
  for (const [verb, group] of byVerb) {
    const said = verbSpellings(verb).find(has);
    if (group.length + (said ? 1 : 0) < 2) continue;
    const key = said ?? group.sort()[0]!;
    for (const r of group) if (r !== key) out.set(r, key);
  }
  return out;
}
