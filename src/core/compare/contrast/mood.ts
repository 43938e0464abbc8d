/**
 * How a sentence holds its claim: as a question, as what may be (`könnte`, `würde`, `falls`), as
 * what is to come (`soll … beginnen`, `plant`, `geplant`, `morgen`, `bevorstehend`), or as what
 * is (none of these). Two reports of one story tell the act to come and the act done in the
 * same words (`Die Gespräche sollen am Montag beginnen` / `Die Gespräche endeten am Montag`):
 * one fact is told in one mood. Indirect speech (`sei`, `habe`, `hätten`) is how German reports
 * what a source said, in any mood, so it says nothing here.
 */

import { MONTHS, WEEKDAYS } from '../../ingest/dates/names';
import { ruleRoot, verbRoots } from '../../text/roots';
import { analyzeWord } from '../../text/words';
import { rulesOut } from './negation';

export type Mood = 'question' | 'maybe' | 'plan';

/** Words of what may be: the conditional and the speculative. */
const MAYBE = new Set(['könnte', 'könnten', 'würde', 'würden', 'dürfte', 'dürften', 'möglicherweise', 'vielleicht', 'eventuell', 'falls', 'womöglich', 'vermutlich']);
/**
 * Words of what is to come in the verb phrase: verbs of intent and plan (finite, or the
 * participle as a predicate: `ist geplant`) and adverbs that put the act ahead. Not an
 * attributive adjective: `über den künftigen Kurs … kündigte an` tells an act done, `die geplante
 * Reform wurde gestoppt` too (see `AHEAD`).
 */
const PLAN = new Set([
  'plant', 'planen', 'plante', 'planten', 'geplant', 'will', 'wollen', 'beabsichtigt', 'beabsichtigen',
  'bevor', 'bevorstehend', 'demnächst', 'künftig', 'morgen', 'übermorgen', 'voraussichtlich',
]);
/**
 * Adjectives of what lies ahead. Before a time noun they make a time adverbial that places the
 * act ahead (`am kommenden Sonntag`, `nächste Woche`, `in den kommenden Tagen`); before any
 * other noun they only describe it (`die nächste Chance`, `den künftigen Kurs`).
 */
const AHEAD = /^(kommend|nächst|künftig|bevorstehend|anstehend)(e|en|er|es|em)$/;
const TIME_NOUNS = new Set([
  ...WEEKDAYS.de!, 'woche', 'wochen', 'wochenende', 'tag', 'tage', 'tagen', 'monat', 'monate', 'monaten', 'jahr', 'jahre', 'jahren',
  'frühjahr', 'sommer', 'herbst', 'winter', ...[...MONTHS.keys()].filter((m) => m.length > 3),
]);
/** A finite `werden` or `sollen` whose infinitive closes the clause is the future (`wird … reisen`, `soll … beginnen`). */
const FUTURE_AUX = new Set(['wird', 'werden', 'werde', 'soll', 'sollen', 'solle', 'sollte', 'sollten']);
/** `will`/`wollen`: an intent only with an infinitive closing the clause (`intends`), and not before a perfect infinitive (`will nichts gewusst haben`, as `soll … getötet worden sein` reports a past act). */
const MODAL_INTENT = new Set(['will', 'wollen']);
/**
 * The word before a closing `haben`/`sein` that makes a perfect infinitive: a participle with or
 * without `ge` (`erhalten haben`, `abgefeuert haben`, `zurückgetreten sein`, `worden sein`).
 */
const PARTICIPLE = /^\p{L}+(t|en)$/u;
/** Infinitives that begin with `ge` and end like a participle (`soll es um … gehen`). */
const GE_VERBS = new Set(['gehen', 'geben', 'gelten', 'gewinnen', 'gehören', 'gelingen', 'gewähren', 'gestalten', 'genehmigen', 'gefährden']);

/**
 * Whether two sentences hold their claims differently: a question against a statement, or what
 * may be or is to come against what is. What may be and what is to come are both unasserted
 * (`… dürfte zu Neuwahlen führen` / `Der Kanzler will … stellen`): neither tells the act done, so
 * a pair of them does not differ in mood.
 */
export function moodsDiffer(a: Mood | null, b: Mood | null): boolean {
  const kind = (m: Mood | null) => (m === 'maybe' ? 'plan' : m);
  return kind(a) !== kind(b);
}

