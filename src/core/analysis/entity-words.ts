/**
 * The word lists the name finder (`entities.ts`) reads a German news text with: roles a name
 * follows, function words and determiners no name is, noun endings, verbs of saying, words
 * for a kind of group, place prefixes, institutions named like people.
 */
import { suffixTest } from './suffixes';
import { isWorldCity } from './world-cities';

/** True when a word names a role (`Kremlsprecher`, `Kreml-Berater`, `US-Außenminister`). */
export function isRoleWord(word: string): boolean {
  return ROLE(word, word.toLowerCase());
}

/**
 * Role words, as the end of a word (`Kremlsprecher`, `US-Außenminister`), and a role's feminine
 * form whichever the list holds (`Oppositionsführerin`, `Gouverneurin`, `Machthaberin`).
 */
export const ROLE: (word: string, lower?: string) => boolean = (word, lower = word.toLowerCase()) =>
  ROLE_ENDING(word, lower) || (lower.length >= 7 && lower.endsWith('in') && ROLE_ENDING(word.slice(0, -2), lower.slice(0, -2)));

const ROLE_ENDING = suffixTest(
  ('präsident präsidenten präsidentin sprecher sprecherin minister ministerin ministers kanzler kanzlerin gesandte gesandter gesandten beauftragte ' +
    'beauftragter beauftragten berater beraterin botschafter botschafterin senator senatorin chef chefin diplomat diplomaten unterhändler vermittler ' +
    'premier premierminister general anwalt autor autorin korrespondent korrespondentin journalist journalistin staatssekretär abgeordnete abgeordneter ' +
    'bürgermeister bürgermeisterin vorsitzende vorsitzender schwiegersohn sohn tochter ehefrau ehemann bruder schwester kommandeur oberbefehlshaber trainer ' +
    'direktor direktorin gouverneur papst könig königin prinz herr frau dr prof kollege kollegin amtskollege amtskollegen nachfolger vorgänger sprechers ' +
    'präsidenten führer führers anführer anführers machthaber machthabers diktator diktators soldat soldaten reporter reporterin kritiker kritikerin ' +
    'gegner gegnerin oppositionelle oppositioneller aktivist aktivistin ajatollah ayatollah imam scheich witwe mutter vater gründer gründerin ' +
    'mitbegründer stellvertreter stellvertreterin leiter leiterin häftling kapitän major oberst ' +
    // Who stands against whom (`Erdogans Rivale Kemal Kilicdaroglu`, `Gegenkandidat`, `Amtsinhaber`).
    'rivale rivalin konkurrent konkurrentin herausforderer herausforderin kandidat kandidatin inhaber inhaberin ' +
    // Genitives a name follows as often (`ihres Oberbefehlshabers Hossein Salami`).
    'oberbefehlshabers kommandeurs generals chefs leiters beraters botschafters majors ' +
    // Who speaks or stands for a state or an office (`Staatsoberhaupt Yoon`, `FBI-Vertreter Kevin Rojek`).
    'oberhaupt oberhaupts vertreter vertreterin ' +
    // Who is in politics or campaigns (`Oppositionspolitikerin Julija …`, `Bürgerrechtler`): else the role is taken for a given name.
    'politiker politikerin rechtler rechtlerin ' +
    // A party's or an organisation's secretary (`Generalsekretär Nguyen Phu Trong`, `Parteisekretär`); a cardinal.
    'sekretär sekretärs kardinal').split(' '),
);
/**
 * Heads of German compound nouns for what a person is or does (`Olympiasieger`, `Bezirksrichter`,
 * `Bank-Austria-Ökonom`): such a compound is never a name, nor part of one, and a name after it is
 * the holder's. Only the compound: the bare head is a surname too often (`Gerhard Richter`), so it
 * stays out of `ROLE`, which reads a word after every role word as a name.
 */
const ROLE_HEADS = ('sieger siegerin richter richterin ökonom ökonomin analyst analystin experte expertin forscher forscherin ' +
  'wissenschaftler wissenschaftlerin kommissar kommissarin funktionär funktionärin unternehmer unternehmerin manager managerin').split(' ');
