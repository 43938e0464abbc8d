import { describe, expect, it } from 'vitest';
import { dateAhead, nextOccurrence, speaksAhead, weekdayAhead } from '../../../../src/core/ingest/dates/ahead';
import { buildMentions, collectMentions } from '../../../../src/core/ingest/dates/mentions';

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

describe('a weekday named by a clause of what is to come', () => {
  it('is told by the present beside it, a future or an intent (German and English)', () => {
    expect(weekdayAhead('Die Ministerin trifft am Samstag den Präsidenten von Atlantis.', 'am Samstag')).toBe(true);
    expect(weekdayAhead('Am Samstag reist die Delegation nach Oslo, teilte das Amt mit.', 'Am Samstag')).toBe(true);
    expect(weekdayAhead('Die Ministerin will am Montag weiter nach Oslo fliegen.', 'am Montag')).toBe(true);
    expect(weekdayAhead('Der Vertrag soll am Dienstag unterzeichnet werden.', 'am Dienstag')).toBe(true);
    expect(weekdayAhead('Der Rat wird den Bericht am Freitag beraten.', 'am Freitag')).toBe(true);
    expect(weekdayAhead('Minister Berg meets on Saturday with the envoys.', 'on Saturday')).toBe(true);
    expect(weekdayAhead('The council will vote on Monday.', 'on Monday')).toBe(true);
    expect(weekdayAhead('The central bank is expected to raise rates on Wednesday.', 'on Wednesday')).toBe(true);
  });
  it('is not told by the past, the perfect, a reported past or a day counted from', () => {
    expect(weekdayAhead('Die Ministerin traf am Samstag den Präsidenten.', 'am Samstag')).toBe(false);
    expect(weekdayAhead('Sie hatte am Montag den Präsidenten getroffen.', 'am Montag')).toBe(false);
    expect(weekdayAhead('Sie hat am Montag den Präsidenten getroffen.', 'am Montag')).toBe(false);
    expect(weekdayAhead('Er hielt am Samstag eine Rede.', 'am Samstag')).toBe(false);
    expect(weekdayAhead('Der Täter soll am Samstag geflohen sein.', 'am Samstag')).toBe(false);
    expect(weekdayAhead('Beim Brand am Samstag wurden drei Menschen verletzt.', 'am Samstag')).toBe(false);
    expect(weekdayAhead('Die Folgen des Anschlags vom Mittwoch werden noch lange spürbar sein.', 'Mittwoch')).toBe(false);
    expect(weekdayAhead('Seit Samstag gilt eine Waffenruhe.', 'Samstag')).toBe(false);
    expect(weekdayAhead('Minister Berg met the envoys on Saturday.', 'on Saturday')).toBe(false);
    expect(weekdayAhead('Protests on Sunday drew thousands.', 'on Sunday')).toBe(false);
    expect(weekdayAhead('Voters approved the plan on Tuesday that will fund the schools.', 'on Tuesday')).toBe(false);
    expect(weekdayAhead('Das Zitat, das sie dort am Montagabend preisgab, dürfte bleiben.', 'am Montagabend')).toBe(false);
    // Each language's verb shape only beside its own weekday: `night` is no German verb in -t.
    expect(weekdayAhead('On Wednesday night, the mayor said the road would close.', 'On Wednesday')).toBe(false);
    // Only the clause of the weekday counts: the intent of the main clause is not the relative's.
    expect(weekdayAhead('Die Ministerin, die am Samstag eintraf, will am Montag weiterreisen.', 'am Samstag')).toBe(false);
  });
});

describe('a day and month without a year', () => {
  const resolve = (text: string, ref: string) => {
    const pieces = [{ text, start: 0 }];
    return buildMentions(collectMentions(pieces, false), pieces, ref, null).filter((m) => m.kind === 'absolute').map((m) => m.date);
  };
  it('told as still to come is the next such day, in the coming year after the year’s turn', () => {
    expect(resolve('Der Kanzler will nun am 15. Januar die Vertrauensfrage im Bundestag stellen.', '2024-11-07')).toEqual(['2025-01-15']);
    expect(resolve('Der Bundestag solle am 15. Januar über die Vertrauensfrage abstimmen.', '2024-11')).toEqual(['2025-01-15']);
    expect(resolve('Die Amtseinführung findet am 12. Februar statt.', '2024-12-14')).toEqual(['2025-02-12']);
    expect(dateAhead('Der Kanzler will nun am 15. Januar die Vertrauensfrage stellen.', '15. Januar')).toBe(true);
  });
  it('a month alone told as still to come is the next such month, as a day and month is', () => {
    const months = (text: string, ref: string) => {
      const pieces = [{ text, start: 0 }];
      return buildMentions(collectMentions(pieces, false), pieces, ref, null).filter((m) => m.kind === 'relative').map((m) => [m.text, m.date]);
    };
    expect(months('Der Kanzler will die Vertrauensfrage stellen, was zu Neuwahlen im März oder April führen dürfte.', '2024-11-07')).toEqual([['im März', '2025-03']]);
    expect(months('Die Wahl soll im Februar stattfinden.', '2024-11')).toEqual([['im Februar', '2025-02']]);
    // Told as done, or told of the past by a perfect infinitive: the month it lies back in.
    expect(months('Im März hatte der Rat den Plan gebilligt.', '2024-11-07')).toEqual([['Im März', '2024-03']]);
    expect(months('Der Plan dürfte im März gebilligt worden sein.', '2024-11-07')).toEqual([['im März', '2024-03']]);
    // The sentence's future is another clause's: the mention's own tells it done.
    expect(months('Seit das Amt im Dezember die Hilfen kürzen musste, hofft man, dass das Lager nicht geschlossen werden soll.', '2017-02-13')).toEqual([['im Dezember', '2016-12']]);
  });
  it('a passive under a modal of need or ability is not told ahead; a future or planned passive is', () => {
    const months = (text: string, ref: string) => {
      const pieces = [{ text, start: 0 }];
      return buildMentions(collectMentions(pieces, false), pieces, ref, null).filter((m) => m.kind === 'relative').map((m) => m.date);
    };
    expect(months('Ob die Prognose nach dem schwachen Absatz im September angepasst werden muss, blieb offen.', '2023-11-03')).toEqual(['2023-09']);
    expect(months('Die Prognose muss nach dem schwachen Absatz im September angepasst werden.', '2023-11-03')).toEqual(['2023-09']);
    expect(months('Die Prognose soll im März angepasst werden.', '2023-11-03')).toEqual(['2024-03']);
    expect(months('Die Prognose wird im März angepasst werden müssen.', '2023-11-03')).toEqual(['2024-03']);
    // The present passive of a fixed date is the schedule, as news writes it.
    expect(resolve('Der neue Präsident wird am 20. Oktober vereidigt.', '2024-03-21')).toEqual(['2024-10-20']);
    expect(speaksAhead('Der Haushalt soll noch beschlossen werden können.')).toBe(true);
  });
  it('told as done stays in the year it lies back in', () => {
    expect(resolve('Am 15. Januar hatte der Bundestag über die Vertrauensfrage abgestimmt.', '2024-11-07')).toEqual(['2024-01-15']);
    expect(resolve('Er wurde am 19. Juli zu 16 Jahren Haft verurteilt.', '2024-08-01')).toEqual(['2024-07-19']);
    expect(resolve('Am 15. Januar stimmte der Bundestag ab.', '2024-11-07')).toEqual(['2024-01-15']);
  });
});
