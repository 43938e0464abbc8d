import { describe, expect, it } from 'vitest';
import { groupEntities, type NameContext } from '../../../src/core/explore/entity-groups';
import { spellingsData, spellingsLookup } from '../../../src/core/explore/spellings-lookup';
import type { NameStat } from '../../../src/core/store/queries/entities';

const person = (name: string, count = 2): NameStat => ({ kind: 'person', name, count, articles: count });
/** Named beside one other person in their reports (one story), never both in one report. */
const company: NameContext = () => new Set(['zzcompany']);
/** The groups of two spellings, each established (three reports) or not, in both orders. */
const groupCounts = (a: string, b: string) =>
  [[3, 2], [2, 3], [3, 3], [1, 1]].map(([na, nb]) => groupEntities([person(a, na), person(b, nb)], new Map(), company).length);

// Invented names, each pair one person in two romanisations of a kind the grouping did not read
// (eval/names: Wade–Giles and pinyin surnames, Korean systems, French copy of Russian names).
const ONE_PERSON: [string, string][] = [
  // Wade–Giles `ts` for pinyin `c`/`z`, `hs` for `x`, `-ung` for `-ong`, no `y` before an initial `i`.
  ['Tsao Ing-fen', 'Cao Yingfen'],
  ['Hsu Chin-lung', 'Xu Jinlong'],
  ['Mo Tse-pin', 'Mo Zebin'],
  // … under a Wade–Giles surname of one syllable and five letters or more (`Chiang`/`Jiang`, `Tseng`/`Zeng`).
  ['Chiang Ming-tung', 'Jiang Mingdong'],
  // Korean: Revised Romanization, McCune–Reischauer and the bearers' own (`eo`/`u`, `eu`/`u`, `k`/`g`, `Lee`/`Yi`, `Park`/`Pak`).
  ['Lee Seon-myeong', 'Yi Sun-myung'],
  ['Park Geum-chae', 'Pak Kum-chae'],
  ['Kim Deok-hee', 'Kim Duk-hui'],
  ['Roh Jeong-su', 'No Jung-soo'],
  // French copy of Russian names: `j` is `zh`, `ch` is `sh`, `ou` is `u`, a mute final `e`.
  ['Evgueni Varojine', 'Yevgeny Varozhin'],
  ['Alexandre Toukachev', 'Alexander Tukashev'],
  ['Sergueï Kojine', 'Sergei Kozhin'],
];

describe('romanisations of one person the grouping reads as one', () => {
  for (const [a, b] of ONE_PERSON) {
    it(`joins ${a} / ${b}`, () => expect(groupCounts(a, b)).toEqual([1, 1, 1, 1]));
  }
  it('and search finds the other spelling of a joined person', () => {
    const lookup = spellingsLookup(spellingsData(groupEntities([person('Tsao Ing-fen', 3), person('Cao Yingfen', 2)])));
    expect(lookup('Tsao Ing-fen')).toContain('Cao Yingfen');
  });
});

describe('different people with near names stay apart, in shared company', () => {
  const TWO_PEOPLE: [string, string][] = [
    // `Hassan` (حسن) and `Hussein` (حسين): one consonant root, two names; the diphthong tells them apart.
    ['Hassan Marouni', 'Hussein Marouni'],
    ['Hasan Talibi', 'Husain Talibi'],
    // … as German `Hans` and `Heinz` are (main joined `Hans Mayr` and `Heinz Mayer` in the 10k corpus).
    ['Hans Pichler', 'Heinz Pichler'],
    // A French reading only of a word French copy marks: a German `ch` stays German.
    ['Peter Fuchs', 'Peter Fuß'],
    // Korean given names of other syllables, surnames of one family.
    ['Kim Seon-il', 'Kim Seon-nam'],
    ['Lee Jae-hun', 'Lee Jae-yong'],
    ['Park Mi-rae', 'Park Chung-hee'],
    // Chinese: another given name under one surname.
    ['Tsao Ing-fen', 'Cao Yongfen'],
    ['Mo Zebin', 'Mo Zeping'],
    ['Chiang Ming-tung', 'Chiang Wen-tung'],
  ];
  for (const [a, b] of TWO_PEOPLE) {
    it(`keeps ${a} / ${b} apart`, () => expect(groupCounts(a, b)).toEqual([2, 2, 2, 2]));
  }
  it('a whole name typed does not find the other name of one root (`Hassan` for `Hussein`)', () => {
    const lookup = spellingsLookup(spellingsData(groupEntities([person('Hussein Marouni', 3)])));
    expect(lookup('Hassan Marouni')).toBeNull();
    expect(lookup('Husain Marouni')).toContain('Hussein Marouni');
  });
});
