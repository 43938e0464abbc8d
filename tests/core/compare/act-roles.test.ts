import { describe, expect, it } from 'vitest';
import { actRoles, type RoleName } from '../../../src/core/compare/act-roles';

/** The names of an invented sentence, each keyed by its lower-case last word (`Ebrahim Raisi` → `@raisi`), genitive when written with a final `s` not in `base`. */
function named(text: string, ...names: string[]): [string, RoleName[]] {
  return [text, names.map((n) => {
    const start = text.indexOf(n);
    if (start < 0) throw new Error(`no ${n}`);
    const base = n.replace(/s$/, '');
    const genitive = n.endsWith('s') && !['Navalnys'].includes(n) ? true : undefined;
    return { start, end: start + n.length, key: `@${base.split(' ').pop()!.toLowerCase()}`, ...(genitive ? { genitive } : {}) };
  })];
}
const roles = (text: string, ...names: string[]) => {
  const r = actRoles(...named(text, ...names));
  return Object.fromEntries([...r].map(([k, v]) => [k, { agents: [...v.agents].sort(), patients: [...v.patients].sort() }]));
};

describe('actRoles', () => {
  it('reads the subject of a passive as the patient and `von` as the agent', () => {
    expect(roles('Der Oppositionelle Kowalski wurde am Montag von der Polizei in Minsk festgenommen.', 'Kowalski', 'Minsk').arrest)
      .toEqual({ agents: [], patients: ['@kowalski'] });
    expect(roles('Petrow wurde von Soldaten der Armee Nordland erschossen.', 'Petrow', 'Armee Nordland').die)
      .toEqual({ agents: ['@nordland'], patients: ['@petrow'] });
  });
  it('reads the subject of an act it undergoes as the patient (`starb`, `ums Leben`, `tot`)', () => {
    expect(roles('Der Präsident, Anton Berger, starb am Sonntag in Wien.', 'Anton Berger', 'Wien').die).toEqual({ agents: [], patients: ['@berger'] });
    expect(roles('Bei dem Absturz kamen Berger und Lindqvist ums Leben.', 'Berger', 'Lindqvist').die).toEqual({ agents: [], patients: ['@berger', '@lindqvist'] });
    expect(roles('Das Flugzeug stürzte ab, bei dem Berger ums Leben kam.', 'Berger').die).toEqual({ agents: [], patients: ['@berger'] });
    expect(roles('Berger ist tot, sagte Lindqvist.', 'Berger', 'Lindqvist').die).toEqual({ agents: [], patients: ['@berger'] });
    expect(roles('Anton Berger, der letzte Präsident der Republik, ist in Wien gestorben.', 'Anton Berger', 'Wien').die).toEqual({ agents: [], patients: ['@berger'] });
  });
  it('reads an active verb: the name before it acts, the name after it undergoes', () => {
    expect(roles('Nordland tötete Petrow bei einem Angriff.', 'Nordland', 'Petrow').die).toEqual({ agents: ['@nordland'], patients: ['@petrow'] });
    expect(roles('Nordland hat Petrow getötet.', 'Nordland', 'Petrow').die).toEqual({ agents: ['@nordland'], patients: ['@petrow'] });
    expect(roles('Am Mittwoch tötete Nordland den Anführer der Gruppe.', 'Nordland').die).toEqual({ agents: ['@nordland'], patients: [] });
    expect(roles('Am Mittwoch tötete die Armee Petrow.', 'Petrow').die).toEqual({ agents: [], patients: ['@petrow'] });
    expect(roles('Man sagt, dass Nordland Petrow getötet hat.', 'Nordland', 'Petrow').die).toEqual({ agents: ['@nordland'], patients: ['@petrow'] });
    expect(roles('Dann besuchte Berger die Stadt.', 'Berger').visit).toEqual({ agents: ['@berger'], patients: [] });
    expect(roles('Am Sonntag traf Berger Lindqvist in Wien.', 'Berger', 'Lindqvist', 'Wien').meet).toEqual({ agents: ['@berger'], patients: ['@lindqvist'] });
  });
  it('leaves out names after a preposition or an oblique article, and a genitive before a title', () => {
    expect(roles('Nach Angaben von Lindqvist starb Berger in Wien.', 'Lindqvist', 'Berger', 'Wien').die).toEqual({ agents: [], patients: ['@berger'] });
    expect(roles('Nordlands Präsident Berger ist gestorben.', 'Nordlands', 'Berger').die).toEqual({ agents: [], patients: ['@berger'] });
    expect(roles('Die Polizei nahm dem Reporter Berger gegenüber keine Stellung, Petrow wurde verhaftet.', 'Berger', 'Petrow').arrest).toEqual({ agents: [], patients: ['@petrow'] });
  });
  it('reads the genitive after a noun of an act as its patient, `auf` as the target', () => {
    expect(roles('Der Tod Bergers wurde am Abend bestätigt.', 'Bergers').die).toEqual({ agents: [], patients: ['@berger'] });
    expect(roles('Bergers Tod wurde am Abend bestätigt.', 'Bergers').die).toEqual({ agents: [], patients: ['@berger'] });
    expect(roles('Die Festnahme des Oppositionsführers Petrow löste Proteste aus.', 'Petrow').arrest).toEqual({ agents: [], patients: ['@petrow'] });
    expect(roles('Der Angriff der Nordland-Miliz auf Südstadt kam überraschend.', 'Nordland-Miliz', 'Südstadt').attack).toEqual({ agents: ['@nordland-miliz'], patients: ['@südstadt'] });
  });
  it('reads an attributive participle of its own noun phrase only', () => {
    expect(roles('Die Namen der Passagiere des abgestürzten Flugzeugs nannte Berger.', 'Berger').crash).toBeUndefined();
    expect(roles('Der getötete Milizenchef Petrow wurde in Südstadt begraben.', 'Petrow', 'Südstadt').die).toEqual({ agents: [], patients: ['@petrow'] });
  });
  it('reads the genitive of an act someone does as its agent (`Bergers Sieg`, `der Besuch Bergers`)', () => {
    expect(roles('Bergers Sieg kam überraschend.', 'Bergers').win).toEqual({ agents: ['@berger'], patients: [] });
    expect(roles('Nach der Tötung ihres Anführers Petrow drohte die Gruppe mit Rache.', 'Petrow').die).toEqual({ agents: [], patients: ['@petrow'] });
  });
  it('names nobody for a pronoun, and tells the acts of two clauses apart', () => {
    expect(roles('Er starb am Sonntag in Wien.', 'Wien').die).toBeUndefined();
    const r = roles('Berger trat am Montag zurück, nachdem Petrow festgenommen worden war.', 'Berger', 'Petrow');
    expect(r.arrest).toEqual({ agents: [], patients: ['@petrow'] });
  });
});
