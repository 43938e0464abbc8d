/**
 * Who did a sentence's act, and to whom: for each act the sentence tells (`text/act-concepts.ts`:
 * a verb, noun, adjective or phrase of the lexicon), its **agent** (who does it: the police of an
 * arrest, the army of a killing) and its **patient** (whom it happens to: the dead, the arrested,
 * the one who resigns) among the sentence's names. German news marks both in a few ways this reads
 * from the clause's words alone, without a parser model:
 *
 * - the passive and the acts whose subject undergoes them: `X wurde (von Y) getötet`, `X starb`,
 *   `bei dem X ums Leben kam`, `X ist tot` — the subject is the patient, `von`/`durch` the agent;
 * - an active verb: the name before it (before the auxiliary, in a verb-last clause the first of
 *   two) is the agent, a name after it the patient, unless a further article follows the name
 *   (`Am Mittwoch tötete Israel den Hamas-Chef`: the name is the subject after the verb);
 * - case: a name after a preposition, or after `dem`/`des`/`einem` (over titles and adjectives:
 *   `dem iranischen Präsidenten Raisi`), is neither subject nor object, a genitive name (`Irans
 *   Präsident`) neither — but the genitive after a noun of an act is its patient (`der Tod Raisis`,
 *   `die Festnahme des Oppositionsführers Nawalny`, `der Tod von Raisi`), and `auf`/`gegen` after
 *   it (`der Angriff auf Israel`), whereupon its genitive is the agent;
 * - an apposition stays in its clause (`Der Präsident, Ebrahim Raisi, starb`): a comma opens a new
 *   clause only before a conjunction, a relative pronoun (with its preposition: `, bei dem`) or a
 *   verb of saying (`…, sagte Peskow`).
 *
 * A pronoun (`er starb`) names nobody: no coreference. What it cannot tell it leaves out.
 */
import { actOf, phraseActs } from '../text/act-concepts';
import { foldText } from '../text/fold';
import { wordRoot } from '../text/roots';
import { analyzeWord } from '../text/words';

/** A name of the sentence: its span within the sentence text and the key it is compared by (its entity). */
export interface RoleName {
  start: number;
  end: number;
  key: string;
  /** The name written in its genitive (`Raisis`: the mention's text ends in `s`, its name does not). */
  genitive?: boolean;
}

/** The agents and patients of one act, as name keys. */
export interface ActRoles {
  agents: Set<string>;
  patients: Set<string>;
}

interface Tok {
  text: string;
  lower: string;
  start: number;
  /** The key of the name this token is (one token a name), else undefined. */
  name?: string;
  genitive?: boolean;
  punct?: boolean;
}

/** Words that open a clause after a comma: conjunctions and relative pronouns. */
const OPENERS = new Set('dass weil als nachdem bevor während wenn ob obwohl da wo wie damit sodass seit seitdem indem und aber sondern doch denn der die das dem den deren dessen denen welche welcher welches'.split(' '));
/** Verbs of saying that open an attribution after a comma (`…, sagte Peskow`). */
const SAYING = /^(sagte|sagten|sagt|hieß|heißt|teilte|teilten|berichtete|berichteten|meldete|meldeten|erklärte|erklärten|so|schrieb|betonte|bestätigte|bestätigten)$/;
/** Prepositions: a name after one is no subject or object. */
const PREPOSITIONS = new Set('mit bei beim nach von vom für gegen auf in im an am über unter vor zu zum zur aus seit laut durch ohne um neben zwischen wegen trotz hinter gemäß zufolge samt'.split(' '));
/** Articles and pronouns of the dative or genitive: a name after one is no subject or object. */
const OBLIQUE = new Set('dem des einem eines seinem seines ihrem ihres'.split(' '));
/** Articles of a noun phrase: one after a name in an active clause makes the name the subject (`tötete Israel den Chef`). */
const LATER_OBJECT = new Set('den die das einen eine ein'.split(' '));
/** Auxiliaries: the finite verb of a perfect or passive, before which an active clause's agent stands. */
const AUX = /^(hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden|worden|würde|würden|sei|seien|soll|sollen|sollte|sollten|habe)$/;
/** Words that mark a name's case or role, never skipped as a title or an adjective. */
const FUNCTION_WORDS = new Set([...PREPOSITIONS, ...OBLIQUE, ...LATER_OBJECT, 'der', 'ihres', 'ihrer', 'seiner', 'einer']);
/** Determiners and possessives before an attributive participle or adjective (`der getötete`, `sein unterlegener`). */
const DETERMINER = /^(der|die|das|den|dem|des|ein|eine|einen|einem|eines|einer|sein|seine|seinen|seinem|seines|seiner|ihr|ihre|ihren|ihrem|ihres|ihrer)$/;
/** Words that open a sentence as an adverbial, not as its subject (`Dann schießt Williams`, `Am Mittwoch tötete Israel …`). */
const ADVERBS = new Set('dann danach nun jetzt zuvor später heute gestern morgen bereits zudem auch außerdem inzwischen damit dabei daraufhin so doch aber zuletzt zunächst erst noch hier dort deshalb trotzdem kurz wenig wenige bald schließlich letztlich offenbar laut'.split(' '));
/**
 * Acts whose noun's genitive (or the noun an attributive participle qualifies) is the one who does
 * it (`Erdogans Sieg`, `der Besuch Putins`, `der Angriff Israels`, `der unterlegene Herausforderer`);
 * of the others, the one it happens to (`der Tod Raisis`, `die Festnahme Nawalnys`, `Kawelaschwilis Wahl`).
 */
