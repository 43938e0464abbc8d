import { describe, expect, it } from 'vitest';
import { MIN_WORDS, signature, similarity, words } from '../../../src/core/text/minhash';
import { TWIN_THRESHOLD } from '../../../src/core/derived/near-duplicates';

const WIRE =
  'Der US-Sondergesandte hat in der Hauptstadt mehr als vier Stunden lang mit dem Präsidenten gesprochen. Das Treffen sei beendet, meldete die Nachrichtenagentur. Konkrete Ergebnisse wurden zunächst nicht bekannt. Der Sprecher schloss nicht aus, dass es nach den Unterredungen ein weiteres Telefonat geben könnte. Die Gespräche zu den verschiedenen Aspekten einer Lösung des Konflikts gingen weiter, es gehe um schwierige Fragen.';

describe('signature and similarity', () => {
  it('folds case and accents in words', () => {
    expect(words('Gespräche GESPRACHE')).toEqual(['gesprache', 'gesprache']);
  });

  it('returns null for texts too short to compare', () => {
    expect(signature('nur ein paar Worte')).toBeNull();
    expect(words(WIRE).length).toBeGreaterThanOrEqual(MIN_WORDS);
  });

  it('scores the same wire copy with small edits far above an unrelated text', () => {
    const a = signature(WIRE)!;
    const edited = signature(WIRE.replace('mehr als vier Stunden', 'über vier Stunden').replace('Konkrete Ergebnisse', 'Ergebnisse') + ' Ergänzt um einen Satz am Ende.')!;
    const other = signature(
      'Ein ganz anderer Bericht über das Wetter in den Alpen, wo es am Wochenende schneien soll. Meteorologen erwarten bis zu dreißig Zentimeter Neuschnee in höheren Lagen, die Lawinengefahr steigt. Urlauber sollen sich vor Fahrten über die Pässe informieren, manche Straßen werden gesperrt sein und die Bahn fährt mit Verspätung.',
    )!;
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, edited)).toBeGreaterThanOrEqual(TWIN_THRESHOLD);
    expect(similarity(a, other)).toBeLessThan(0.1);
  });

  it('falls as more of the text is rewritten', () => {
    const a = signature(WIRE)!;
    const sentences = WIRE.split('. ');
    let last = 1;
    for (let k = 1; k < sentences.length; k++) {
      const rewritten = sentences.map((s, i) => (i < k ? s.split(' ').reverse().join(' ') : s)).join('. ');
      const s = similarity(a, signature(rewritten)!);
      expect(s).toBeLessThanOrEqual(last + 0.05);
      last = s;
    }
    expect(last).toBeLessThan(0.3);
  });
});
