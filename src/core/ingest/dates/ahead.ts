/**
 * A sentence that speaks of what is still to come (`Die Wahl findet am 5. November statt`,
 * `will … wiedergewählt werden`, `the vote will be held on 5 November`). A day written
 * without its year is read into the year before when it lies months after the news
 * (`yearFor`: news mostly looks back); in such a sentence it is the next such day instead.
 */
import { fromMonthNumber, monthNumber } from './calendar';

// Scheduled or intended: present tense of a fixed event, future auxiliaries, modal of intent.
const AHEAD = new RegExp(
  [
    String.raw`\b(?:findet|finden|beginnt|beginnen|endet|enden)\b.{0,80}?\b(?:statt|an)\b`,
    String.raw`\b(?:findet|finden|beginnt|beginnen)\s+(?:\p{L}+\s+){0,3}(?:am|im|ab)\b`,
    String.raw`\b\p{L}+(?:t|en)\s+werden\s+(?:will|wollen|soll|sollen|wird|werden|kann|können)\b`,
    String.raw`\b(?:steht|stehen)\b.{0,60}?\b(?:an|bevor)\b`,
    String.raw`\b(?:wird|werden|würde|würden)\b.{0,80}?\b\p{L}+en\s*[.,;!?]?$`,
    String.raw`\b(?:will|wollen|soll|sollen)\b.{0,80}?\b\p{L}+en\s+(?:werden|lassen)\b`,
    String.raw`\b(?:kommend\p{L}*|bevorstehend\p{L}*|anstehend\p{L}*|geplant\p{L}*)\b`,
    String.raw`\b(?:plant|planen)\b`,
    // Meant to be, or would have been: `sollte eigentlich am Sonntag …`, `hätte stattfinden sollen`
    // (a bare `sollten` is as often a counsel, `Maßnahmen sollten sich … orientieren`).
    String.raw`\b(?:sollte|sollten)\b.{0,60}?\beigentlich\b|\beigentlich\b.{0,60}?\b(?:sollte|sollten)\b`,
    String.raw`\b(?:hätte|hätten)\b.{0,80}?\b(?:sollen|können|müssen)\b`,
    String.raw`\b(?:will be|is due|are due|is scheduled|are scheduled|is set to|upcoming)\b`,
  ].join('|'),
  'iu',
);
// A word (or stem) every alternative of AHEAD holds, under the same flags, so a sentence without
// one cannot match it. Two timeline sentences in three have none, and this one scan of literals
// answers them where AHEAD tries its eleven alternatives at every word start (the 24,821 distinct
// sentences of the 10k bench library: 254 → 111 ms of CPU, the same answer for every one).
const AHEAD_WORDS = /find|beginn|ende|werd|wird|würd|steh|will|woll|soll|plan|kommend|hätt|due|schedul|set to|upcoming/iu;
// What is told as done: a past auxiliary, a perfect infinitive (`soll … geflohen sein`).
const BEHIND = /\b(?:wurde|wurden|war|waren|hatte|hatten|worden|was|were|had)\b|\b\p{L}+(?:t|en)\s+(?:haben|sein)\b/iu;

/**
 * `werden` as the infinitive under a modal of need, ability or leave (`angepasst werden muss`,
 * `muss … angepasst werden`, `gewählt werden können`): the modal passive, which tells what has to
 * or can be done and not that it will be. Only a finite `wird`/`werden` (`wird angepasst`,
 * `wird … angepasst werden`, `werden … stattfinden`) or `soll`/`will` (`soll … angepasst werden`,
 * a plan) puts the clause ahead. The modals of a hypothesis (`könnte`, `müsste`) stay out: what
 * may happen is mostly ahead.
 */
const MODALS_NOT_AHEAD = 'muss|müssen|musst|müsse|müsst|kann|können|könne|darf|dürfen|dürfe|mag|mögen';
const MODAL_WERDEN = new RegExp(
  String.raw`(?<![\p{L}])werden(?=\s+(?:${MODALS_NOT_AHEAD})(?![\p{L}]))|(?<=(?<![\p{L}])(?:${MODALS_NOT_AHEAD})(?![\p{L}])[^]*)(?<![\p{L}])werden(?=[\s.!?"“”»«]*$)`,
  'giu',
);
/** A word that puts the modal chain ahead by itself (`soll … beschlossen werden können`, `wird … werden müssen`). */
const HEAD_AHEAD = /(?<![\p{L}])(?:wird|werde|soll|sollen|solle|will|wollen|wolle)(?![\p{L}])/iu;
/** `text` without a `werden` that a modal of need or ability governs (`MODAL_WERDEN`), unless a future or plan heads it. */
const withoutModalWerden = (text: string): string => (/werden/iu.test(text) && !HEAD_AHEAD.test(text) ? text.replace(MODAL_WERDEN, '') : text);

