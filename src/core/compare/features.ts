/**
 * What a sentence says, as weighted features for alignment: the roots of its content words
 * (`core/text/roots.ts`) weighted by rarity, the parts of its compounds that the compared
 * sentences use as words, one feature per name (its entity, so every spelling is one feature)
 * and per figure. Weights are raw (IDF units); `align.ts` normalises where it needs to.
 */
import type { AnalyzedArticle, AnalyzedSentence } from '../analysis/analyze';
import { STOPWORDS } from '../analysis/content-words';
import { unitKey } from '../analysis/numbers';
import { ageHolder } from './ages';
import { sentenceRoles, type SentenceRoles } from './act-role-pair';
import { actLinks } from '../text/act-nouns';
import { actOf, phraseActs } from '../text/act-concepts';
import { compoundSplits } from '../text/decompound';
import { foldText } from '../text/fold';
import { particleJoins } from '../text/particle-verbs';
import { wordRoot } from '../text/roots';
import { synonymLinks } from '../text/synonyms';
import { nameSkeleton } from '../text/transliteration';
import { analyzeWord, forEachWord, stemWord } from '../text/words';

/**
 * A sparse feature vector (raw weights). `lent` holds the keys the sentence has only as a
 * synonym of one of its words: two sentences that both have a key only that way share nothing
 * their own words do not (`align.ts`); `parts` the keys it has only as a part of a compound (the
 * pair scorer weighs such evidence apart, `align-pair.ts`); `held` the person each age key is
 * told of (`ages.ts`); `persons` the name keys of the people it names (`contrast/people.ts`).
 */
export type Vector = Map<string, number> & { lent?: Set<string>; parts?: Set<string>; held?: Map<string, string>; acts?: Map<string, Set<string>>; roles?: SentenceRoles; persons?: Set<string> };

/**
 * True when two sentences tell an act (`!die`) in the same words (a root or a phrase in common):
 * those words are shared evidence already, and the act would count them again. Only an act told
 * in other words (`starb` / `getötet`) is evidence of its own.
 */