const AGENTIVE = new Set(['win', 'lose', 'meet', 'visit', 'announce', 'demand', 'warn', 'threaten', 'deny', 'refuse', 'confirm', 'protest', 'recognise', 'congratulate', 'investigate', 'declare', 'withdraw', 'attack', 'shoot', 'agree']);
const PASSIVE = /^(wurde|wurden|worden|wird|werden|würde|würden)$/;

const root = (w: string) => {
  const [folded, stem] = analyzeWord(w);
  return wordRoot(w, folded, stem);
};
/** Verbs and adjectives whose subject undergoes the act (no one is its object): `starb`, `trat zurück`, `stürzte ein`, `tot`. */
const UNDERGONE = new Set(
  ['sterben', 'versterben', 'umkommen', 'erliegen', 'freikommen', 'zurücktreten', 'abdanken', 'fliehen', 'flüchten', 'einstürzen', 'zusammenbrechen',
    'kollabieren', 'zusammenstürzen', 'explodieren', 'detonieren', 'erkranken', 'abstürzen', 'verunglücken', 'zerschellen', 'verunfallen', 'brennen',
    'abbrennen', 'starb', 'starben', 'gestorben', 'verstorben', 'umgekommen', 'erlag', 'floh', 'flohen', 'geflohen']
    .map((w) => root(w)),
);
/** Adjectives of an act told of its subject (`X ist tot`), as written: `tot` shares its root with `töten`. */
const UNDERGONE_ADJECTIVES = new Set(['tot', 'verstorben', 'vermisst']);
/** Phrases whose subject undergoes the act (`ums Leben kommen`, `in Gewahrsam`, `außer Landes`), folded. */
const UNDERGONE_PHRASES = new Set(['ums leben', 'das leben', 'in gewahrsam', 'auf freien fuss', 'den hut', 'ausser landes', 'in brand']);

/** The tokens of a sentence: words, clause punctuation, each name one token. */
function tokens(text: string, names: readonly RoleName[]): Tok[] {
  const out: Tok[] = [];
  const sorted = [...names].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[,;:()–—]|(?<=\s)-(?=\s)/gu)) {
    const at = m.index;
    while (k < sorted.length && sorted[k]!.end <= at) k++;
    const n = sorted[k];
    if (n && n.start <= at) {
      const last = out[out.length - 1];
      if (!(last?.name === n.key && last.start >= n.start)) out.push({ text: m[0], lower: m[0].toLowerCase(), start: at, name: n.key, genitive: n.genitive });
      continue;
    }
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: at, punct: /^[,;:()–—-]$/.test(m[0]) });
  }
  return dropAsides(out);
}

/** The tokens less what stands in brackets (`(HTS)`, `(SPD)`, `(0.30 Uhr MESZ)`): an aside, neither a clause nor a role. */
function dropAsides(t: Tok[]): Tok[] {
  if (!t.some((w) => w.text === '(')) return t;
  const out: Tok[] = [];
  let depth = 0;
  for (const w of t) {
    if (w.text === '(') depth++;
    else if (w.text === ')') depth = Math.max(0, depth - 1);
    else if (!depth) out.push(w);
  }
  return out;
}

