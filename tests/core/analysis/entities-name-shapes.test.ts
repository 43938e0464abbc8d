import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/analysis/entities';
import { findSources } from '../../../src/core/analysis/sources';
import { groupEntities } from '../../../src/core/explore/entity-groups';
import type { NameStat } from '../../../src/core/store/queries/entities';
import { isSurnameFirst } from '../../../src/core/text/name-order';
import { splitSentences } from '../../../src/core/text/sentences';

const people = (t: string) => {
  const spans = splitSentences(t);
  return findEntities(t, spans, { sources: findSources(t, spans) })
    .filter((e) => e.kind === 'person')
    .map((e) => `${e.text} → ${e.name}`);
};
const stat = (name: string, count = 1): NameStat => ({ kind: 'person', name, count, articles: count });
const together = (names: string[]) => groupEntities(names.map((n) => stat(n))).filter((g) => g.kind === 'person').map((g) => g.names.map((n) => n.name).sort());

describe('a surname with particles', () => {
  it('is one name with its given name, and a bare mention with its particles is that person', () => {
    expect(people('Auch EU-Kommissionspräsidentin Ursula von der Leyen verurteilte den Angriff. Von der Leyen sagte, Gewalt habe keinen Platz.'))
      .toEqual(['Ursula von der Leyen → Ursula von der Leyen', 'Von der Leyen → Ursula von der Leyen']);
    expect(people('Innenminister Thomas de Maizière sagte am Montag, die Lage sei ernst. Später kündigte de Maizière Kontrollen an.'))
      .toEqual(['Thomas de Maizière → Thomas de Maizière', 'de Maizière → Thomas de Maizière']);
    expect(people('Kronprinz Mohammed bin Salman empfing ihn.')).toEqual(['Mohammed bin Salman → Mohammed bin Salman']);
  });
  it('opens a name after a role, but a lone preposition does not', () => {
    expect(people('Die Kommissionspräsidentin von der Leyen reiste ab.')).toEqual(['von der Leyen → von der Leyen']);
    expect(people('Der Bürgermeister von Kiew sprach von Zerstörung.')).toEqual([]);
  });
  it('takes no party, place or thing for a surname', () => {
    expect(people('Kanzler Olaf Scholz von den Sozialdemokraten sprach. Die Kritik von der Regierung war laut.')).toEqual(['Olaf Scholz → Olaf Scholz']);
  });
  it('groups the bare surname with the whole name, not two people of one surname with different given names', () => {
    expect(together(['Ursula von der Leyen', 'von der Leyen'])).toEqual([['Ursula von der Leyen', 'von der Leyen']]);
    expect(together(['Ursula von der Leyen', 'Thomas von der Leyen']).length).toBe(2);
  });
});

describe('an East Asian name, surname first', () => {
  it('is found after a role even when the surname is a frequent word, and written whole again is one name', () => {
    expect(people('Oppositionsführer Lee Jae-myung widersprach. Lee Jae-myung sagte, das sei falsch.'))
      .toEqual(['Lee Jae-myung → Lee Jae-myung', 'Lee Jae-myung → Lee Jae-myung']);
    expect(people('Oppositionsführer Lee Yae Myung reagiert umgehend. Lee Yae Myung, Oppositionsführer: »Bleiben Sie ruhig.«'))
      .toEqual(['Lee Yae Myung → Lee Yae Myung', 'Lee Yae Myung → Lee Yae Myung']);
  });
  it('reads the bare surname as the person, and a role word before it is no name', () => {
    expect(people('Staatsoberhaupt Yoon Suk Yeol hat das Kriegsrecht verhängt. Staatsoberhaupt Yoon lässt die Truppen abziehen.'))
      .toEqual(['Yoon Suk Yeol → Yoon Suk Yeol', 'Yoon → Yoon Suk Yeol']);
    expect(people('„Es war ein Mordversuch“, sagte FBI-Vertreter Kevin Rojek.')).toEqual(['Kevin Rojek → Kevin Rojek']);
  });
  it('is a shape, not any three short words', () => {
    expect(isSurnameFirst(['Yoon', 'Suk', 'Yeol'], () => false)).toBe(true);
    expect(isSurnameFirst(['Lee', 'Jae-myung'], () => false)).toBe(true);
    expect(isSurnameFirst(['Hans', 'Peter', 'Mayer'], (w) => ['hans', 'peter'].includes(w.toLowerCase()))).toBe(false);
    expect(isSurnameFirst(['Steve', 'Witkoff'], () => false)).toBe(false);
  });
  it('groups spellings of one person and the bare surname; another given name with that surname stays apart', () => {
    const groups = together(['Lee Jae-myung', 'Lee Yae Myung', 'Lee Jin-man', 'Yoon Suk Yeol', 'Yoon Suk-yeol', 'Yoon']);
    expect(groups).toContainEqual(['Lee Jae-myung', 'Lee Yae Myung']);
    expect(groups).toContainEqual(['Lee Jin-man']);
    expect(groups).toContainEqual(['Yoon', 'Yoon Suk Yeol', 'Yoon Suk-yeol']);
  });
});

describe('names of things and credits', () => {
  it('takes the name of a thing, an institution or a two-word country for no person', () => {
    expect(people('Die Spende ging an das Progressive Turnout Project, eine Gruppe.')).toEqual([]);
    expect(people('Ein Schiff rammte die Francis Scott Key Bridge. Die Scott Key-Brücke stürzte ein.')).toEqual([]);
    expect(people('Eigentümer ist Grace Ocean Pte Ltd. Das Schiff sollte nach Colombo auf Sri Lanka fahren.')).toEqual([]);
    expect(people('Dann lobte Kanzler Olaf Scholz das Project.')).toEqual(['Olaf Scholz → Olaf Scholz']);
  });
  it('leaves the writers a report was made with out, not a person named in brackets', () => {
    expect(people('Weder die Ukraine noch Russland legen ihre Verluste offen. (mit Reuters, dpa, Valeriia Semeniuk)')).toEqual([]);
    expect(people('Das Treffen (mit Kanzler Olaf Scholz) dauerte an.')).toEqual(['Olaf Scholz → Olaf Scholz']);
  });
  it('leaves a photographer credited before an agency out, so a bare surname is not taken for them', () => {
    const t = 'Einsatzkräfte blockierten den Zugang zum Parlament (Lee Jin-man/AP/dpa). Oppositionsführer Lee Jae-myung nannte das verfassungswidrig. Lee forderte den Rücktritt.';
    expect(people(t)).toEqual(['Lee Jae-myung → Lee Jae-myung', 'Lee → Lee Jae-myung']);
  });
});

describe('a name with the Persian article written apart', () => {
  it('takes all four words (`Āl-e` is no name’s end), and the bare surname after it as that person', () => {
    expect(people('Der Prediger Mohammed Ali Al-e Kuhrani kam ums Leben. Al-e Kuhrani war Imam.'))
      .toEqual(['Mohammed Ali Al-e Kuhrani → Mohammed Ali Al-e Kuhrani', 'Kuhrani → Mohammed Ali Al-e Kuhrani']);
    expect(people('Auch Außenminister Hassan Ali Al-e Kuhrani kam ums Leben.')).toEqual(['Hassan Ali Al-e Kuhrani → Hassan Ali Al-e Kuhrani']);
  });
});