export function sameActWords(va: Vector, vb: Vector, k: string): boolean {
  const a = va.acts?.get(k), b = vb.acts?.get(k);
  if (!a || !b) return false;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Rarity of a stem: larger for rarer stems. */
export type Idf = (stem: string) => number;

/** Weight of a figure feature (`#4|stund`), as a multiple of the rarest word's IDF: a shared figure is the strongest evidence of one claim. */
const FIGURE_WEIGHT = 2;
/**
 * Weight of a figure's value alone (`#=26`), same multiple: `26 Personen` and `26 Häftlinge`
 * are one figure counted in other words. Less than the figure with its unit.
 */
const VALUE_WEIGHT = 1;
/** The prefix of an act's key (`!die`, `text/act-concepts.ts`): no word root has it. */
export const ACT = '!';
/**
 * An act told in other words weighs like the rarer of its words (its weight in each sentence is
 * its word's; the pair shares the smaller). Chosen out of fold on `eval/compare` (sixteenth
 * pass): 0.5, 0.75 and 1.5 found fewer facts at the precision bar, and so did weighing an act by
 * its rarity among the compared sentences.
 */
const ACT_WEIGHT = 1;
/** A name weighs like its rarest spelling as a word, times this (a name is a stronger cue than a noun). */
const NAME_BOOST = 1.5;
/** Parts of a compound at least this long count as words of their own. */
const PART_MIN = 5;
/** … when the rest of the compound is at least this long (`Luftfahrt|behörde`, not `Beh|örde`). */
const REST_MIN = 3;
/**
 * A compound part weighs this share of the word itself: it says less (0.5 chosen on
 * `eval/compare`: at 0.7 the seeds' long reports met through parts of their topic words).
 */
const PART_WEIGHT = 0.5;
/** A synonym weighs this share of the word itself: another word is a weaker cue than the same word. */
const SYNONYM_WEIGHT = 0.5;

/**
 * The feature key of a name without an entity: the transliteration skeleton of its last word,
 * so every spelling of one name (`Prigoschin`/`Prigozhin`, `Dmitrijew`/`Dmitriew`) is one feature.
 */
export function nameFeature(name: string): string {
  const last = name.split(' ').pop()!;
  return `@${nameSkeleton(foldText(last).replace(/s$/, ''))}`;
}

/**
 * For each long root of the compared sentences, the other roots of them it begins or ends with
 * (`gefangenenaustausch` → `austausch`, `passagierlist` → `passagi`), and the parts the
 * lexicons split it into (`nierenkrankheit` → `nier`, `krankheit`; `text/decompound.ts`), so
 * `Nierenkrankheit` and `Nierenerkrankung` meet though neither sentence says `Niere`:
 * compounds and their parts name the same thing.
 */
export function compoundParts(roots: Iterable<string>): Map<string, string[]> {
  const all = new Set(roots);
  const vocab = new Set([...all].filter((w) => w.length >= PART_MIN));
  const out = new Map<string, string[]>();
  for (const w of vocab) {
    const parts = new Set<string>();
    // Every head and tail of the word long enough to be a part, looked up (not every pair of words).
    for (let k = PART_MIN; k <= w.length - REST_MIN; k++) {
      const head = w.slice(0, k), tail = w.slice(w.length - k);
      if (vocab.has(head)) parts.add(head);
      if (tail !== head && vocab.has(tail)) parts.add(tail);
    }
    for (const p of compoundSplits(w, all)) parts.add(p);
    if (parts.size) out.set(w, [...parts]);
  }
  return out;
}

/** What the features of the compared sentences share: rarity, compound parts, names. */
export interface FeatureContext {
  idf: Idf;
  /** The largest IDF in use: names and figures weigh like the rarest word. */
  maxIdf: number;
  parts: ReadonlyMap<string, string[]>;
  /** Rarity of a compound part counted over the sentences that have it in any word (`partRarity`). */
  partIdf?: Idf;
  /** For a root, the roots of the compared sentences that are its synonyms (`text/synonyms.ts`), one way. */
  synonyms: ReadonlyMap<string, string[]>;
  /** The name feature of a root that is the last word of a name somewhere in the compared reports. */
  nameOfRoot: ReadonlyMap<string, string>;
  /** A noun made of a participle and the verb the compared sentences use (`Vermisste` → `vermiss`, `Verletzte` → `verletz`), or a noun of an act and its verb (`Festnahme` → `festnehm`; `text/act-nouns.ts`). */
  verbOfNoun?: ReadonlyMap<string, string>;
  /** Per sentence, a verb's root and the separable verb it makes with the particle its clause ends on (`trat … zurück`: `tret` → `zurucktret`), where the compared sentences say that verb whole. */
  particleVerbs?: ReadonlyMap<AnalyzedSentence, ReadonlyMap<string, string>>;
  /** The act a root names (`text/act-concepts.ts`: `starb`, `getötet`, `Tote` → `die`), when acts are on; per sentence, the acts its fixed phrases name (`ums Leben`). */
  actOf?: (root: string) => string | undefined;
  phraseActs?: ReadonlyMap<AnalyzedSentence, { act: string; stem: string; words: string }[]>;
  entityOf?: (kind: string, name: string) => string;
}

/** The roots of a text's words (a name's words), as `contentTerms` makes them. */
function rootsOf(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (s, e) => {
    const raw = text.slice(s, e);
    const [folded, stem] = analyzeWord(raw);
    out.push(wordRoot(raw, folded, stem));
  });
  return out;
}

/**
 * The feature key of one name mention: its entity, less the kind (the name finder may read
 * `Dmitri Utkin` as a person in one report and an organisation in another; one name still).
 */
function nameKey(n: { kind: string; name: string }, entityOf: FeatureContext['entityOf']): string {
  return entityOf ? `@${entityOf(n.kind, n.name).replace(/^[a-z]+:/, '')}` : nameFeature(n.name);
}

/**
 * The context for comparing these articles: compound parts over all their roots, and the
 * last words of their names, so a name the name finder missed in one sentence (a place at the
 * start of a sentence) still meets its mentions elsewhere.
 */
export function featureContext(arts: AnalyzedArticle[], idf: Idf, maxIdf: number, entityOf?: FeatureContext['entityOf'], opts: { acts?: boolean } = {}): FeatureContext {
  const acts = opts.acts ?? true;
  const nameOfRoot = new Map<string, string>();
  for (const a of arts) {
    for (const s of a.sentences) {
      for (const n of s.names) {
        const last = rootsOf(n.text).pop();
        if (last && last.length >= 4 && !nameOfRoot.has(last)) nameOfRoot.set(last, nameKey(n, entityOf));
      }
    }
  }
  // A loop, not `flatMap` of `flatMap` (V8's slow path: 2 % of a compare).
  const roots: string[] = [];
  for (const a of arts) for (const s of a.sentences) for (const r of s.roots) roots.push(r);
  const parts = compoundParts(roots);
  const all = new Set(roots);
  const joins = new Map<AnalyzedSentence, ReturnType<typeof particleJoins>>();
  const phrases = new Map<AnalyzedSentence, { act: string; stem: string; words: string }[]>();
  for (const a of arts) for (const s of a.sentences) {
    const text = a.input.text.slice(s.start, s.end);
    const j = particleJoins(text, isStopword);
    if (j.length) joins.set(s, j);
    const p = acts ? phraseActs(text) : [];
    if (p.length) phrases.set(s, p);
  }
  // A noun of an act meets its separable verb whether the verb is written whole or split.
  const verbOfNoun = verbsOfNouns(all, new Set([...joins.values()].flat().flatMap((j) => j.joined)));
  const actOfRoot = acts ? actOf : undefined;
  const pv = particleVerbs(joins, all, verbOfNoun, actOfRoot);
  return { idf, maxIdf, parts, partIdf: partRarity(arts, parts, maxIdf), synonyms: synonymLinks(all), nameOfRoot, verbOfNoun, particleVerbs: pv, actOf: actOfRoot, phraseActs: phrases, entityOf };
}