/** The clause around token `i`: [from, to), `from` past its opening conjunction or relative pronoun. */
function clauseOf(t: Tok[], i: number): [number, number] {
  const opensAt = (j: number) => {
    const p = t[j]!;
    if (!p.punct) return false;
    if (p.text !== ',') return true;
    const n = t[j + 1];
    return !!n && !n.name && (OPENERS.has(n.lower) || SAYING.test(n.lower) || (PREPOSITIONS.has(n.lower) && OPENERS.has(t[j + 2]?.lower ?? '')));
  };
  let from = i, to = i + 1;
  while (from > 0 && !opensAt(from - 1)) from--;
  while (to < t.length && !opensAt(to)) to++;
  // Past the clause's opener: `, bei dem`, `, nachdem`, `, der`.
  if (from > 0 && t[from - 1]!.text === ',') {
    if (PREPOSITIONS.has(t[from]?.lower ?? '') && OPENERS.has(t[from + 1]?.lower ?? '')) from += 2;
    else if (OPENERS.has(t[from]?.lower ?? '')) from++;
  }
  return [from, to];
}

/** The word before name token `j` that marks its case, over titles, adjectives and genitive names (`dem iranischen Präsidenten Raisi`). */
function caseWord(t: Tok[], j: number, from: number): string {
  for (let k = j - 1; k >= from; k--) {
    const w = t[k]!;
    if (w.punct) return '';
    if (w.name) { if (w.genitive) continue; return ''; }
    if (FUNCTION_WORDS.has(w.lower)) {
      // An article after a preposition is the preposition's (`laut der Agentur Tasnim`, `in der Hauptstadt Teheran`); `der` after a noun is a genitive (`der Anführer der Miliz HTS`).
      const p = t[k - 1];
      if (p && k > from && !p.punct && PREPOSITIONS.has(p.lower) && !PREPOSITIONS.has(w.lower)) return p.lower;
      if (w.lower === 'der' && p && k > from && !p.name && /^\p{Lu}/u.test(p.text)) return 'des';
      return w.lower;
    }
    if (/^\p{Lu}/u.test(w.text)) continue;
    // An attributive adjective stands before a noun or a name (`dem iranischen Präsidenten`, `aus deutscher Haft`); a word in `-e` or `-en` straight before a name is mostly a verb (`kamen Berger … ums Leben`, `tötete Nordland`).
    const next = t[k + 1]!;
    if (/^\p{Lu}/u.test(next.text) && (/(er|es|em)$/.test(w.lower) || (/(e|en)$/.test(w.lower) && !next.name))) continue;
    return w.lower;
  }
  return '';
}

/** A name in the agent phrase of a passive: `von`/`durch` before it, over nouns, adjectives and genitives (`von Soldaten der Armee Nordland`). */
function byAgent(t: Tok[], j: number, from: number): boolean {
  for (let k = j - 1; k >= from; k--) {
    const w = t[k]!;
    if (w.punct) return false;
    if (/^(von|vom|durch)$/.test(w.lower)) return true;
    if (!(w.name || /^\p{Lu}/u.test(w.text) || /^(der|des|den|dem|die|einer|eines)$/.test(w.lower) || /(e|en|er|es|em)$/.test(w.lower))) return false;
  }
  return false;
}

/** A name that can be the subject or object: not after a preposition or an oblique article, not a genitive attribute. */
function isCore(t: Tok[], j: number, from: number): boolean {
  const w = t[j]!;
  // A genitive is an attribute (`Irans Präsident`, `den Tod Hanijehs`), never the subject or object.
  if (w.genitive) return false;
  // A name before a noun qualifies it (`US-Präsident Biden`, `der „Wall Street Journal“-Reporter Gershkovich`).
  const next = t[j + 1];
  if (next && !next.punct && !next.name && /^\p{Lu}/u.test(next.text)) return false;
  const c = caseWord(t, j, from);
  return !PREPOSITIONS.has(c) && !OBLIQUE.has(c);
}

