import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { entityGrouper, groupEntities } from '../../../src/core/explore/entity-groups';
import type { NameStat } from '../../../src/core/store/queries/entities';
import { colognePhonetic, isSpellingVariant } from '../../../src/core/text/phonetic';
import { splitSentences } from '../../../src/core/text/sentences';
import { findSources } from '../../../src/core/analysis/sources';

const entities = (t: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) });
};

describe('colognePhonetic and isSpellingVariant', () => {
  it('codes spellings of a name alike', () => {
    expect(colognePhonetic('Dmitrijew')).toBe(colognePhonetic('Dmitriev'));
    expect(colognePhonetic('Dmitriew')).toBe(colognePhonetic('Dmitriev'));
    expect(colognePhonetic('Witkoff')).toBe(colognePhonetic('Whitkoff'));
    expect(colognePhonetic('Müller')).toBe('657');
  });
  it('codes a final d or t as 2, a final c as 8 and an initial x as 48 (Postel 1969)', () => {
    expect(colognePhonetic('Schmidt')).toBe('862');
    expect(colognePhonetic('Brand')).toBe('1762');
    expect(colognePhonetic('Witt')).toBe('32');
    expect(colognePhonetic('Lac')).toBe('58');
    expect(colognePhonetic('Xaver')).toBe('4837');
  });
  it('accepts close variants and refuses different names', () => {
    for (const [a, b] of [['Dmitrijew', 'Dmitriew'], ['Dmitriew', 'Dmitriev'], ['Witkoff', 'Whitkoff'], ['Kellogg', 'Kellog']]) expect(isSpellingVariant(a!, b!)).toBe(true);
    for (const [a, b] of [['Peskow', 'Putin'], ['Trump', 'Rubio'], ['Dmitri', 'Dmitrijew']]) expect(isSpellingVariant(a!, b!)).toBe(false);
  });
});

