import { describe, expect, it } from 'vitest';
import { closeIndex, closeSkeletons, surnameSkeletons } from '../../../src/core/search/close-names';
import { memoryService } from '../../support/memory-service';

// Invented names throughout.
describe('the person names a garbled spelling is a slip of', () => {
  const index = closeIndex(surnameSkeletons(['Thomas Kerdelaschwili', 'Anna Brunnbauer', 'Karl Felsberger', 'Oleg Sokolowski', 'Amtsgericht Hersteller']));

  it('a consonant dropped inside the name, two letters swapped, or an ending added', () => {
    expect(closeSkeletons(index, 'Kerdelawili')).toEqual(['kerdelasvili']);
    expect(closeSkeletons(index, 'Kerdelaschwilieva')).toEqual(['kerdelasvili']);
    expect(closeSkeletons(index, 'Kerdelaschwilis')).toEqual(['kerdelasvili']);
    expect(closeSkeletons(index, 'Kredelaschwili')).toEqual(['kerdelasvili']);
  });

  it('not a changed letter, a vowel, a letter at the end, another first letter, or a short name', () => {
    // Another person, a German declension, a place: each one letter from a name.
    for (const typed of ['Bruckbauer', 'Felsberge', 'Brunnbauern', 'Frunnbauer', 'Kerdelaschwilei']) expect(closeSkeletons(index, typed)).toEqual([]);
    expect(closeSkeletons(closeIndex(surnameSkeletons(['Paul Möller'])), 'Müller')).toEqual([]);
  });

  it('another final vowel (a Belarusian `-a` for `-o`), not a Slavic female form', () => {
    const slavic = closeIndex(surnameSkeletons(['Taras Morosenko', 'Jan Kowalowski']));
    expect(closeSkeletons(slavic, 'Morosenka')).toEqual(['morosenko']);
    expect(closeSkeletons(slavic, 'Kowalowska')).toEqual([]);
  });

  it('a short name only for a word no report writes, and then only its own kinds of slip', () => {
    const short = closeIndex(surnameSkeletons(['Peter Dallant', 'Mira Bohner']));
    expect(closeSkeletons(short, 'Dallat')).toEqual([]);
    expect(closeSkeletons(short, 'Dallat', true)).toEqual(['dalant']);
    // A changed letter stays another name, however the word is written.
    expect(closeSkeletons(short, 'Bohmer', true)).toEqual([]);
    // A long typed word is not read as a slip of a short name: both sides long, as before.
    expect(closeSkeletons(closeIndex(surnameSkeletons(['Peter Kerdelasch'])), 'Kerdelaschn')).toEqual([]);
  });

  it('only words after a given name: a noun the grouping took for a person draws no noun to it', () => {
    expect(closeSkeletons(index, 'Herstellers')).toEqual([]);
  });
});

