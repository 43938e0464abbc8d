import { describe, expect, it } from 'vitest';
import { searchableTexts } from '../../support/memory-service';

// Invented names throughout: what is tested is a kind of statement, not a name.
describe('search by one name of a person a report says has two', () => {
  it('finds the reports of an English name (`Peter Tau`) typing the other (`Tau Mei-lin`) when a report states both', async () => {
    const { db, hits } = await searchableTexts([
      'Wahl\n\nDer Kandidat Tau Mei-lin hat die Wahl gewonnen. Tau Mei-lin, der auch Peter Tau genannt wird, sprach am Abend.\n',
      'Sieg\n\nPeter Tau hat die Präsidentenwahl gewonnen. Peter Tau kam auf 40 Prozent.\n',
      'Ergebnis\n\nDer Wahlsieger Peter Tau will die Beziehungen stärken.\n',
      'Hongkong\n\nDer Verleger Jimmy Tau wurde verurteilt. Jimmy Tau sitzt in Haft.\n',
    ]);
    for (const q of ['Tau Mei-lin', 'Peter Tau']) expect(await hits(q)).toEqual([0, 1, 2]);
    expect(await hits('Jimmy Tau')).toEqual([3]);
    db.close();
  });

  it('joins no two people a report names side by side or in brackets without a shared surname', async () => {
    const { db, hits } = await searchableTexts([
      'Krimi\n\nIm neuen Fall ermitteln Hanna Brückner (Sabine Oberlander) und Tom Lindqvist. Hanna Brückner bleibt hart.\n',
      'Serie\n\nDie Schauspielerin Sabine Oberlander spielt seit Jahren die Kommissarin.\n',
      'Gipfel\n\nDie Kanzler Karl Ostmann und Paul Wendrich trafen sich in Wien. Karl Ostmann sprach zuerst.\n',
      'Reise\n\nPaul Wendrich reiste weiter nach Prag.\n',
    ]);
    expect(await hits('Hanna Brückner')).toEqual([0]);
    expect(await hits('Karl Ostmann')).toEqual([2]);
    db.close();
  });
});