/** The joins (`particleJoins`) that make a verb some compared sentence says whole, that a noun of an act maps to, or that names an act (`nahm … fest`). */
function particleVerbs(joins: ReadonlyMap<AnalyzedSentence, ReturnType<typeof particleJoins>>, all: ReadonlySet<string>, verbOfNoun: ReadonlyMap<string, string>, act?: (root: string) => string | undefined): Map<AnalyzedSentence, Map<string, string>> {
  const targets = new Set(verbOfNoun.values());
  const out = new Map<AnalyzedSentence, Map<string, string>>();
  for (const [s, js] of joins) {
    for (const j of js) {
      const root = j.root, joined = j.joined.find((x) => all.has(x) || targets.has(x)) ?? (act && !act(root) ? j.joined.find((x) => act(x)) : undefined);
      if (!joined) continue;
      const m = out.get(s) ?? out.set(s, new Map()).get(s)!;
      if (!m.has(root)) m.set(root, joined);
    }
  }
  return out;
}

/**
 * Nouns that are a participle (`die Vermissten`, `die Verletzten`: the stem keeps the
 * participle's `t`, a verb's root loses it) mapped to the verb's root when a compared sentence
 * uses the verb, and nouns of an act mapped to their verb (`actLinks`; `joined`: the split
 * separable verbs of the compared sentences count as used): one word, one key.
 */
function verbsOfNouns(roots: ReadonlySet<string>, joined: ReadonlySet<string>): Map<string, string> {
  const out = actLinks(roots, joined);
  for (const r of roots) {
    if (r.length < VERB_NOUN_MIN || !r.endsWith('t')) continue;
    const verb = wordRoot('v', r, r);
    if (verb !== r && verb.length >= VERB_NOUN_MIN - 2 && roots.has(verb)) out.set(r, verb);
  }
  return out;
}
/** Participle nouns at least this long (`vermisst`); shorter ones (`Gast`, `Rest`) are other words. */
const VERB_NOUN_MIN = 6;


/** A function word is never the verb of a split separable verb (`gegen … aus`). */
const isStopword = (folded: string) => STOPWORDS.has(folded);

/**
 * Rarity of compound parts over the compared sentences that have them as a word or in a
 * compound, in `maxIdf`'s units: `sonder` of ten `Sondergesandte` is common there though no
 * sentence says `sonder` alone, and a part so common says nothing of one claim.
 */
function partRarity(arts: AnalyzedArticle[], parts: ReadonlyMap<string, string[]>, maxIdf: number): Idf {
  const df = new Map<string, number>();
  let n = 0;
  for (const a of arts) {
    for (const s of a.sentences) {
      n++;
      const seen = new Set<string>();
      for (const r of s.roots) {
        seen.add(r);
        for (const p of parts.get(r) ?? []) seen.add(p);
      }
      for (const p of seen) df.set(p, (df.get(p) ?? 0) + 1);
    }
  }
  const scale = maxIdf / (Math.log(n + 1) + 1);
  return (p) => (Math.log((n + 1) / ((df.get(p) ?? 0) + 1)) + 1) * scale;
}

/**
 * A score or a tally (`2:1`, `mit 2:1 (0:0)`, `1:1-Ausgleich`, `3:2 Stimmen`): two numbers about a
 * colon, the second a single digit — a clock time has two (`20:45`), and the figure reader skips
 * both as times. A result every report states is a figure like any other.
 */
const SCORE = /(?<![\d:.,])(\d{1,2}):(\d)(?![\d:])/g;

