import { describe, expect, it } from 'vitest';
import { nextOccurrence, speaksAhead } from '../../../../src/core/ingest/dates/ahead';

describe('a sentence of what is still to come', () => {
  it('is told by a scheduled present, a future auxiliary or an intent', () => {
    expect(speaksAhead('Die Präsidentschaftswahl findet am 5. November statt.')).toBe(true);
    expect(speaksAhead('Die Wahl findet am 5. November st')).toBe(true); // a page cut mid-word
    expect(speaksAhead('sagte der Demokrat, der bei der Wahl am 5. November wiedergewählt werden will.')).toBe(true);
    expect(speaksAhead('Der Gipfel steht am 3. März an.')).toBe(true);
    expect(speaksAhead('The vote will be held on 5 November.')).toBe(true);
    expect(speaksAhead('Die Opposition plant, ihn auch nach der Amtseinführung am 29. Dezember nicht anzuerkennen.')).toBe(true);
    expect(speaksAhead('Ihr Mandat würde normalerweise am 21. Dezember enden.')).toBe(true);
    expect(speaksAhead('Am Sonntag sollte eigentlich die Stichwahl stattfinden.')).toBe(true);
    expect(speaksAhead('Die Stichwahl hätte am Sonntag stattfinden sollen.')).toBe(true);
  });
  it('is told by every kind of such sentence, in any case', () => {
    // One of each alternative the quick test of words must let through to the full expression.
    for (const s of [
      'Die Übergabe FINDET morgen im Kanzleramt STATT.',
      'Die Gespräche BEGINNEN wohl erst am Montag.',
      'Der Haushalt soll noch beschlossen werden können.',
      'Die Entscheidung steht noch bevor.',
      'Wie es weitergeht, wird der Parteitag entscheiden.',
      'Sie wollen den Vertrag prüfen lassen.',
      'Die kommende Woche bringt die Entscheidung.',
      'Die anstehende Wahl verschiebt alles.',
      'Die geplanten Kürzungen treffen die Länder.',
      'Die Regierung PLANT Kürzungen.',
      'Der Parteitag sollte eigentlich im Herbst stattfinden.',
      'Eigentlich sollten die Gespräche schon laufen.',
      'Er hätte den Vertrag prüfen müssen.',
      'The ruling is due on Friday.',
      'The talks are scheduled for Monday.',
      'The court is set to rule.',
      'The upcoming vote divides them.',
    ]) {
      expect(speaksAhead(s), s).toBe(true);
    }
  });
  it('is not a sentence of what was done, nor a reported past', () => {
    expect(speaksAhead('Am 27. November war der Bürgerkrieg wieder aufgeflammt.')).toBe(false);
    expect(speaksAhead('Nachdem Aleppo am 30. November kampflos an die Rebellen fiel, floh er.')).toBe(false);
    expect(speaksAhead('Er soll am 12. Dezember nach Moskau geflohen sein.')).toBe(false);
    expect(speaksAhead('Die Wahl fand am 5. November statt.')).toBe(false);
    expect(speaksAhead('Die Wahl, die am Sonntag stattfinden sollte, wurde am Freitag annulliert.')).toBe(false);
    expect(speaksAhead('Qualifikationsmaßnahmen sollten sich mehr an der Vorbildung orientieren.(Anna Berger, 19.1.2016)')).toBe(false);
  });
  it('names the next such day, into the next year when the month has passed', () => {
    expect(nextOccurrence(11, 5, '2024-07-15')).toBe('2024-11-05');
    expect(nextOccurrence(1, 20, '2024-07-15')).toBe('2025-01-20');
    expect(nextOccurrence(7, 20, '2024-07-15')).toBe('2024-07-20');
    expect(nextOccurrence(3, undefined, '2024-07')).toBe('2025-03');
  });
});
