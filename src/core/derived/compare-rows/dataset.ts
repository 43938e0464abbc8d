/**
 * The compare rows (entity mentions, timeline rows, story keys) as a derived dataset. Building
 * only queues articles (`compare_pending`): the catch-up (`catch-up.ts`) analyses them in
 * batches, on workers when there are many, before any view reads, and the waiting list is what
 * makes that work survive a kill.
 */
import { clearAllCompareRows, clearCompareRows, queueCompareBetween } from '../../store/queries/compare';
import type { DerivedDataset } from '../dataset';
import { bumpCompareVersion, noteCompareRemoved, noteViewsDiverged } from '../explore-groupings';
import { nameCountsInArticle } from '../../store/queries/entities';
import { indexArticleForCompare, markComparePending } from './rows';

/**
 * Version of what `analysis/article-rows.ts` writes: bump it when that changes. 2: names keep
 * Arabic articles and leave roles and credits out, story keys name people by the skeleton of
 * their surname, open date mentions and the leads of undated reports are kept, page furniture
 * dates nothing (issue 14). 3: a sentence may start with a number (`… ein. 1990 erhielt er`).
 * 4: a person's skeleton keeps `tsch` (`c`) apart from `k`; names after genitive roles
 * (`Oberbefehlshabers`), of three words after a given name of another language;
 * a byline's authors are no entities; story keys name a person by consonants, a place as `@=`;
 * a report dated only by its header keeps its lead. 5: the fold reads `ı`, `ł`, `ø` … as their
 * bare letters (`Kılıçdaroğlu` is `Kilicdaroglu`); a sentence may start with a name whose given
 * name is in another rendering (`„Michail Sergejewitsch Gorbatschow ist …`); a speaker by surname alone (`…“, so Netanyahu`);
 * story keys from the lead less page furniture, a name there counting three times.
 * 6: a person's skeleton reads `dh` as `d`, `oo` as `u` and written-out umlauts (`ae`, `oe`, `ue`) as vowels; no
 * person of a noun after an adjective after a preposition, before a place the report writes after `in`,
 * or after a name's genitive (`aus humanitären Gründen Asyl`, `Irans Hauptstadt Teheran`, `Haniyehs Residenz`).
 * 7: a surname with particles (`Ursula von der Leyen`, `de Maizière`); an East Asian name surname
 * first (`Lee Jae-myung`, a bare `Yoon` for `Yoon Suk Yeol`); `Staatsoberhaupt`, `Vertreter` are roles.
 * 8: no person of a name its own acronym follows in brackets (`Hajat Tahrir al-Scham (HTS)`), of a
 * whole quotation (`"Star Spangled Banner"`), after English `the` or after a thing's head
 * (`Flughafen Imam Khomeini`, `vom Typ Embraer Legacy`): `analysis/thing-names.ts`; a name in Cyrillic
 * script keys a story as its German rendering does (`Зеленський`, `Selenskyj`); `-politiker`, `-rechtler` are roles; a skeleton drops the Persian `Ale-` as an article.
 * 9: no person of a name opening with a declined adjective or an English demonym (`des Roten
 * Halbmonds`, `Georgian Dream`) or after a word for an institution (`Hauptquartier Khatam
 * al-Anbiya`): `analysis/name-openers.ts`; `ə` folds to `a`; `Al-e` is the name `Al-` is.
 * 10: a given name among the list's most frequent words opens a name (`Peter`, `Maria`, `Michael`);
 * no person of a run opening with the word for a place or a site (`Dorf …`, `Kanzlei …`), after or
 * opening with a word for a ship or a storm, after a number (`11.200 Euro Schmerzengeld`), opening
 * with a frequent English word that is no given name (`Open Access`), or of a common word and a
 * genitive (`Maßnahmen Erdogans`); a surname's Arabic article dropped is that person (`Assads`);
 * two given names of one surname in a report are two people; `đ` is `dj` in a skeleton.
 * 11: a role noun before a whole name with no article is no word of it (`sagte Anwohnerin Jelka
 * Marovic`); no person of a name holding a model number (`MiG-29`), of an older German country
 * name (`Weißrussland`, `Birma`), or of a two-word name the report writes twice as a place.
 * 12: one person under two names a report states (`Lai Ching-te, genannt William Lai`) is stored
 * as the article's alias pair (`entity_aliases`); no name opens with a frequent word that is no
 * given name before a word the lexicons know (`Mengen Kohlenstoff`).
 * 13: a role's feminine form is a role whichever the list holds (`Oppositionsführerin Machado`); no
 * person of a run after or opening with the word for a part of a town (`Stadtteil Nguyen Du`).
 * 14: a sentence ends where a copy lost the space after its stop (`…zurück.Der Präsident`,
 * `core/text/sentences.ts`): the rows of such texts hold two sentences where they held one.
 * 15: no person of a run after or opening with a place word in its genitive (`des indischen
 * Bundesstaates Tripura`, `des Bezirks Tran Vu`).
 * 16: no name of a word holding a noun suffix and its linking `s` inside (`Genesungswünsche`,
 * `Präsidentschaftswahlkampf`, `analysis/entity-words.ts`), after a role too; no person of a run
 * after a word for a kind of product or work (`im Getränk Pepsi`, `den Roman Jakob von Gunten`); a
 * frequent given name of another language opens a name (`Jimmy Carter`, `George Osborne`).
 * 17: a translated honorific stays with the name after it (`Scheich Hasina`, as `Sheikh Hasina`);
 * an English surname the frequency list holds ends a name (`Martin Luther King`, `Carole King`, `Peter Young`).
 * 18: no person of a run its own words name as a thing (`analysis/thing-words.ts`): English words
 * no given name (`Champions League`), a legal form (`Zielpunkt GmbH`), a genitive before a noun
 * (`Poulencs Klavierkonzert`), a long German noun first (`Spitzenreiter Rapid`); nor of one opening
 * with a word for a type (`App Blinq`) or ending a hyphenated club word (`Sport-Club Freiburg`).
 * 19: a verb after its subject pronoun or an opening adverb is no adjective before a given name
 * (`Sie trafen Martin Luther King`); a German given name after a given name of another list is a
 * surname (`George Lucas`, `Neil Jordan`).
 * 20: so is a second verb joined to such a verb by `und` (`Sie kamen und trafen …`); a noun for a
 * member of a group after a role is no person (`der Premier Sunnit`, `analysis/member-nouns.ts`).
 * 21: a bare weekday in a clause of what is to come (`trifft am Samstag`, `will am Montag`) is
 * that day or the next such, not the one before (`ingest/dates/ahead.ts` `weekdayAhead`).
 * 22: a bare surname set off by commas at a role's first comma is a person (`die frühere
 * Regierungschefin von Bangladesch, Zia, aus …`), not in a list (`Politiker von CDU, SPD, Grünen,`).
 * 23: the older German given names are given names of some list (`Landeshauptmann Günther Platter`,
 * `analysis/data/de-more-given-names.json`); a run of two listed words, the second a lexicon word,
 * names a thing (`Wiener Schmäh`); a noun or a participle's adverb beside a verb of saying is no
 * speaker (`forderte Flammenwerfer`, `Abschließend forderte sie`).
 * 24: two people side by side are no one person (`Landeshauptmann Erwin Pröll Mitterlehner
 * angeschrien` beside `Reinhold Mitterlehner`; a headline's `Merkel Macron Scholz`), and a bare
 * surname filed under such a run is filed under its own whole name (`analysis/glued-names.ts`).
 * 25: a day and month without a year in a clause of what is to come is the next such day
 * (`am 15. Januar` told ahead in a report of November: January of the next year), `dateAhead`.
 * 26: so is a month alone (`Neuwahlen im März … dürfte`), `relativeAhead`; `will` is a plan only
 * with an infinitive closing its clause (`Es will Maduro nicht` is wanting), `contrast/mood.ts`;
 * a dateline's agency is no cited source (`compare/credits.ts`).
 * 27: a timeline row keeps a window of at most 400 characters of a longer sentence
 *     (`text/window.ts`; its keys still the whole sentence's): text without sentence breaks made
 *     the rows quadratic in memory. 10k bench: 242 of 51,863 rows (165 reports).
 * 28: an East Asian name surname first is found whole when its surname is a German given name or
 *     frequent word or its given name's syllables are frequent words (`Kim Jong Un`, `Chen
 *     Shui-bian`, `Moon Jae In`, `Ban Ki Moon`), and beside a bare surname the report already
 *     names (`Kim Yo Jong` beside `Kim Jong Il`): `text/name-order.ts`, names5 pass; a surname that
 *     is a frequent German word after a given name when the report tells it one (`Sebastian Kurz`
 *     … `sagte Kurz`): `analysis/word-surnames.ts`.
 * 29: the mood tells a passive `werden` from the future (`contrast/mood.ts`): the modal passive
 *     (`angepasst werden müssen`) and a strong verb's participle (`wird … verboten`) are no plan;
 *     a future or planned passive (`soll … freigelassen werden`) and an infinitive in -ern/-eln
 *     (`werden … dauern`) are; the dating's modal passive as in EXTRACTOR_VERSION 26. A passive
 *     `würden … gebracht` (indirect speech) and the noun `Würde` are not what may be; a cited
 *     source is no name of a pair's differences; a gallery counter (`1/8`) is no figure, and a
 *     figure's unit is not read across a comma (`Habeck (55, Grüne)`).
 * 30: a given name that is also a country's name opens a person's name when the report says so
 *     (`Außenminister Israel Katz`, `Katz sagte`: `analysis/country-given.ts`), and a surname's
 *     particle written capitalised after a given name is read (`Alexander Van der Bellen`, `Kevin
 *     De Bruyne`), and an East Asian given name with a capitalised second syllable after a known
 *     surname (`Lee Jae-Myung`): names6 pass.
 * 31: a known given name before a word the frequency list holds (a city: `Jack London`, `Whitney
 *     Houston`) is a person where the report has the pair act as one (`analysis/place-surname.ts`),
 *     and the groups of people part two sexes' given names the endings cannot (names8 pass).
 * 32: no figure in the second half of a score (`2:1-Sieg` gave "1 Sieg"), and a part of a figure
 *     takes its unit (`99 von 128 Stimmen`: 99 votes): the rows' figure keys move; a time zone
 *     (`MEZ`, `GMT`, `ET`) is no organisation (compareux pass).
 * 33: a whole name written again after the report named its surname is read whole where it adds
 *     a spelling — a second surname (`Nicolás Maduro Moros` after `Nicolás Maduro`), another
 *     rendering of the given name (`Hussein Salami` after `Hossein Salami`), or the given name after
 *     only the bare surname (`analysis/second-surname.ts`), and two given names before two surnames
 *     are read as one name of four words (`José Luis Rodríguez Zapatero`): names9 pass.
 * 34: no person read in a noun after an article and adjectives (`das deutsche Glasfasernetz
 *     Versatel`: `analysis/phrase-heads.ts`), after English `of` (`Journal of Experimental
 *     Biology`), or in a run holding a country's English name and no given name (`Casinos
 *     Austria`), nor in one word without a given name after a role firms and teams hold too
 *     (`Konkurrent Cyberport`, `AUA-Mutter Lufthansa`: `analysis/relation-roles.ts`), after a
 *     club's abbreviation (`SC Wiener Neustadt`) or after the word for a firm (`Firma Häusle`), nor
 *     a noun for a country's people after a role (`die Mutter Serbin`); and a listed given name
 *     after a relative article, a demonstrative or an article and an adjective opens a person's
 *     name (`Fotos, die Fidel Castro … zeigen`, `den eingewechselten Thomas Fröschl`:
 *     `analysis/given-after-article.ts`):
 *     the names pass of issue 14 (`eval:names -- --corpus`).
 * 35: a per-cent sign after a number (`80 %`, `52,1%`) is the unit `Prozent`, so it meets `80
 *     Prozent` as one figure (it was a figure without a unit; 11 such figures in the dev texts:
 *     the recall pass's reading of misses).
 * 36: a compound ending in a role (`Olympiasieger`, `Bank-Austria-Ökonom`) is no person and is cut
 *     from the name after it; a listed given name after a preposition (`gegen Roger Federer`), a
 *     month-named given name after a role (`Gauleiter August Eigruber`) and two words no list holds
 *     after a verb of saying (`sagt Vytenis Andriukaitis`) open a name: the names11 pass.
 */