/** The raw feature vector of one sentence (see the module comment); `text` is its article's text, for scores. */
export function sentenceFeatures(s: AnalyzedSentence, ctx: FeatureContext, text?: string): Vector {
  const v: Vector = new Map();
  const lent = new Set<string>(), parts = new Set<string>();
  v.lent = lent;
  v.parts = parts;
  // A word the sentence states itself replaces what a synonym lent it.
  const add = (k: string, w: number) => {
    parts.delete(k);
    v.set(k, (lent.delete(k) ? 0 : (v.get(k) ?? 0)) + w);
  };
  // A name is one feature, its entity (`Hanija` and `Haniyeh`: one person): its words are not also words.
  const nameWords = new Set<string>();
  for (const n of s.names) {
    for (const r of rootsOf(n.text)) nameWords.add(r);
    const last = n.name.split(' ').pop()!, key = nameKey(n, ctx.entityOf);
    v.set(key, Math.min(ctx.maxIdf, ctx.idf(stemWord(foldText(last)))) * NAME_BOOST);
    if (n.kind === 'person') (v.persons ??= new Set()).add(key);
  }
  const joined = ctx.particleVerbs?.get(s);
  // The act the words tell (`starb`, `getötet`: `!die`), beside the words, with the words that tell it: shared only in other words (`sameActWords`).
  const addAct = (act: string, by: string, w: number) => {
    const k = ACT + act, acts = (v.acts ??= new Map());
    v.set(k, Math.max(v.get(k) ?? 0, w * ACT_WEIGHT));
    (acts.get(k) ?? acts.set(k, new Set()).get(k)!).add(by);
  };
  s.stems.forEach((stem, i) => {
    const word = joined?.get(s.roots[i]!) ?? s.roots[i]!;
    const root = ctx.verbOfNoun?.get(word) ?? word;
    // `al` of `al-Assad`, `US`: particles and short words say nothing of the claim.
    if (stem.length < 3 || nameWords.has(root)) return;
    const name = ctx.nameOfRoot.get(root);
    if (name) {
      if (!v.has(name)) v.set(name, Math.min(ctx.maxIdf, ctx.idf(stem)) * NAME_BOOST);
      return;
    }
    const w = ctx.idf(stem);
    add(root, w);
    const act = ctx.actOf?.(root) ?? (word !== root ? ctx.actOf?.(word) : undefined);
    if (act) addAct(act, root, w);
    for (const p of ctx.parts.get(root) ?? []) {
      if (v.has(p)) continue;
      v.set(p, Math.min(w, ctx.idf(p), ctx.partIdf?.(p) ?? Infinity) * PART_WEIGHT);
      parts.add(p);
    }
    for (const o of ctx.synonyms.get(root) ?? []) {
      if (v.has(o)) continue;
      v.set(o, Math.min(w, ctx.idf(o)) * SYNONYM_WEIGHT);
      lent.add(o);
    }
  });
  for (const p of ctx.phraseActs?.get(s) ?? []) addAct(p.act, `${ACT}${p.words}`, ctx.idf(p.stem));
  const held = text ? s.names.filter((n) => n.kind === 'person').map((n) => ({ start: n.start, end: n.end, key: nameKey(n, ctx.entityOf) })) : [];
  for (const q of s.quantities) {
    const holder = text ? ageHolder(q, text, s.start, held) : undefined;
    if (holder !== undefined) {
      // `72-Jährige`, `72 Jahre alt`, `im Alter von 72 Jahren`: one figure, shared only when told of one person.
      v.set(`#${q.value}|age`, ctx.maxIdf * FIGURE_WEIGHT);
      v.set(`#=${q.value}`, ctx.maxIdf * VALUE_WEIGHT);
      if (holder !== null) (v.held ??= new Map()).set(`#${q.value}|age`, holder).set(`#=${q.value}`, holder);
      continue;
    }
    v.set(`#${q.value}|${unitKey(q.unit)}`, ctx.maxIdf * FIGURE_WEIGHT);
    v.set(`#=${q.value}`, ctx.maxIdf * VALUE_WEIGHT);
  }
  if (text) for (const m of text.slice(s.start, s.end).matchAll(SCORE)) v.set(`#${m[1]}:${m[2]}|score`, ctx.maxIdf * FIGURE_WEIGHT);
  return v;
}

/**
 * Reads who did each of the sentence's acts to whom (`act-roles.ts`) into its vector, once: for a
 * shown pair's reason, not for alignment (as pair features the roles found no more facts).
 */
export function withActRoles(v: Vector, s: AnalyzedSentence, ctx: FeatureContext, text: string): Vector {
  if (v.acts && v.roles === undefined) v.roles = sentenceRoles(s, text, (n) => nameKey(n, ctx.entityOf), ACT);
  return v;
}

/** The Euclidean length of a vector. */
export function norm(v: Vector): number {
  let t = 0;
  for (const x of v.values()) t += x * x;
  return Math.sqrt(t) || 1;
}