/** The agent or patient a noun of an act takes after it: its genitive, `von X`, `auf`/`gegen X`. */
function nounRoles(t: Tok[], i: number, to: number, act: string, roles: ActRoles): void {
  const before = t[i - 1];
  const own = AGENTIVE.has(act) ? roles.agents : roles.patients;
  if (before?.name && before.genitive) own.add(before.name);
  let genitive: string | undefined, target: string | undefined, marker = '', inTarget = false;
  for (let k = i + 1; k < Math.min(to, i + 6); k++) {
    const w = t[k]!;
    if (w.punct) break;
    if (w.name) {
      // A genitive within the target's phrase is the target's (`der Angriff auf Atomanlagen des Iran`).
      if (marker === 'auf' || marker === 'gegen' || (target === undefined && inTarget)) target ??= w.name;
      else if (/^(des|der|von|vom|eines|einer|ihres|ihrer|seines|seiner)$/.test(marker) || (marker === '' && (w.genitive || k === i + 1))) genitive ??= w.name;
      else break;
      marker = '';
      continue;
    }
    // The word that marks the next name's role (`auf den Iran`: the article does not replace `auf`).
    if (/^(des|der|von|vom|auf|gegen|eines|einer|ihres|ihrer|seines|seiner)$/.test(w.lower)) {
      inTarget ||= w.lower === 'auf' || w.lower === 'gegen';
      marker = w.lower;
    }
    // Past the first noun phrase only through a further one (`die Festnahme des Oppositionsführers Nawalny`, `der Angriff der Hamas auf Israel`).
    else if (!/^(den|dem|die|das)$/.test(w.lower) && !/^\p{Lu}/u.test(w.text) && !(/(e|en|er|es)$/.test(w.lower) && /^\p{Lu}/u.test(t[k + 1]?.text ?? ''))) break;
  }
  if (target) { roles.patients.add(target); if (genitive) roles.agents.add(genitive); }
  else if (genitive) own.add(genitive);
}

/** A participle or adjective inside a noun phrase: after a determiner, before a capitalised word (`der getötete Hamas-Chef`, `einem toten Zuschauer`). */
function isAttributive(t: Tok[], i: number): boolean {
  const w = t[i]!, next = t[i + 1];
  if (!/^\p{Ll}/u.test(w.text) || !/(e|en|er|es|em)$/.test(w.lower) || !next || next.punct || next.name || !/^\p{Lu}/u.test(next.text)) return false;
  // Its determiner before it, over a short phrase that qualifies it (`des wegen Spionage verurteilten Reporters`, `eines nordwestlich von Moskau abgestürzten Flugzeuges`).
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const x = t[k]!;
    if (DETERMINER.test(x.lower)) return true;
    if (x.punct || AUX.test(x.lower) || (x.name && !PREPOSITIONS.has(t[k - 1]?.lower ?? ''))) return false;
  }
  return false;
}

/**
 * A clause that continues after an inserted relative clause (`Gorbatschow, der letzte Präsident
 * der Sowjetunion, ist … gestorben`): the clause found for the act is the insertion and what
 * follows its closing comma; the name before the insertion is the subject. Returns the start of
 * what follows the insertion and that name's index, or null.
 */
function afterInsertion(t: Tok[], from: number, i: number): [number, number] | null {
  let open = from - 1;
  while (open >= 0 && open >= from - 3 && t[open]!.text !== ',') open--;
  if (open < 1 || t[open]!.text !== ',' || !t[open - 1]!.name || !isCore(t, open - 1, 0)) return null;
  for (let c = from; c < i; c++) if (t[c]!.text === ',' && /^\p{Ll}/u.test(t[c + 1]?.text ?? '')) return [c + 1, open - 1];
  return null;
}