describe('a garbled spelling typed finds the person', () => {
  it('finds the reports of the name it is a slip of, and not those of a name one letter off', async () => {
    const { db, api } = await memoryService();
    const texts = [
      'Wahl\n\nDer Präsident Thomas Kerdelaschwili wurde am Samstag vereidigt. Kerdelaschwili sprach lange.\n',
      'Eid\n\nThomas Kerdelashvili legte den Amtseid ab. Kerdelashvili versprach Reformen.\n',
      'Bank\n\nDie Ökonomin Anna Brunnbauer warnte vor der Inflation. Brunnbauer sprach in Wien.\n',
      'Markt\n\nDer Händler Karl Bruckbauer öffnete am Morgen. Bruckbauer verkaufte Obst.\n',
    ];
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) ids.push((await api.ingestText({ name: `${i}.txt`, text })).added[0]!.articleId);
    const hits = async (q: string) => (await api.searchArticles({ q, limit: 10 })).hits.map((h) => ids.indexOf(h.article.id)).sort();
    expect(await hits('Kerdelawili')).toEqual([0, 1]);
    expect(await hits('Kerdelaschwilieva')).toEqual([0, 1]);
    // Both are persons of the library: neither is a slip of the other.
    expect(await hits('Brunnbauer')).toEqual([2]);
    expect(await hits('Bruckbauer')).toEqual([3]);
    db.close();
  });

  it('a short slip that no report writes finds the person; one a report writes finds only that report', async () => {
    const { db, api } = await memoryService();
    const texts = [
      'Kabinett\n\nDer Minister Peter Dallant wurde am Dienstag entlassen. Dallant sprach von Vertrauen.\n',
      'Entlassung\n\nDer Regierungschef entließ Peter Dallant. Dallant hatte widersprochen.\n',
      'Verein\n\nDer Trainer Otto Hallat lobte die Mannschaft. Hallat sprach lange.\n',
    ];
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) ids.push((await api.ingestText({ name: `${i}.txt`, text })).added[0]!.articleId);
    const page = async (q: string) => api.searchArticles({ q, limit: 10 });
    const found = await page('Dallat');
    expect(found.hits.map((h) => ids.indexOf(h.article.id)).sort()).toEqual([0, 1]);
    expect(found.also?.[0]?.spellings).toEqual(['Dallant']);
    // `Hallat` is written in a report: no slip of `Hallant`-like names is read into it.
    expect((await page('Hallat')).hits.map((h) => ids.indexOf(h.article.id))).toEqual([2]);
    db.close();
  });

  it('a short slip written only under a photo still finds the person, and the caption that writes it', async () => {
    const { db, api } = await memoryService();
    const texts = [
      'Kabinett\n\nDer Minister Peter Dallant wurde am Dienstag entlassen. Dallant sprach von Vertrauen.\n',
      'Entlassung\n\nDer Regierungschef entließ Peter Dallant. Dallant hatte widersprochen.\n',
      'Proteste\n\nTausende zogen am Abend vor das Parlament und blieben bis in die Nacht.\n\nEine Rede von Dallat im Sommer. (Foto: Eva Muster/dpa)\n\nDie Polizei sprach von einem friedlichen Abend.\n',
    ];
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) ids.push((await api.ingestText({ name: `${i}.txt`, text })).added[0]!.articleId);
    const found = await api.searchArticles({ q: 'Dallat', limit: 10 });
    expect(found.hits.map((h) => ids.indexOf(h.article.id)).sort()).toEqual([0, 1, 2]);
    expect(found.also?.[0]?.spellings).toEqual(['Dallant']);
    db.close();
  });

  it('a short slip nearer a word of the text than the name stays unfound, for "did you mean"', async () => {
    const { db, api } = await memoryService();
    for (const [i, text] of [
      'Wahl\n\nDer Kanzler sprach am Montag. Der Kanzler lobte die Koalition.\n',
      'Firma\n\nDie Unternehmerin Petra Kaeser verkaufte ihre Firma. Kaeser sprach von Erfolg.\n',
    ].entries()) await api.ingestText({ name: `${i}.txt`, text });
    // `Kanzer` is a consonant from `Kaeser` (`kanser`/`kaser`), but one letter from `Kanzler`.
    const page = await api.searchArticles({ q: 'Kanzer', limit: 10 });
    expect(page.total).toBe(0);
    expect(page.also).toBeUndefined();
    db.close();
  });
});

describe('a spelling that stemming cuts to another spelling of the same person', () => {
  it('ranks the reports writing the word as typed first, not those of the longer spelling', async () => {
    const { db, api } = await memoryService();
    // Invented: `Orhan Telene` in one report, `Orhan Telener` in the others; Snowball cuts both to `tel`.
    const texts = [
      'Wahl\n\nDer Wahlleiter Orhan Telener verkündete das Ergebnis. Telener sprach von einer hohen Beteiligung. Telener nannte Zahlen.\n',
      'Ergebnis\n\nWahlleiter Orhan Telener erklärte am Abend den Sieger. Telener lobte die Helfer.\n',
      'Sieger\n\nWahlkommissionschef Orhan Telene erklärte den Amtsinhaber zum Sieger.\n',
    ];
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) ids.push((await api.ingestText({ name: `${i}.txt`, text })).added[0]!.articleId);
    const order = async (q: string) => (await api.searchArticles({ q, limit: 10 })).hits.map((h) => ids.indexOf(h.article.id));
    const typedShort = await order('Telene');
    expect(typedShort[0]).toBe(2);
    expect([...typedShort].sort()).toEqual([0, 1, 2]);
    // The longer spelling typed: the report writing only `Telene` comes last.
    expect((await order('Telener')).at(-1)).toBe(2);
    expect((await order('Orhan Telene'))[0]).toBe(2);
    db.close();
  });
});