describe('findEntities', () => {
  it('finds people by role cues, not every capitalised noun', () => {
    const t = 'Kremlsprecher Dmitri Peskow sagte, die Gespräche gingen weiter. US-Außenminister Marco Rubio widersprach. Die Verhandlungen dauern an.';
    const people = entities(t).filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toEqual(['Dmitri Peskow', 'Marco Rubio']);
  });
  it('finds a person in apposition after a role', () => {
    const t = 'Die Pressesprecherin des Weißen Hauses, Karoline Leavitt, ging darauf ein.';
    expect(entities(t).find((e) => e.kind === 'person')?.name).toBe('Karoline Leavitt');
  });
  it('finds a bare surname set off by commas after a role, not a word of a list', () => {
    // Invented names and places.
    const persons = (t: string) => entities(t).filter((e) => e.kind === 'person').map((e) => e.name);
    expect(persons('Der Präsident ordnete an, die frühere Regierungschefin von Moravien, Kya, aus der Haft zu entlassen.')).toEqual(['Kya']);
    expect(persons('Wie sich die Politiker von ABP, KVP, Blauen, der Roten und der Mitte einigten, blieb offen.')).toEqual([]);
  });
  it('files later surnames, genitives and spelling variants under the person', () => {
    const t = 'General Keith Kellogg schlug einen Plan vor. Kelloggs Plan wurde später von Kellog dementiert.';
    const found = entities(t).filter((e) => e.kind === 'person');
    expect(found.map((e) => e.text)).toEqual(['Keith Kellogg', 'Kelloggs', 'Kellog']);
    expect(found[1]!.name).toBe('Keith Kellogg');
  });
  it('keeps Arabic articles in a name and leaves roles, nationalities and photo credits out', () => {
    const t = 'Machthaber Baschar al-Assad floh. Der Anführer der Miliz Hayat Tahrir al-Sham, Abu Mohammed al-Golani, traf ein. Der Hamas-Führer Hanija starb. Im Gegenzug kam der Russen Vadim Krasikow frei. Syrer feiern. © Omar Sanadiki/AP/dpa Die Rebellen jubeln.';
    const e = entities(t);
    expect(e.filter((x) => x.kind === 'person').map((x) => x.name)).toEqual(['Baschar al-Assad', 'Abu Mohammed al-Golani', 'Hanija', 'Vadim Krasikow']);
    expect(e.filter((x) => x.kind === 'organisation').map((x) => x.name)).toContain('Hayat Tahrir al-Sham');
  });
  it('finds a name after a genitive role and three-word names after a given name in another spelling, not a byline\'s dateline', () => {
    const t = 'Die Garden drohten nach der Tötung ihres Oberbefehlshabers Hossein Salami. Getötet wurden die Forscher Mohammad Mehdi Teheranchi und Fereydoun Abbasi. Von Johannes Sadek und Holger Mehlig Damaskus (Syrien) - Der Krieg dauert an.';
    const people = entities(t).filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toEqual(['Hossein Salami', 'Mohammad Mehdi Teheranchi', 'Fereydoun Abbasi']);
  });
  it('finds a whole name a quoted sentence starts with when its given name is in another rendering', () => {
    const t = 'Er starb in Moskau. „Michail Sergejewitsch Gorbatschow ist heute Abend gestorben“, teilte die Klinik mit.';
    expect(entities(t).filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Michail Sergejewitsch Gorbatschow']);
  });
  it('finds a person after an authority and after a rival or incumbent, not the authority and the rival as a name', () => {
    const t = 'Der Vorsitzende der Wahlbehörde Ahmet Yener erklärte das Ergebnis. Erdogans Rivale Kemal Kilicdaroglu kam auf 47,86 Prozent. Dort gewann Amtsinhaber Erdogan.';
    const e = entities(t);
    expect(e.filter((x) => x.kind === 'person').map((x) => x.text)).toEqual(['Ahmet Yener', 'Erdogans', 'Kemal Kilicdaroglu', 'Erdogan']);
    expect(e.filter((x) => x.kind === 'organisation')).toEqual([]);
  });
  it('takes a third name word when the report goes on to use it alone, not a place it names', () => {
    const people = (t: string) => entities(t).filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people('Recep Tayyip Erdoğan hat die Wahl gewonnen. Erdoğan dankte seinen Anhängern.')).toEqual(['Recep Tayyip Erdoğan', 'Recep Tayyip Erdoğan']);
    expect(people('Gestern sprach Holger Mehlig Damaskus zu. Er reiste dann nach Damaskus weiter.')).not.toContain('Holger Mehlig Damaskus');
  });
  it('takes a speaker named by surname alone for a person, not a country, an agency or a common word', () => {
    const people = (t: string) => entities(t).filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people('„Die Operation dauert an“, so Netanyahu in einer Rede. Später hieß es, Netanyahus Büro schweige.')).toEqual(['Netanyahu', 'Netanyahu']);
    expect(people('„Wir bleiben“, sagte Scheller dem Sender. Chamenei erklärte, man werde antworten.')).toEqual(['Scheller', 'Chamenei']);
    expect(people('Das sei falsch, erklärte Israel. Es gebe keine Einigung, schrieb Reuters. Alles laufe, sagte Anfang der Woche ein Sprecher.')).toEqual([]);
  });
  it("leaves a byline's authors out, not a person a sentence starts with", () => {
    const people = (t: string) => entities(t).filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people('Die Rebellen siegten.\n\nVon Weedah Hamzah, Johannes Sadek, Cindy Riechau und Holger Mehlig Damaskus (Syrien) - Der Krieg dauert an.')).toEqual([]);
    expect(people('Der Plan liegt vor.\n\nVon Marian Nadler\n\nIsrael griff an.')).toEqual([]);
    expect(people('Von Donald Trump kam keine Antwort. Trump schwieg.')).toEqual(['Donald Trump', 'Donald Trump']);
  });
  it('finds places and organisations', () => {
    const t = 'Witkoff flog nach Moskau und traf in St. Petersburg ein. Die Nato und die Ukraine schwiegen, meldete die Nachrichtenagentur Interfax.';
    const e = entities(t);
    expect(e.filter((x) => x.kind === 'place').map((x) => x.name)).toEqual(['Moskau', 'St. Petersburg', 'Ukraine']);
    expect(e.filter((x) => x.kind === 'organisation').map((x) => x.name)).toEqual(['Nato', 'Interfax']);
  });
  it('takes no time zone for an organisation, and still an acronym that names one', () => {
    // Seen in a compare: "same names: MEZ" joining two sentences that give the hour in MEZ.
    const e = entities('Die Polizei wurde um 01.35 Uhr Ortszeit (06.35 MEZ) informiert. Um 1:30 Uhr ET (0530 GMT) rammte das Schiff die Brücke, meldete die NTSB.');
    expect(e.filter((x) => x.kind === 'organisation').map((x) => x.name)).toEqual(['NTSB']);
  });
});