/** Whether `sentence` tells of something still to come, and nothing told as done. */
export function speaksAhead(sentence: string): boolean {
  if (!AHEAD_WORDS.test(sentence)) return false;
  const s = withoutModalWerden(sentence);
  return AHEAD.test(s) && !BEHIND.test(s);
}

/** `YYYY-MM-DD` (or `YYYY-MM`) of a yearless month and day: the first on or after `ref`'s month. */
export function nextOccurrence(month: number, day: number | undefined, ref: string): string | null {
  const r = monthNumber(ref);
  if (r === null) return null;
  const year = Math.floor(r / 12);
  const n = year * 12 + month - 1 < r ? (year + 1) * 12 + month - 1 : year * 12 + month - 1;
  const m = fromMonthNumber(n);
  return day === undefined ? m : `${m}-${String(day).padStart(2, '0')}`;
}

// A weekday named without `kommenden`/`vergangenen` is read back (`am Samstag` in a report of
// Friday: the Saturday before), unless the clause it stands in speaks of what is to come:
// a future or intent (`wird … am`, `will am Montag`, `soll am Dienstag`, `will meet on`), or a
// present-tense verb beside the weekday (`trifft am Samstag`, `Am Samstag trifft …`,
// `meets on Saturday`), which in news is the present used for the future. Anything told as done
// in the clause (`hatte`, `wurde`, `hat … getroffen`, `soll … geflohen sein`, `was`) keeps it back.
const SINCE = /(?<![\p{L}])(?:vom|von|seit|since|from)\s+$/iu;
const CLAUSE_STOP = /[,;:()–—"„“”«»]|\s-\s/u;
// `dürfte`/`dürften` is the German of `is expected to` (`was zu Neuwahlen im März führen dürfte`);
// told of the past it takes a perfect infinitive (`dürfte … gewesen sein`), which DONE_CLAUSE holds back.
const FUTURE_CLAUSE = /(?<![\p{L}])(?:wird|werden|werde|will|wollen|wolle|soll|sollen|solle|möchte|möchten|plant|planen|beabsichtigt|dürfte|dürften)(?![\p{L}])|\b(?:will|shall|is to|are to|is due to|are due to|is set to|are set to|plans? to|is scheduled to|are scheduled to|is expected to|are expected to|(?:is|are) likely to|(?:is|are) going to)\b/iu;
// Perfect with `hat`/`ist` (`hat … getroffen`, `ist … gestorben`), the past, a perfect infinitive.
// The preterite of a modal (`halbieren musste`, `konnte … fliehen`) too; not `sollte` (`sollte eigentlich am Sonntag …`).
const DONE_CLAUSE = new RegExp(`${BEHIND.source}|(?<![\\p{L}])(?:musste|mussten|konnte|konnten|durfte|durften|wollte|wollten)(?![\\p{L}])|(?<![\\p{L}])(?:hat|haben|ist|sind)(?![\\p{L}]).*(?<![\\p{L}])ge\\p{Ll}{2,}(?:t|en)(?![\\p{L}])|\\b(?:did|has been|have been|would have|said|told|met)\\b`, 'iu');
// A finite verb in the present: German third person `-t` (`trifft`, `reist`, `beginnt`), English `-s`.
const PRESENT_DE = /^\p{Ll}{2,}t$/u;
// English only after a name or a pronoun (`Habeck meets on`, `she travels on`): a plural noun
// has the same shape (`protests on Sunday`).
const PRESENT_EN = /^\p{Ll}{2,}[^s\W]s$/u;
const SUBJECT_EN = /^(?:\p{Lu}\p{L}*|he|she|it|who|which)$/u;
// Words of that shape that are no present verb: adverbs and particles (`erst am`, `seit`),
// `hat`/`ist` (perfect or a state), strong preterites ending in -t (`hielt`, `trat`, `bat`).
const NOT_PRESENT_DE = /^(?:ist|hat|seit|erst|bereits|nicht|jetzt|zuletzt|einst|meist|selbst|direkt|dort|fast|sonst|zuerst|längst|jüngst|zumindest|bis(?:her)?|mit|weit|spät|laut|statt|samt|gut|halt|nacht|recht|heut|\p{Ll}*(?:hielt|trat|bat|galt|riet|schnitt|stritt|litt|tat|bot|lud|fiel))$/u;
const ENGLISH_DAY = /day/iu;
const GERMAN_DAY = /tag|woch|sonnabend/iu;
const OPENING_WAS = /^\s*was(?![\p{L}])/u;
const PAST_EN_BEFORE = /\b\p{Ll}{2,}ed\b(?!\s+to\b)/u;
const NOT_PRESENT_EN = /^(?:was|has|is|as|this|its|his|hers|thus|plus|news|talks|us|yes|less|across|unless|always|perhaps|series|ones)$/u;

/** The clause of `sentence` that holds `mention` (at `at`): the words before it and after it up to a clause stop. */
function clauseOf(sentence: string, mention: string, at: number): { head: string; tail: string; clause: string } {
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + mention.length);
  const cut = before.search(new RegExp(`(?:${CLAUSE_STOP.source})(?!.*(?:${CLAUSE_STOP.source}))`, 'su'));
  const head = cut < 0 ? before : before.slice(cut + 1);
  const stop = after.search(CLAUSE_STOP);
  const tail = stop < 0 ? after : after.slice(0, stop);
  return { head, tail, clause: `${head}${mention}${tail}` };
}