const ROLE_HEAD = suffixTest(ROLE_HEADS);
const BARE_HEADS = new Set(ROLE_HEADS);
/** Heads that are surnames too: after a hyphen they may end a double surname (`Meyer-Richter`). */
const SURNAME_HEADS = new Set(['richter', 'sieger', 'forscher']);
/**
 * True for a compound ending in a role head (`Olympiasieger`, `Bank-Austria-Ökonom`), not the
 * head alone (`Richter`) nor a double surname that may end in one (`Meyer-Richter`).
 */
export function ROLE_COMPOUND(word: string, lower = word.toLowerCase()): boolean {
  if (!ROLE_HEAD(word, lower) || BARE_HEADS.has(lower)) return false;
  const hyphen = lower.lastIndexOf('-');
  // A city's adjective is no role (`Maastrichter Vertrag`).
  return (hyphen < 0 || !SURNAME_HEADS.has(lower.slice(hyphen + 1))) && !(lower.endsWith('er') && isWorldCity(word.slice(0, -2)));
}
/**
 * Honorifics that stand in a person's name as outlets write it and that German copy translates
 * (`Scheich Hasina` beside `Sheikh Hasina`): a role to the finder, so no name opens with one, but
 * kept with the name after it, as English copy's `Sheikh` is read as its first word.
 */
export const NAME_HONORIFIC = new Set(['scheich', 'scheik']);
export const FUNCTION_WORDS = new Set(
  ('der die das den dem des ein eine einen einem einer eines im am vom zum zur beim ins in an auf aus bei mit nach seit von vor zu für über unter um durch gegen ohne ' +
    'und oder aber auch als wie wenn dass denn doch so es er sie wir ihr ich du man sein seine ihre dieser diese dieses jeder jede alle nicht kein keine mehr laut nun noch ' +
    'schon bereits dabei damit danach dann darauf heute gestern morgen montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli ' +
    'august september oktober november dezember während trotz zuletzt unterdessen demnach beide beiden erst direkt anschließend allerdings einem bis sollte wer was').split(' '),
);
export const DETERMINERS = new Set(
  'der die das den dem des ein eine einen einem einer eines im am vom zum zur beim ins sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer kein keine dieser diese diesen diesem dieses jeder jede jeden jedem alle allen viele vielen mehrere unsere unser'.split(' '),
);
/**
 * Lowercase words ending like a declined adjective that are none (`er verlor gegen Roger
 * Federer`): prepositions, read by `afterAdjective` as the adjective of a noun to come.
 */
export const NOT_ADJECTIVE = new Set('gegen wegen neben zwischen binnen entgegen ohne gegenüber inmitten anstatt'.split(' '));
/** Subject pronouns: the lowercase word after one is its verb (`wo er verloren hatte`), no adjective. */
export const PERSONAL_PRONOUN = new Set('er sie es wir ich du man'.split(' '));
/** Endings of German common nouns and adjectives: such a word is no name. */
export const NOUN_ENDING = suffixTest('ung ungen heit heiten keit keiten schaft schaften tion tionen ismus tät täten nis nisse tum ment mente ling lung lungen ierung chen lein ende enden ern ischen ische ischer isches lichen liche licher ige igen iger'.split(' '));
/**
 * A noun suffix with its linking `s` inside a word, three letters or more either side
 * (`Genesungswünsche`, `Sicherheitslage`, `Präsidentschaftswahlkampf`): a German compound noun,
 * no name, wherever it stands (`von mehreren Regierungschefs Genesungswünsche`).
 */