describe('groupEntities', () => {
  const stat = (name: string, count = 1, kind: NameStat['kind'] = 'person'): NameStat => ({ kind, name, count, articles: 1 });
  it('groups spelling variants of one person and keeps others apart', () => {
    const groups = groupEntities([stat('Kirill Dmitrijew', 5), stat('Kirill Dmitriew', 3), stat('Dmitriev'), stat('Steve Witkoff', 9), stat('Whitkoff'), stat('Dmitri Peskow', 2)]);
    const names = groups.map((g) => g.names.map((n) => n.name).sort());
    expect(names).toContainEqual(['Dmitriev', 'Kirill Dmitriew', 'Kirill Dmitrijew']);
    expect(names).toContainEqual(['Steve Witkoff', 'Whitkoff']);
    expect(names).toContainEqual(['Dmitri Peskow']);
  });
  it('keeps two people with one surname and different given names apart', () => {
    const groups = groupEntities([stat('Donald Trump', 5), stat('Melania Trump', 2)]);
    expect(groups).toHaveLength(2);
  });
  it('groups transliterations, and close spellings when a given name or company confirms them', () => {
    const context = (s: NameStat) => new Set(s.name.includes('Golani') || s.name.includes('Dscholani') ? ['asad'] : []);
    const groups = groupEntities(
      [stat('Ismail Hanija', 9), stat('Ismail Haniyeh', 4), stat('Jewgeni Prigoschin', 5), stat('Prigozhin'), stat('Ali Chamenei', 3), stat('Ali Khamenei'), stat('Mohammed al-Golani', 4), stat('Al-Dscholani', 2), stat('Baschar al-Assad', 3), stat('Assad', 6)],
      new Map(),
      context,
    );
    const names = groups.map((g) => g.names.map((n) => n.name).sort());
    expect(names).toContainEqual(['Ismail Hanija', 'Ismail Haniyeh']);
    expect(names).toContainEqual(['Jewgeni Prigoschin', 'Prigozhin']);
    expect(names).toContainEqual(['Ali Chamenei', 'Ali Khamenei']);
    expect(names).toContainEqual(['Al-Dscholani', 'Mohammed al-Golani']);
    expect(names).toContainEqual(['Assad', 'Baschar al-Assad']);
  });
  it('groups a double surname with its first part under one given name, and spellings of tsch and ch', () => {
    const names = groupEntities([stat('Fereydun Abbasi', 3), stat('Fereydoun Abbasi-Davani', 2), stat('Mohammed Mehdi Tehrantschi', 2), stat('Mohammad Mehdi Teheranchi', 2)]).map((g) => g.names.map((n) => n.name).sort());
    expect(names).toContainEqual(['Fereydoun Abbasi-Davani', 'Fereydun Abbasi']);
    expect(names).toContainEqual(['Mohammad Mehdi Teheranchi', 'Mohammed Mehdi Tehrantschi']);
    expect(groupEntities([stat('Ali Abbasi', 3), stat('Fereydoun Abbasi-Davani', 2)])).toHaveLength(2);
  });
  it('reads past a patronymic: named by it and his surname, a person is still one, his wife apart', () => {
    const names = groupEntities([stat('Michail Gorbatschow', 14), stat('Michail Sergejewitsch Gorbatschow', 13), stat('Sergejewitsch Gorbatschow', 3), stat('Raissa Maximowna Gorbatschowa', 2), stat('Maximowna Gorbatschowa')]).map((g) => g.names.map((n) => n.name).sort());
    expect(names).toEqual([
      ['Michail Gorbatschow', 'Michail Sergejewitsch Gorbatschow', 'Sergejewitsch Gorbatschow'],
      ['Maximowna Gorbatschowa', 'Raissa Maximowna Gorbatschowa'],
    ]);
    // Another given name stays another person, whatever the patronymic.
    expect(groupEntities([stat('Michail Sergejewitsch Gorbatschow', 3), stat('Irina Michailowna Gorbatschowa', 1), stat('Wladimir Iljitsch Gorbatschow', 1)])).toHaveLength(3);
  });
  it('keeps close spellings apart without confirming context, and two people of one family apart', () => {
    const names = (stats: NameStat[]) => groupEntities(stats).map((g) => g.names.map((n) => n.name).sort());
    expect(names([stat('Mohammed al-Golani', 4), stat('Al-Dscholani', 2)])).toHaveLength(2);
    expect(names([stat('Alexej Nawalny', 4), stat('Julija Nawalnaja', 2), stat('Nawalnaja')])).toEqual([['Alexej Nawalny'], ['Julija Nawalnaja', 'Nawalnaja']]);
    expect(names([stat('Baschar al-Assad', 4), stat('Hafis al-Assad', 2)])).toHaveLength(2);
  });
  it('lets a person merge and split by name', () => {
    const overrides = new Map([['person\u0000Whitkoff', 'person:x']]);
    const groups = groupEntities([stat('Steve Witkoff', 9), stat('Whitkoff')], overrides);
    expect(groups.map((g) => g.names.map((n) => n.name))).toEqual([['Whitkoff'], ['Steve Witkoff']]);
    expect(groups[0]!.manual).toBe(true);
  });
});

describe('EntityGrouper.add', () => {
  const stat = (name: string, count = 1): NameStat => ({ kind: 'person', name, count, articles: 1 });
  it('files the names of a new report under the entities already made, as a full grouping does', () => {
    const grouper = entityGrouper([stat('Kirill Dmitrijew', 5), stat('Steve Witkoff', 9), stat('Dmitri Peskow', 2)]);
    grouper.add(stat('Whitkoff'));
    grouper.add(stat('Dmitriev'));
    grouper.add(stat('Marco Rubio'));
    const groups = grouper.groups().map((g) => g.names.map((n) => n.name).sort());
    expect(groups).toContainEqual(['Steve Witkoff', 'Whitkoff']);
    expect(groups).toContainEqual(['Dmitriev', 'Kirill Dmitrijew']);
    expect(groups).toContainEqual(['Marco Rubio']);
    expect(groups).toContainEqual(['Dmitri Peskow']);
  });
});