/** The mood of a sentence and the word that shows it (`text` the sentence, `words` its words in lower case), or null for a statement. */
export function mood(text: string, words: readonly string[]): { mood: Mood; word: string } | null {
  if (/\?\s*["“”»«'’)]*\s*$/.test(text)) return { mood: 'question', word: '?' };
  for (const w of words) if (MAYBE.has(w) && !(WOULD.has(w) && (!WOULD_VERB.test(text) || reportedPassive(text, w)))) return { mood: 'maybe', word: w };
  // `schloss nicht aus, dass …`, `ist nicht ausgeschlossen`: what may be.
  if (rulesOut(words) && words.some((w) => w === 'nicht' || w === 'nichts')) return { mood: 'maybe', word: 'nicht aus' };
  // Read as written: `Morgen` after `am`/`heute` is the morning, `morgen` the day ahead.
  const raw = text.match(/[\p{L}]+/gu) ?? [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i]!.toLowerCase();
    // `bevor` is a conjunction (before …) unless it ends the clause, as the particle of `bevorstehen`.
    if (w === 'bevor' && i !== raw.length - 1) continue;
    if (w === 'morgen' && raw[i] !== w && i > 0) continue;
    if (MODAL_INTENT.has(w)) {
      if (!reportsPast(text) && intends(text)) return { mood: 'plan', word: w };
      continue;
    }
    if (PLAN.has(w)) return { mood: 'plan', word: w };
    if (AHEAD.test(w) && TIME_NOUNS.has(raw[i + 1]?.toLowerCase() ?? '')) return { mood: 'plan', word: `${raw[i]} ${raw[i + 1]}` };
  }
  const aux = futureAux(text);
  return aux ? { mood: 'plan', word: aux } : null;
}

/**
 * A finite `werden`/`sollen` whose clause ends on a bare infinitive (`wird am Montag reisen`,
 * `sollen … beginnen`): not a participle (`wird … getötet` is the passive; `soll … getötet
 * worden sein` reports a past act), nor `sein`/`haben` after a participle.
 */
function futureAux(text: string): string | null {
  for (const raw of splitClauses(text)) {
    const ws = raw.toLowerCase().match(/[\p{L}]+/gu) ?? [];
    const at = ws.findIndex((w) => FUTURE_AUX.has(w));
    if (at < 0 || at >= ws.length - 1) continue;
    const last = ws[ws.length - 1]!, before = ws[ws.length - 2] ?? '';
    // `angepasst werden müssen`, `können sie chronisch werden und … verlängern`: a modal is the
    // finite verb and `werden` its infinitive, the modal passive or a change of state; no future.
    if (ws[at] === 'werden' && (MODALS.has(ws[at + 1]!) || ws.slice(0, at).some((w) => MODALS.has(w)))) continue;
    // `wird … angepasst werden`, `soll … beigesetzt werden`: the passive's infinitive after a
    // finite `werden`/`sollen` is the future or the plan, as an active infinitive is.
    // Not with a modal after the auxiliary (`wird … befestigt und kann … geschoben werden`).
    if (last === 'werden') {
      if (at < ws.length - 2 && before !== 'werden' && !ws.slice(at + 1).some((w) => MODALS.has(w))) return ws[at]!;
      continue;
    }
    // An infinitive is written in lower case: `für die Produktion von Futtermitteln` is no verb.
    if (!/(?:en|ern|eln)$/.test(last) || !endsLowerCase(raw, last) || participle(last)) continue;
    if ((last === 'sein' || last === 'haben') && PARTICIPLE.test(before)) continue;
    return ws[at]!;
  }
  return null;
}

/** Whether the clause's last word (`last`, in lower case) is written in lower case, as a verb is. */
function endsLowerCase(clause: string, last: string): boolean {
  const at = clause.toLowerCase().lastIndexOf(last);
  return at >= 0 && clause.startsWith(last, at);
}

/** Modals other than `sollen` (itself a word of what is to come): a `werden` they govern is an infinitive. */
const MODALS = new Set([
  'muss', 'müssen', 'musste', 'mussten', 'müsse', 'müsste', 'müssten', 'kann', 'können', 'konnte', 'konnten', 'könne',
  'darf', 'dürfen', 'durfte', 'durften', 'dürfe', 'mag', 'mögen', 'möchte', 'möchten', 'will', 'wollen', 'wollte', 'wollten',
]);

/**
 * A participle in `-en`: made with `ge` (`geParticiple`), or a strong verb's without it, whose
 * vowel is not its infinitive's (`verboten`, `beschlossen`, `entschieden`: the strong-verb
 * lexicon knows the form). `wird … verboten` is the passive, as `wird … festgenommen` is. A
 * participle spelt as its infinitive (`entlassen`, `erhalten`) stays an infinitive here.
 */
function participle(w: string): boolean {
  if (geParticiple(w)) return true;
  const [folded, stem] = analyzeWord(w);
  return verbRoots.has(ruleRoot(w, folded, stem));
}

/**
 * A participle made with `ge`, after a separable prefix too (`getötet`, `festgenommen`,
 * `vorgeworfen`, `angegriffen`): `wird … festgenommen` is the passive. Not an infinitive that
 * begins with `ge` (`gehen`, `aufgeben`).
 */
function geParticiple(w: string): boolean {
  const m = /^(ab|an|auf|aus|bei|ein|fest|fort|frei|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|weiter)?(ge\p{L}+(t|en))$/u.exec(w);
  return !!m && !GE_VERBS.has(m[2]!);
}

/**
 * `will`/`wollen` is an intent (a plan) only with an infinitive closing its clause (`will am
 * 15. Januar … stellen`, `…, dass er zurücktreten will`), not with an object alone (`Es will
 * Maduro nicht`: wants), nor `sein`/`haben` (`will ein Präsident für alle sein`: a wish to be;
 * `will nichts gewusst haben`: a past act claimed). English `will` is the future.
 */
function intends(text: string): boolean {
  return splitClauses(text).some((clause) => {
    const ws = clause.match(/[\p{L}]+/gu) ?? [];
    const at = ws.findIndex((w) => MODAL_INTENT.has(w.toLowerCase()));
    if (at < 0) return false;
    if (ws.some((w) => ENGLISH.has(w.toLowerCase()))) return true;
    const last = ws[ws.length - 1]!;
    if (at === ws.length - 1 && ws.slice(0, at).some((w) => PERFECT_AUX.has(w.toLowerCase()))) return false;
    // Verb-final: the infinitive before the modal (`zurücktreten will`, `übernehmen zu wollen`).
    const verb = at === ws.length - 1 ? ws[ws.length - (ws[ws.length - 2] === 'zu' ? 3 : 2)] : last;
    return verb !== undefined && INFINITIVE.test(verb) && !geParticiple(verb) && !NOT_INFINITIVE.has(verb);
  });
}
/** `habe … töten wollen`: the perfect of the modal, a past wish. */
const PERFECT_AUX = new Set(['habe', 'hat', 'hatte', 'hatten', 'haben', 'hätte', 'hätten']);
/** A bare infinitive, lower case as German verbs are (`stellen`, `ändern`, `sammeln`; not `Nachbarstaaten`). */
const INFINITIVE = /^\p{Ll}+(?:en|ern|eln)$/u;
/** Lower-case words in -en that are no verb of an act (`sein`/`haben`, see `intends`; pronouns and determiners). */
const NOT_INFINITIVE = new Set(['sein', 'haben', 'den', 'denen', 'einen', 'keinen', 'allen', 'anderen', 'beiden', 'diesen', 'jenen', 'seinen', 'ihren', 'unseren', 'eigenen', 'vielen', 'wenigen']);
/** Words that make a clause English, where `will` is the future auxiliary. */
const ENGLISH = new Set(['the', 'be', 'of', 'and', 'not', 'to', 'it', 'he', 'she', 'they', 'we']);

/** `würde`/`würden`: the conditional, and the subjunctive of the passive's `werden`. */
const CONDITION = /(?<![\p{L}])(?:sonst|andernfalls|ansonsten|wenn|falls|als würden?|wäre|wären)(?![\p{L}])/iu;
/** `würde`/`würden` as a verb, written in lower case: `Würde` is also the noun (dignity, `die Würde des Menschen`). */
const WOULD_VERB = /(?<![\p{L}])würden?(?![\p{L}])/u;
const WOULD = new Set(['würde', 'würden']);
/** A past participle closing a clause: with `ge` (`gebracht`), an inseparable prefix (`verlegt`, `erhöht`), `-iert`, or a strong one (`participle`). */
const PARTICIPLE_T = /^(?:\p{Ll}*ge\p{Ll}+t|(?:be|emp|ent|er|miss|ver|zer)\p{Ll}+t|\p{Ll}+iert)$/u;

/**
 * `würden … gebracht`: the passive in indirect speech (`Insgesamt 13 Personen würden demnach
 * nach Deutschland gebracht`, the subjunctive standing for `werden … gebracht`), which reports
 * what a source said and is not what may be. `würde … zurücktreten` (an infinitive) stays the
 * conditional.
 */
function reportedPassive(text: string, word: string): boolean {
  // A condition (`sonst`, `wenn`, `als würde`, `wäre`) keeps the conditional.
  if (CONDITION.test(text)) return false;
  return clauses(text).some((ws) => {
    const at = ws.indexOf(word);
    if (at < 0 || at >= ws.length - 1) return false;
    const last = ws[ws.length - 1]!;
    return PARTICIPLE_T.test(last) || (/en$/.test(last) && participle(last));
  });
}

/** A clause of `text` whose last words are a participle and `haben`/`sein`: a past act reported (`soll … erhalten haben`). */
function reportsPast(text: string): boolean {
  return clauses(text).some((ws) => ws.length >= 2 && (ws.at(-1) === 'haben' || ws.at(-1) === 'sein') && PARTICIPLE.test(ws.at(-2)!));
}

// A stop after a digit is an ordinal (`am 15. Januar`), no clause's end.
const splitClauses = (text: string) => text.split(/[,;:!?–—]\s|(?<!\d)\.\s|\s-\s/);
const clauses = (text: string): string[][] => splitClauses(text).map((c) => c.toLowerCase().match(/[\p{L}]+/gu) ?? []);