/** Whether a clause tells what is done; a `was` opening it is the German pronoun (`…, was zu Neuwahlen im März führen dürfte`). */
function toldDone(clause: string): boolean {
  return DONE_CLAUSE.test(clause.replace(OPENING_WAS, ''));
}

/**
 * Whether the weekday `mention` (`am Samstag`, found at `at` in `sentence`) names a day still
 * to come by the clause's tense (see above); false where the text does not hold the mention.
 */
export function weekdayAhead(sentence: string, mention: string, at = sentence.indexOf(mention)): boolean {
  if (at < 0) return false;
  const { head, tail, clause } = clauseOf(sentence, mention, at);
  // `des Attentats vom Mittwoch`, `seit Samstag`: a day counted from, told as past whatever the verb.
  if (SINCE.test(head)) return false;
  // An English past before the weekday (`voters approved … on Tuesday that will …`), not `expected to`.
  if (toldDone(clause) || PAST_EN_BEFORE.test(head)) return false;
  if (FUTURE_CLAUSE.test(withoutModalWerden(clause))) return true;
  // The verb right before (`trifft am Samstag`), or right after a weekday that opens the clause.
  const prev = /(?:(\p{L}+)\s+)?(\p{L}+)\s+$/u.exec(head);
  const next = head.trim() === '' ? /^\s+(\p{L}+)/u.exec(tail)?.[1] : undefined;
  // Each language's verb shape only beside its own weekday (`night` ends in -t, `depuis` in -s).
  if (ENGLISH_DAY.test(mention)) return !!prev && PRESENT_EN.test(prev[2]!) && !NOT_PRESENT_EN.test(prev[2]!) && SUBJECT_EN.test(prev[1] ?? '');
  const german = (w: string | undefined) => w !== undefined && PRESENT_DE.test(w) && !NOT_PRESENT_DE.test(w);
  return GERMAN_DAY.test(mention) && (german(prev?.[2]) || german(next));
}

/**
 * Whether a day and month, or a month alone (`im März`), written without a year (`am 15. Januar`, found at `at` in `sentence`)
 * names a day still to come: the clause's future or intent (`will … am 15. Januar … stellen`,
 * `soll am 15. Januar … stattfinden`) or a sentence of what is to come (`speaksAhead`), with
 * nothing told as done. Then the date is the next such day, as temporal taggers read a future
 * tense against the document's date: `am 15. Januar` in a report of November is the coming January.
 */
export function dateAhead(sentence: string, mention: string, at = sentence.indexOf(mention)): boolean {
  if (weekdayAhead(sentence, mention, at)) return true;
  // The sentence's future is another clause's when the mention's own tells it done (`seit das
  // Programm im Dezember die Rationen halbieren musste: … nicht geschlossen werden soll`).
  return speaksAhead(sentence) && !(at >= 0 && toldDone(clauseOf(sentence, mention, at).clause));
}

/**
 * Whether a relative mention is read ahead (`resolveRelative`'s `ahead`): a bare weekday by its
 * clause (`weekdayAhead`), a year-less month (`im März`) by the rule of a day and month (`dateAhead`).
 */
export function relativeAhead(sense: { type: string; direction?: number }, sentence: string, mention: string): boolean {
  if (sense.type === 'weekday') return sense.direction === 0 && weekdayAhead(sentence, mention);
  return sense.type === 'month' && dateAhead(sentence, mention);
}
