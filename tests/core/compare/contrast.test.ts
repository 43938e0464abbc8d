import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { contrastFeatures, contrastKinds } from '../../../src/core/compare/contrast/contrast';
import { earlierYear } from '../../../src/core/compare/contrast/background';
import { clockTimes, weekdays } from '../../../src/core/compare/contrast/clock';
import { mood } from '../../../src/core/compare/contrast/mood';
import { negation } from '../../../src/core/compare/contrast/negation';
import { claimShape } from '../../../src/core/compare/contrast/shape';
import { featureContext, sentenceFeatures } from '../../../src/core/compare/features';
import { article } from '../../support/article-input';

const words = (t: string) => t.toLowerCase().match(/[\p{L}]+/gu) ?? [];
const moodOf = (t: string) => mood(t, words(t))?.mood ?? null;

/** The ways the first sentences of two one-sentence reports (written in 2024) differ. */
function contrast(a: string, b: string): string[] {
  const A = analyzeArticle(article('a', [a])), B = analyzeArticle(article('b', [b]));
  const ctx = featureContext([A, B], () => 1, 1);
  const [sa, sb] = [A.sentences[0]!, B.sentences[0]!];
  return contrastKinds(claimShape(sa, A.input.text, 2024), claimShape(sb, B.input.text, 2024), sentenceFeatures(sa, ctx), sentenceFeatures(sb, ctx));
}

