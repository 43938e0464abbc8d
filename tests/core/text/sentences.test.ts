import { describe, expect, it } from 'vitest';
import { sentenceTexts, splitSentences } from '../../../src/core/text/sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at full stops followed by a capital', () => {
    expect(split('Das Treffen ist beendet. Ergebnisse gibt es nicht! Warum? Niemand weiß es.')).toEqual([
      'Das Treffen ist beendet.', 'Ergebnisse gibt es nicht!', 'Warum?', 'Niemand weiß es.',
    ]);
  });
  it('keeps St. Petersburg together', () => {
    expect(split('Witkoff traf Putin in St. Petersburg. Danach flog er ab.')).toEqual(['Witkoff traf Putin in St. Petersburg.', 'Danach flog er ab.']);
  });
  it('keeps dates with ordinal days together (12. April)', () => {
    expect(split('Am 12. April flog er nach Oman. Am 11. April 2025 war er in Russland.')).toEqual(['Am 12. April flog er nach Oman.', 'Am 11. April 2025 war er in Russland.']);
  });
  it('splits before a sentence that starts with a year or another number', () => {
    expect(split('Er leitete das Ende des Kalten Krieges ein. 1990 erhielt er den Friedensnobelpreis.')).toEqual([
      'Er leitete das Ende des Kalten Krieges ein.', '1990 erhielt er den Friedensnobelpreis.',
    ]);
    expect(split('Die Lage war unklar. 30 Menschen starben im Jahr 2020. 2021 kamen weitere hinzu.')).toEqual([
      'Die Lage war unklar.', '30 Menschen starben im Jahr 2020.', '2021 kamen weitere hinzu.',
    ]);
  });
  it('keeps a number after an ordinal day or an abbreviation in the sentence', () => {
    expect(split('Die Mauer fiel am 9. 11. 1989 in Berlin. Sie ist fort.')).toEqual(['Die Mauer fiel am 9. 11. 1989 in Berlin.', 'Sie ist fort.']);
    expect(split('Er wohnt in der Straße Nr. 5 und zahlt ca. 300 Euro. Das ist viel.')).toEqual(['Er wohnt in der Straße Nr. 5 und zahlt ca. 300 Euro.', 'Das ist viel.']);
    expect(split('Das war im Okt. 1990 und steht auf S. 12 im Bericht.')).toEqual(['Das war im Okt. 1990 und steht auf S. 12 im Bericht.']);
  });
  it('keeps titles such as Dr. and Prof. with the name', () => {
    expect(split('Das sagte Dr. Peskow am Freitag. Prof. Meier widersprach.')).toEqual(['Das sagte Dr. Peskow am Freitag.', 'Prof. Meier widersprach.']);
  });
  it('does not split after u.a. or z.B.', () => {
    expect(split('Russland lehnt u.a. Truppen ab. Es fordert z.B. Garantien. Das ist neu.')).toEqual([
      'Russland lehnt u.a. Truppen ab.', 'Es fordert z.B. Garantien.', 'Das ist neu.',
    ]);
    expect(split('Es geht u. a. um Geld. Und z. B. um Land.')).toEqual(['Es geht u. a. um Geld.', 'Und z. B. um Land.']);
  });
  it('does not split after initials', () => {
    expect(split('Donald J. Trump schrieb. J. R. R. Tolkien auch.')).toEqual(['Donald J. Trump schrieb.', 'J. R. R. Tolkien auch.']);
  });
  it('does not split inside quotations of any style', () => {
    expect(split('Er schrieb: «Russland muss sich bewegen. Zu viele Menschen sterben.» Der Kreml schwieg.')).toEqual([
      'Er schrieb: «Russland muss sich bewegen. Zu viele Menschen sterben.»', 'Der Kreml schwieg.',
    ]);
    expect(split('Sie sagte: „Wir kommen. Bald.“ Dann ging sie.')).toEqual(['Sie sagte: „Wir kommen. Bald.“', 'Dann ging sie.']);
    expect(split('Er habe das Gefühl, "dass sie gehört wird. Endlich", so Dmitriew. Gut.')).toEqual(['Er habe das Gefühl, "dass sie gehört wird. Endlich", so Dmitriew.', 'Gut.']);
  });
  it('splits after a number that ends a sentence before a sentence opener', () => {
    expect(split('Die Zahl stieg auf 45. Die Polizei ermittelt. Im 2. Weltkrieg war das anders.')).toEqual([
      'Die Zahl stieg auf 45.', 'Die Polizei ermittelt.', 'Im 2. Weltkrieg war das anders.',
    ]);
  });
  it('splits sentences a copy joined without a space after the stop', () => {
    expect(split('Die Abgeordneten kehrten zurück.Der Präsident sprach. Wer kam?Niemand! Sie gingen!Über Nacht.')).toEqual([
      'Die Abgeordneten kehrten zurück.', 'Der Präsident sprach.', 'Wer kam?', 'Niemand!', 'Sie gingen!', 'Über Nacht.',
    ]);
    const t = 'Er kam an.Dann ging er.';
    expect(splitSentences(t)).toEqual([{ start: 0, end: 10 }, { start: 10, end: 23 }]);
  });
  it('leaves joined abbreviations, domains, decimals and ordinals in the sentence', () => {
    for (const t of [
      'Das sagte Dr.Müller gestern.', 'Es gibt u.a.Listen und z.B.Die Zeitung.', 'Er wohnt in Nr.Zwei am Platz.',
      'Das Buch von J.R.R.Tolkien ist lang.', 'Das meldete ntv.de am Abend.', 'Mehr auf t-online.de und Bild.de heute.',
      'Das stand auf Bild.De und auf www.spiegel.Online am Abend.', 'Am 3.Oktober stieg der Wert auf 3.5 Prozent.',
      'Er schrieb „es kam an.Dann nichts“ und ging.', 'Er trat zurück.DER Präsident schwieg.',
      'Schreiben Sie an anna.Meier@example.org bis Montag.', 'Dort stand myLib.WidgetId und dann widget.ObjectType als Wert.',
      'Das Blog von Isabella.DiBiase und Gemeinsam.Sicher.Feuerwehr heute.', 'Die Bank nennt ihr Kto.Nr.: 12 am Ende.', 'Er wartete…Dann nichts mehr.',
    ]) expect(split(t)).toEqual([t]);
  });
  it('gives offsets into the text, within the range asked for', () => {
    const t = 'xx Eins. Zwei. yy';
    const s = splitSentences(t, 3, 14);
    expect(s.map((x) => t.slice(x.start, x.end))).toEqual(['Eins.', 'Zwei.']);
    expect(s[0]).toEqual({ start: 3, end: 8 });
  });
  it('ends a sentence at a line break and returns nothing for blank text', () => {
    expect(split('Überschrift ohne Punkt\nDer Text beginnt.')).toEqual(['Überschrift ohne Punkt', 'Der Text beginnt.']);
    expect(split('   ')).toEqual([]);
  });
});

describe('sentenceTexts', () => {
  it('does not split at ordinals and abbreviations', () => {
    expect(sentenceTexts('Am 12. April kam er nach St. Petersburg. Dann ging er.')).toEqual(['Am 12. April kam er nach St. Petersburg.', 'Dann ging er.']);
  });
  it('ends a sentence at a CJK full stop, with no space after it', () => {
    expect(sentenceTexts('会谈结束了。双方没有达成协议！为什么？')).toEqual(['会谈结束了。', '双方没有达成协议！', '为什么？']);
  });
});
