import { describe, expect, it } from 'vitest';
import { searchableTexts } from '../../support/memory-service';

// Invented names throughout: what is tested is a kind of rendering, not a name.
describe('search by a person’s rendering that differs in two places from another', () => {

  it('finds an English `-ich` with another vowel (`Karalevich`) and the German `-witsch` either way', async () => {
    const { db, hits } = await searchableTexts([
      'Festnahme\n\nDer Blogger Roman Koralewitsch wurde am Sonntag in Minsk festgenommen. Koralewitsch arbeitete für einen Kanal im Exil.\n',
      'Flug\n\nDie Maschine mit Roman Koralewitsch an Bord musste landen. Koralewitsch wurde abgeführt.\n',
      'Aktivist\n\nRaman Karalevich, ein belarussischer Aktivist, wurde in Minsk festgenommen.\n',
      'Sport\n\nDer Trainer Petro Karlowitz lobte die Mannschaft.\n',
    ]);
    for (const q of ['Koralewitsch', 'Karalevich', 'Raman Karalevich', 'Roman Koralewitsch']) expect(await hits(q)).toEqual([0, 1, 2]);
    expect(await hits('Karlowitz')).toEqual([3]);
    db.close();
  });

  it('finds a long surname two vowels apart (`Taresnikava`/`Toresnikowa`)', async () => {
    const { db, hits } = await searchableTexts([
      'Urteil\n\nDie Oppositionelle Olga Toresnikowa wurde verurteilt. Toresnikowa war seit Monaten in Haft.\n',
      'Haft\n\nOlga Toresnikowa bleibt in Haft, sagte ihr Anwalt. Toresnikowa wirkte gefasst.\n',
      'Prozess\n\nOlga Taresnikava, eine Bürgerrechtlerin, wurde zu elf Jahren verurteilt.\n',
    ]);
    for (const q of ['Toresnikowa', 'Taresnikava']) expect(await hits(q)).toEqual([0, 1, 2]);
    db.close();
  });

  it('finds a Belarusian final `-a` typed (`Morosenka`) in the reports of the `-o` (`Morosenko`)', async () => {
    const { db, hits } = await searchableTexts([
      'Minsk\n\nDer Präsident Taras Morosenko sprach am Sonntag. Morosenko drohte der Opposition.\n',
      'Rede\n\nTaras Morosenko hielt eine Rede vor dem Parlament.\n',
      'Sport\n\nDer Trainer Petro Morosow lobte die Mannschaft.\n',
    ]);
    expect(await hits('Morosenka')).toEqual([0, 1]);
    db.close();
  });

  it('finds a South Slavic name written with its marks, without them and as German writes it (`Braličić`, `Bralicic`, `Bralitschitsch`)', async () => {
    const { db, hits } = await searchableTexts([
      'Belgrad\n\nDer Präsident Zoran Braličić sprach am Abend. Braličić kündigte Ermittlungen an.\n',
      'Rede\n\nZoran Bralicic sagte, die Schuldigen würden bestraft. Bralicic rief zur Ruhe auf.\n',
      'Trauer\n\nPräsident Zoran Bralitschitsch rief eine Staatstrauer aus. Bralitschitsch war sichtlich bewegt.\n',
      'Sport\n\nDer Trainer Milan Bralik lobte die Mannschaft.\n',
    ]);
    for (const q of ['Braličić', 'Bralicic', 'Bralitschitsch']) expect(await hits(q)).toEqual([0, 1, 2]);
    db.close();
  });

  it('finds a surname-first name whose short surname a typo swapped (`Tuo Mei-ah` for `Tou Mei-ah`), typed whole or as the surname alone', async () => {
    const { db, hits } = await searchableTexts([
      'Wahl\n\nDer Oppositionskandidat Tou Mei-ah räumte am Samstag seine Niederlage ein. Tou sprach in Taipeh.\n',
      'Ergebnis\n\nTou Mei-ah von der Opposition kam auf 33 Prozent der Stimmen.\n',
      'Niederlage\n\nTou Mei-ah gestand seine Niederlage ein, sagte ein Sprecher.\n',
      'Sieger\n\nDer Herausforderer Tuo Mei-ah kam auf etwa 33 Prozent der Stimmen.\n',
      'Sport\n\nDer Trainer Tao Lin-wei lobte die Mannschaft.\n',
    ]);
    for (const q of ['Tou Mei-ah', 'Tuo Mei-ah', 'Tou', 'Tuo']) expect(await hits(q)).toEqual([0, 1, 2, 3]);
    expect(await hits('Tao')).toEqual([4]);
    db.close();
  });

  it('finds a Chinese given name in pinyin and in Wade–Giles (`Mo Qiangde`, `Mo Ching-te`)', async () => {
    const { db, hits } = await searchableTexts([
      'Wahl\n\nDer Vizepräsident Mo Ching-te hat die Wahl gewonnen. Mo Ching-te dankte den Wählern.\n',
      'Sieg\n\nMo Ching-te kam auf 40 Prozent der Stimmen.\n',
      'Peking\n\nDie Regierung in Peking kritisierte den Wahlsieg von Mo Qingde scharf.\n',
    ]);
    for (const q of ['Mo Ching-te', 'Mo Qingde']) expect(await hits(q)).toEqual([0, 1, 2]);
    db.close();
  });

  it('finds a Kyrgyz name with its `ж` written `Zh`, `J` and `Dsch` (`Zhanibekov`, `Janibekov`, `Dschanibekow`)', async () => {
    const { db, hits } = await searchableTexts([
      'Bischkek\n\nPräsident Almas Dschanibekow sprach am Montag. Dschanibekow kündigte Reformen an.\n',
      'Rede\n\nDer Präsident Almas Janibekov sagte, die Reformen würden bald beginnen. Janibekov sprach in Bischkek.\n',
      'Reformen\n\nPräsident Almas Zhanibekov hielt eine Rede vor dem Parlament.\n',
      'Sport\n\nDer Trainer Nurlan Schanibek lobte die Mannschaft.\n',
    ]);
    for (const q of ['Dschanibekow', 'Janibekov', 'Zhanibekov']) expect(await hits(q)).toEqual([0, 1, 2]);
    db.close();
  });

  it('finds a Belarusian rendering (`Tsikhanouskaya`, `Sareha`) in the reports of the Russian one (`Tichanowskaja`, `Sarega`) and back', async () => {
    const { db, hits } = await searchableTexts([
      'Minsk\n\nDie Oppositionsführerin Marta Tichanowskaja sprach am Sonntag. Tichanowskaja lebt im Exil.\n',
      'Exil\n\nMarta Tichanowskaja rief zu Protesten auf. Tichanowskaja sprach in Vilnius.\n',
      'Rede\n\nMarta Tsikhanouskaya, the opposition leader, spoke in Vilnius.\n',
      'Haft\n\nDie Studentin Olena Sarega wurde festgenommen. Sarega war mit ihrem Freund unterwegs.\n',
      'Urteil\n\nOlena Sareha wurde zu sechs Jahren verurteilt.\n',
      'Sport\n\nDer Trainer Petro Tichonow lobte die Mannschaft.\n',
    ]);
    for (const q of ['Tichanowskaja', 'Tsikhanouskaya']) expect(await hits(q)).toEqual([0, 1, 2]);
    for (const q of ['Sarega', 'Sareha']) expect(await hits(q)).toEqual([3, 4]);
    db.close();
  });
});
