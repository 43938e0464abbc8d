import DATA from './data/de-act-concepts.json';
import { actVerb } from './act-nouns';
import { BoundedCache } from './bounded-cache';
import { compoundSplits } from './decompound';
import { foldText } from './fold';
import { wordRoot } from './roots';
import { analyzeWord, forEachWord } from './words';

/**
 * The acts news reports tell in many words, as concepts (`data/de-act-concepts.json`, see its
 * README): `starb`, `getötet`, `Tote`, `tödlich`, `ums Leben gekommen` all tell a death, and no
 * morphology links `tot` to `sterben`. A word root (`wordRoot`) names a concept when it is one of
 * the concept's words as a root, when it is a verb form that reaches one of its verbs
 * (`actVerb`: `festnomm` → `festnehm`), or when it is a compound whose head is one of the
 * concept's nouns and whose other part the compound splitter knows as a word (`Luftangriff`;
 * never `Todeszone`, whose head is `Zone`, nor `Vorschlag`, which no splitter cuts at `vor`).
 * Fixed phrases (`ums Leben`, `in Gewahrsam`, `das Feuer … eröffnen`) name a concept from the
 * sentence's words. The list is written for German news in general, not from any report.
 */

/** One concept of the lexicon as the data file gives it. */
interface RawConcept {
  id: string;
  en: string;
  de: string;
  verbs: string[];
  nouns: string[];
  adjectives: string[];
  phrases: string[];
}

/** A fixed phrase: adjacent words, folded, and the roots of a verb the sentence must also have (none: the words alone). */
interface Phrase {
  act: string;
  words: string;
  verb: ReadonlySet<string> | null;
  /** The stem of the phrase's last fixed word: the phrase weighs like it. */
  stem: string;
}

/** Shortest noun root that counts as the head of a compound (`mord` of `Giftmord`); shorter ones (`tod`, `tot`) are too often the end of other words. */
const HEAD_MIN = 4;

const root = (w: string) => {
  const [folded, stem] = analyzeWord(w);
  return wordRoot(w, folded, stem);
};

/** A weak verb's forms that `wordRoot` may read apart from its infinitive (`fordern` / `forderte`, `attackieren` / `attackiert`). */
function verbForms(inf: string): string[] {
  const stem = inf.replace(/e?n$/, '');
  return [inf, `${stem}t`, `${stem}te`];
}

interface Index {
  byRoot: Map<string, string>;
  heads: Map<string, string>;
  phrases: Phrase[];
  labels: Map<string, { en: string; de: string }>;
  /** The concepts' nouns as written, folded and in lower case (`todesopfer`, `toter`). */
  nouns: Set<string>;
  /** The last fixed word of any phrase, as written: most sentences have none, and are not folded (a word at a sentence's start is missed only when the phrase opens the sentence with its last word, which none does). */
  quick: RegExp;
}
let index: Index | null = null;

function build(): Index {
  const out: Index = { byRoot: new Map(), heads: new Map(), phrases: [], labels: new Map(), nouns: new Set(), quick: /$^/ };
  const lasts = new Set<string>();
  const put = (r: string, id: string) => { if (!out.byRoot.has(r)) out.byRoot.set(r, id); };
  for (const c of (DATA as { concepts: RawConcept[] }).concepts) {
    out.labels.set(c.id, { en: c.en, de: c.de });
    for (const v of c.verbs) for (const f of verbForms(v)) put(root(f), c.id);
    for (const a of c.adjectives) put(root(a), c.id);
    for (const n of c.nouns) {
      out.nouns.add(foldText(n).toLowerCase());
      const r = root(n);
      put(r, c.id);
      if (r.length >= HEAD_MIN && !out.heads.has(r)) out.heads.set(r, c.id);
    }
    for (const p of c.phrases) {
      const [fixed, verb] = p.split('+').map((x) => x.trim());
      const words = foldText(fixed!).toLowerCase();
      const last = words.split(' ').pop()!;
      lasts.add(fixed!.split(' ').pop()!);
      out.phrases.push({ act: c.id, words, verb: verb ? new Set(verbForms(verb).map(root)) : null, stem: analyzeWord(last)[1] });
    }
  }
  // Plain alternatives, as written (nouns capitalised): a fast scan; what it lets through the phrase test decides.
  out.quick = new RegExp([...lasts].join('|'));
  return out;
}
const lexicon = () => (index ??= build());

/** Roots read before (`''`: no concept); the vocabulary of compared reports recurs. */
const cache = new BoundedCache<string, string>(20_000);

/**
 * The concept a word root names (`sterb`, `tot`, `todesopf` → `die`), or undefined.
 *
 * ```ts
 * actOf('sterb') // 'die'
 * actOf('todeszon') // undefined
 * ```
 */
export function actOf(r: string): string | undefined {
  const known = cache.get(r);
  if (known !== undefined) return known || undefined;
  const act = lookup(r) ?? '';
  cache.set(r, act);
  return act || undefined;
}

function lookup(r: string): string | undefined {
  const { byRoot, heads } = lexicon();
  const direct = byRoot.get(r);
  if (direct) return direct;
  const verb = actVerb(r);
  if (verb && byRoot.has(verb)) return byRoot.get(verb);
  // A compound's head: the longest concept noun the root ends with, where the splitter cuts it there.
  for (let k = 1; k <= r.length - HEAD_MIN; k++) {
    const act = heads.get(r.slice(k));
    if (act && compoundSplits(r).includes(r.slice(k))) return act;
  }
  return undefined;
}

/** The concepts a sentence names through a fixed phrase, each with the stem it weighs like. */
export function phraseActs(sentence: string): { act: string; stem: string; words: string }[] {
  if (!lexicon().quick.test(sentence)) return [];
  const folded = ` ${(foldText(sentence).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
  const out: { act: string; stem: string; words: string }[] = [];
  let roots: Set<string> | null = null;
  for (const p of lexicon().phrases) {
    if (!folded.includes(` ${p.words} `)) continue;
    if (p.verb) {
      roots ??= sentenceRoots(sentence);
      if (![...p.verb].some((v) => roots!.has(v))) continue;
    }
    out.push({ act: p.act, stem: p.stem, words: p.words });
  }
  return out;
}

/** Every word's root, read as a lower-case word (a phrase's verb may open the sentence). */
function sentenceRoots(sentence: string): Set<string> {
  const out = new Set<string>();
  forEachWord(sentence, (s, e) => out.add(root(sentence.slice(s, e).toLowerCase())));
  return out;
}

/**
 * Whether a folded lower-case word is one of the concepts' nouns as written, inflected (`-s`,
 * `-n`) or as a compound's head (`Kriegstoter`): `Todesopfer` ends in `-er` as a noun of its own,
 * where `Mörder` names the one who did the act of `Mord`.
 */
export function listedActNoun(word: string): boolean {
  const { nouns } = lexicon();
  for (const w of [word, word.replace(/(s|n|en|es)$/, '')]) {
    if (nouns.has(w)) return true;
    for (let k = 1; k <= w.length - HEAD_MIN; k++) if (nouns.has(w.slice(k))) return true;
  }
  return false;
}

/** A concept's words for a reason ("same act: died"), per UI language. */
export function actLabel(act: string): { en: string; de: string } | undefined {
  return lexicon().labels.get(act);
}

/** Every concept id, in the data file's order. */
export function actIds(): string[] {
  return [...lexicon().labels.keys()];
}