/** The roles of a verb, adjective or phrase of an act at token `i`, over its clause. */
function clauseRoles(t: Tok[], i: number, act: string, undergone: boolean, roles: ActRoles): void {
  let [from, to] = clauseOf(t, i);
  const inserted = afterInsertion(t, from, i);
  if (inserted) from = inserted[0];
  const passive = t.slice(from, to).some((w) => PASSIVE.test(w.lower));
  const core: number[] = [];
  for (let j = from; j < to; j++) {
    if (!t[j]!.name) continue;
    if (passive && byAgent(t, j, from)) { roles.agents.add(t[j]!.name!); continue; }
    if (isCore(t, j, from)) core.push(j);
  }
  // An attributive participle or adjective (`der getötete Hamas-Chef Sinwar`, `des abgestürzten Flugzeugs`): only a name in its own noun phrase is its patient.
  if (isAttributive(t, i)) {
    const own = AGENTIVE.has(act) ? roles.agents : roles.patients;
    for (let j = i + 1; j < Math.min(to, i + 4) && !t[j]!.punct && /^\p{Lu}/u.test(t[j]!.text); j++) if (t[j]!.name) { own.add(t[j]!.name!); break; }
    return;
  }
  if (inserted) core.unshift(inserted[1]);
  if (!core.length) return;
  if (undergone || passive) { for (const j of core) roles.patients.add(t[j]!.name!); return; }
  // Active: the finite verb is the first auxiliary of the clause, or the act's own word.
  let finite = i;
  for (let j = from; j < i; j++) if (AUX.test(t[j]!.lower)) { finite = j; break; }
  const before = core.filter((j) => j < finite), after = core.filter((j) => j > finite);
  if (before.length >= 2 && !after.length) {
    // A verb-last clause (`dass Israel Haniyeh getötet hat`): the first is the subject.
    roles.agents.add(t[before[0]!]!.name!);
    for (const j of before.slice(1)) roles.patients.add(t[j]!.name!);
    return;
  }
  for (const j of before) roles.agents.add(t[j]!.name!);
  // No name before the verb: a name straight after it is the subject when what stands before is an adverbial (`Dann schießt Williams`), or when an object follows it (`tötete Israel den Chef`).
  const adverbial = !before.length && (finite === from || ADVERBS.has(t[from]!.lower) || PREPOSITIONS.has(t[from]!.lower) || /^\d/.test(t[from]!.text));
  after.forEach((j, n) => {
    // Straight after it, past adverbs and a title (`hat Amtsinhaber Erdoğan … gewonnen`), or in apposition to a subject written there (`droht der oberste Führer des Landes, Ali Chamenei, Israel`).
    const between = t.slice(finite + 1, j);
    const straight = n === 0 && (between.every((w) => !w.punct && !w.name && !FUNCTION_WORDS.has(w.lower)) || (/^(der|die|das)$/.test(between[0]?.lower ?? '') && between[between.length - 1]!.text === ','));
    const subject = !before.length && n === 0 && ((adverbial && straight) || t.slice(j + 1, to).some((w) => LATER_OBJECT.has(w.lower)));
    (subject ? roles.agents : roles.patients).add(t[j]!.name!);
  });
}

/**
 * The agents and patients of each act a sentence tells, by act id (`die`), among `names`; an act
 * whose roles it cannot read is absent. `text` is the sentence alone (names' spans within it).
 *
 * ```ts
 * actRoles('Raisi wurde von Unbekannten getötet.', [{ start: 0, end: 5, key: '@raisi' }])
 * // Map { 'die' => { agents: {}, patients: { '@raisi' } } }
 * ```
 */
export function actRoles(text: string, names: readonly RoleName[]): Map<string, ActRoles> {
  const out = new Map<string, ActRoles>();
  if (!names.length) return out;
  const t = tokens(text, names);
  const get = (act: string) => out.get(act) ?? out.set(act, { agents: new Set(), patients: new Set() }).get(act)!;
  t.forEach((w, i) => {
    if (w.punct || w.name || w.text.length < 3) return;
    const r = root(w.text);
    const act = actOf(r) ?? (i === 0 ? actOf(root(w.lower)) : undefined);
    if (!act) return;
    // A capital is a noun (`der Tod`, `Attentat auf Trump`) but for a participle opening the sentence (`Getötet wurde …`).
    const isNoun = /^\p{Lu}/u.test(w.text) && (i > 0 || !/^ge\p{L}+(t|en)$/u.test(w.lower));
    if (isNoun) nounRoles(t, i, clauseOf(t, i)[1], act, get(act));
    else clauseRoles(t, i, act, UNDERGONE.has(r) || UNDERGONE.has(root(w.lower)) || UNDERGONE_ADJECTIVES.has(w.lower), get(act));
  });
  for (const p of phraseActs(text)) {
    const first = p.words.split(' ')[0]!;
    const i = t.findIndex((w, k) => foldText(w.lower) === first && p.words.startsWith([first, ...t.slice(k + 1, k + p.words.split(' ').length).map((x) => foldText(x.lower))].join(' ')));
    if (i >= 0) clauseRoles(t, i, p.act, UNDERGONE_PHRASES.has(p.words), get(p.act));
  }
  for (const [k, r] of out) if (!r.agents.size && !r.patients.size) out.delete(k);
  return out;
}