describe('claim shape readers', () => {
  it('reads a negation, but not an affirming "nicht nur"', () => {
    expect(negation(words('Der Minister trat nicht zurück.'))).toBe('nicht');
    expect(negation(words('Es gab keine Verletzten.'))).toBe('keine');
    expect(negation(words('Nicht nur der Minister, sondern auch sein Stellvertreter trat zurück.'))).toBeNull();
    expect(negation(words('Der Minister trat am Abend zurück.'))).toBeNull();
    expect(negation(words('Der Sprecher schloss nicht aus, dass es ein weiteres Treffen gibt.'))).toBeNull();
  });
  it('tells a question, what may be and what is to come from a statement', () => {
    expect(moodOf('Tritt der Minister noch in dieser Woche zurück?')).toBe('question');
    expect(moodOf('Der Minister könnte noch in dieser Woche zurücktreten.')).toBe('maybe');
    expect(moodOf('Die Gespräche sollen am Montag in Genf beginnen.')).toBe('plan');
    expect(moodOf('Der Präsident wird nächste Woche nach Kiew reisen.')).toBe('plan');
    expect(moodOf('Die Regierung plant eine Reform der Rente.')).toBe('plan');
    expect(moodOf('Die Gespräche endeten am Montag in Genf.')).toBeNull();
    expect(moodOf('Bei dem Treffen soll es um eine Waffenruhe gehen.')).toBe('plan');
    expect(moodOf('Ein weiteres Treffen ist nicht ausgeschlossen.')).toBe('maybe');
  });
  it('does not take the passive or a reported past act for what is to come', () => {
    expect(moodOf('Der Anführer wird von den Soldaten gesucht.')).toBeNull();
    expect(moodOf('Der Anführer soll bei dem Angriff getötet worden sein.')).toBeNull();
    expect(moodOf('Er soll an Bord gewesen sein.')).toBeNull();
  });
  it('reads what is to come from the verb phrase, not from an adjective or the morning', () => {
    expect(moodOf('Nach einem Streit über den künftigen Kurs kündigte der Kanzler an, den Minister zu entlassen.')).toBeNull();
    expect(moodOf('Die geplante Reform wurde am Dienstag gestoppt.')).toBeNull();
    expect(moodOf('Kurz darauf vergab er die nächste Chance.')).toBeNull();
    expect(moodOf('Am Morgen wurde der Mann festgenommen.')).toBeNull();
    expect(moodOf('Die Polizei hat heute Morgen Haftbefehle vollstreckt.')).toBeNull();
    expect(moodOf('Morgen beginnt der Prozess.')).toBe('plan');
    expect(moodOf('Die Abstimmung findet am kommenden Sonntag statt.')).toBe('plan');
    expect(moodOf('Die Reform ist für den Herbst geplant.')).toBe('plan');
  });
  it('does not take a reported past act or a passive with a separable prefix for what is to come', () => {
    expect(moodOf('Der Kandidat soll 44,2 Prozent der Stimmen erhalten haben.')).toBeNull();
    expect(moodOf('Er soll sich in den Tunneln versteckt haben - angeblich mit Geiseln umgeben.')).toBeNull();
    expect(moodOf('Noch am Tatort wird ein 41-jähriger Mann festgenommen.')).toBeNull();
    expect(moodOf('Ihm werde unter anderem Korruption vorgeworfen.')).toBeNull();
    expect(moodOf('Er will von nichts gewusst haben.')).toBeNull();
    expect(moodOf('Er werde sein Amt nicht aufgeben.')).toBe('plan');
    expect(moodOf('Der Bundestag solle am 15. Januar über die Vertrauensfrage abstimmen.')).toBe('plan');
  });
  it('tells a passive `werden` from the future: the modal, not `werden`, says what is to come', () => {
    // The passive, without ge- too (a strong verb's participle), and the modal passive: no future.
    expect(moodOf('Das Treffen wird von der Regierung verboten.')).toBeNull();
    expect(moodOf('Darin wird bestritten, dass es Gespräche gab.')).toBeNull();
    expect(moodOf('Die Grenzwerte müssen im Herbst angepasst werden.')).toBeNull();
    expect(moodOf('Ob die Zahl noch angepasst werden muss, ließ er offen.')).toBeNull();
    expect(moodOf('Wie die Regeln angepasst werden können, ist unklar.')).toBeNull();
    expect(moodOf('Die Firma kann so bekannt werden und ihren Umsatz steigern.')).toBeNull();
    expect(moodOf('Das Gerät wird an der Wand befestigt und kann dort gedreht werden.')).toBeNull();
    // The future and the plan of a passive or of `werden` itself: what is to come.
    expect(moodOf('Die Zahl wird im Herbst angepasst werden.')).toBe('plan');
    expect(moodOf('Der Gefangene soll am Donnerstag freigelassen werden.')).toBe('plan');
    expect(moodOf('Neuer Minister soll der bisherige Staatssekretär werden.')).toBe('plan');
    // An infinitive in -ern/-eln is an infinitive; a noun in -eln closing the clause is none.
    expect(moodOf('Die Gespräche werden Wochen dauern.')).toBe('plan');
    expect(moodOf('Heute werden viele Felder für die Produktion von Futtermitteln bewirtschaftet.')).toBeNull();
  });
  it('does not take a passive `würden` of indirect speech, nor the noun `Würde`, for what may be', () => {
    expect(moodOf('Insgesamt 13 Personen würden demnach nach Deutschland gebracht.')).toBeNull();
    expect(moodOf('Die Ergebnisse würden später bekanntgegeben, teilte die Behörde mit.')).toBeNull();
    expect(moodOf('Im Gesetz wird Tieren keine Würde zugeschrieben.')).toBeNull();
    expect(moodOf('Der Minister würde zurücktreten.')).toBe('maybe');
    expect(moodOf('Die Städte würden sonst ausgehungert.')).toBe('maybe');
  });
  it('takes `will` for a plan only with an infinitive closing its clause, not for wanting', () => {
    expect(moodOf('Das Volk hat gesprochen: Es will Maduro nicht, schrieb sie auf X.')).toBeNull();
    expect(moodOf('Er will ein Präsident für alle sein.')).toBeNull();
    expect(moodOf('Die Opposition will Neuwahlen und einen Wechsel an der Spitze.')).toBeNull();
    expect(moodOf('Der Kanzler will nun am 15. Januar die Vertrauensfrage im Bundestag stellen.')).toBe('plan');
    expect(moodOf('Die Minister wollen in Genf über eine Waffenruhe verhandeln.')).toBe('plan');
    expect(moodOf('Er sagte am Montag, dass er nicht zurücktreten will.')).toBe('plan');
    expect(moodOf('Das Bündnis kündigte an, die Macht friedlich übernehmen zu wollen.')).toBe('plan');
    expect(moodOf('Er sagte, er habe ihn töten wollen.')).toBeNull();
    expect(moodOf('The council will vote on Monday.')).toBe('plan');
  });
  it('reads weekdays, also at the head of a time of day, and clock times', () => {
    expect([...weekdays(words('Am Dienstagabend und am Sonntag trafen sie sich.'))].sort()).toEqual([1, 6]);
    expect([...clockTimes('Um 18:15 Uhr fielen die Schüsse, um 19 Uhr kam die Polizei.')]).toEqual(['18:15', '19:00']);
  });
  it('reads a year before the report’s, not the report’s own or a figure', () => {
    expect(earlierYear('Er hatte 2019 in Berlin einen Mann erschossen.', 2024)).toBe(2019);
    expect(earlierYear('Die Wahl im Dezember 2024 war umstritten.', 2024)).toBeNull();
    expect(earlierYear('Die Firma zahlte 2.019 Euro.', 2024)).toBeNull();
    expect(earlierYear('Er wurde 2019 verurteilt.', null)).toBeNull();
  });
});