const JOINTS = ['ungs', 'heits', 'keits', 'schafts', 'tions', 'täts'];
export function COMPOUND_NOUN(lower: string): boolean {
  // Looked up for every capitalised word of every report: plain searches, most words too short.
  if (lower.length < 10) return false;
  for (const j of JOINTS) {
    const at = lower.indexOf(j, 3);
    if (at >= 0 && lower.length - at - j.length >= 3) return true;
  }
  return false;
}
export const PLACE_PREP = new Set(['in', 'nach', 'aus']);
/** Verbs of saying a speaker's name stands beside (`sagte Scheller`, `…“, so Netanyahu`); not those of media (`berichtete`). */
const SPEECH_WORDS = new Set('so sagte sagt erklärte erklärt betonte betont schrieb warnte warnt meinte fügte drohte forderte kritisierte versicherte räumte bekräftigte'.split(' '));
export const SPEECH = (lower: string) => SPEECH_WORDS.has(lower);
/** Endings of words that name a kind of group: the capitalised run after one is its name (`Miliz Hayat Tahrir al-Sham`). */
export const ORG_CUE = suffixTest('gruppe miliz milizen organisation allianz partei bewegung armee konzern agentur behörde bündnis netzwerk sender kanal zeitung truppe'.split(' '));
/**
 * Lowercase words before a surname that belong to it (`Ursula von der Leyen`, `Thomas de
 * Maizière`, `Mohammed bin Salman`): the first of one or two; `der`/`den`/`la` only second.
 */
export const SURNAME_PARTICLE = new Set(['von', 'van', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'ter', 'ten', 'zu', 'bin', 'ibn']);
export const SURNAME_PARTICLE_SECOND = new Set(['der', 'den', 'la', 'le']);
/** Particles that are also German prepositions: after a role, `Bürgermeister von Kiew` names a place, so alone they open no name. */
export const GERMAN_PARTICLE = new Set(['von', 'zu']);
/**
 * Last words of the names of things and institutions, English and German (`Turnout Project`,
 * `Francis Scott Key Bridge`, `Keystone Press`): capitalised words before one name no person.
 */
export const THING_HEAD = new Set(
  ('project agency foundation institute institut bridge brücke ltd pte inc corp company group council committee center centre press airport flughafen ' +
    'university universität college school hospital party times post news tribune network fund bank club stadium tower hotel church street avenue square road').split(' '),
);
/** A word (or the last part of a compound, `Key-Brücke`) that heads the name of a thing or an institution. */
export function isThingHead(lower: string): boolean {
  return THING_HEAD.has(lower.slice(lower.lastIndexOf('-') + 1));
}
export const PLACE_PREFIX = new Set(['St', 'Sankt', 'San', 'Santa', 'Los', 'Las', 'New', 'Bad', 'Den', 'Le', 'La', 'Frankfurt']);
/** Institutions German news names like people (no cue needed). */
export const INSTITUTIONS = new Map<string, string>([
  ['kreml', 'Kreml'], ['kremls', 'Kreml'], ['nato', 'Nato'], ['weißen hauses', 'Weißes Haus'], ['weiße haus', 'Weißes Haus'], ['weißes haus', 'Weißes Haus'],
  ['pentagon', 'Pentagon'], ['bundestag', 'Bundestag'], ['duma', 'Duma'], ['bundesregierung', 'Bundesregierung'], ['europäische union', 'Europäische Union'],
  ['vereinten nationen', 'Vereinte Nationen'], ['vereinte nationen', 'Vereinte Nationen'], ['hamas', 'Hamas'], ['hisbollah', 'Hisbollah'], ['kongress', 'Kongress'],
  ['elysée', 'Elysée'], ['vatikan', 'Vatikan'], ['bundeswehr', 'Bundeswehr'], ['europäischen union', 'Europäische Union'],
]);
/**
 * Acronyms that are not organisations (or are countries, which the country list covers), and time
 * zones (`01.35 Uhr Ortszeit (06.35 MEZ)`, `1:30 Uhr ET (0530 GMT)`: a compared pair was "joined"
 * by "same names: MEZ", and `MEZ` was a story's keyword). Not `PT` (a party's name as often).
 */
export const NOT_ORG_ACRONYMS = new Set([
  'US', 'USA', 'UK', 'II', 'III', 'IV', 'VI', 'VII', 'AM', 'PM', 'OK', 'TV', 'CEO', 'KI', 'AI', 'PS', 'DNA',
  'MEZ', 'MESZ', 'OEZ', 'OESZ', 'WEZ', 'WESZ', 'UTC', 'GMT', 'CET', 'CEST', 'EST', 'EDT', 'CDT', 'MDT', 'PST', 'PDT', 'BST', 'MSK', 'ET',
]);