export const COMPARE_ROWS_VERSION = 36;

/**
 * A trashed report's compare rows go (and it leaves the waiting list); the views take it out
 * of what they hold (its name counts, read first, are what People & places takes away).
 */
function dropCompareRows(db: Parameters<typeof clearCompareRows>[0], id: string): void {
  const names = nameCountsInArticle(db, id);
  if (clearCompareRows(db, id)) noteCompareRemoved(db, { id, names });
  db.prepare('DELETE FROM compare_pending WHERE article_id = ?').run(id);
}

/** The compare rows, declared for `core/derived`. */
export const compareRowsDataset: DerivedDataset = {
  name: 'compare-rows',
  version: COMPARE_ROWS_VERSION,
  clear(db) {
    clearAllCompareRows(db);
    bumpCompareVersion(db);
  },
  build(db, range) {
    queueCompareBetween(db, range.after, range.upTo);
  },
  onChange(db, change) {
    // New articles wait for the catch-up after the import, so importing stays as fast as
    // extraction and full-text indexing allow; re-extraction indexes in place; a new or cleared
    // date re-reads the article's relative dates (`am Freitag`) before the next view.
    if (change.kind === 'added' || change.kind === 'restored') markComparePending(db, change.id);
    else if (change.kind === 'trashed') dropCompareRows(db, change.id);
    else if (change.kind === 'extracted') indexArticleForCompare(db, change.id, change.extraction);
    else if (change.kind === 'metadata' && change.dateChanged) markComparePending(db, change.id);
    else if (change.kind === 'metadata') noteViewsDiverged(db);
  },
};