describe('contrastKinds', () => {
  it('finds nothing between one fact told twice in one mood', () => {
    expect(contrast('Die Gespräche in Genf endeten am Montag.', 'Am Montag endeten die Gespräche in Genf.')).toEqual([]);
  });
  it('tells an act to come from the act done', () => {
    expect(contrast('Die Gespräche in Genf sollen am Montag beginnen.', 'Die Gespräche in Genf endeten am Montag.')).toEqual(['mood']);
  });
  it('finds no other mood between what may be and what is to come', () => {
    expect(contrast('Der Kanzler will am 15. Januar die Vertrauensfrage stellen.', 'Das dürfte am 15. Januar zur Vertrauensfrage führen.')).toEqual([]);
    expect(contrast('Der Kanzler will am 15. Januar die Vertrauensfrage stellen.', 'Stellt der Kanzler am 15. Januar die Vertrauensfrage?')).toEqual(['mood']);
  });
  it('tells a denial from a statement of the same act', () => {
    expect(contrast('Der Minister trat am Abend nicht zurück.', 'Der Minister trat am Abend zurück.')).toEqual(['negation']);
  });
  it('tells two different weekdays apart, not a weekday and its evening', () => {
    expect(contrast('Die Delegation traf am Dienstag in Genf ein.', 'Die Delegation traf am Mittwoch in Genf ein.')).toEqual(['weekday']);
    expect(contrast('Die Delegation traf am Dienstag in Genf ein.', 'Am Dienstagabend traf die Delegation in Genf ein.')).toEqual([]);
  });
  it('tells background from news', () => {
    expect(contrast('Der Mann hatte 2019 in Berlin einen Georgier erschossen.', 'Der Mann kam am Donnerstag in Berlin frei.')).toContain('background');
  });
  it('tells the same act of two different people apart, not of one person', () => {
    expect(contrast('Der Kommandeur Hossein Salami wurde bei dem Angriff getötet.', 'Der Kommandeur Gholam Rashid wurde bei dem Angriff getötet.')).toEqual(['people']);
    expect(contrast('Der Kommandeur Hossein Salami wurde bei dem Angriff getötet.', 'Bei dem Angriff starb Hossein Salami.')).toEqual([]);
  });
  it('makes a feature of a difference only beside an act shared in other words', () => {
    expect(contrastFeatures(true, 1)).toEqual([1]);
    expect(contrastFeatures(true, 0)).toEqual([0]);
    expect(contrastFeatures(false, 2)).toEqual([0]);
  });
});
