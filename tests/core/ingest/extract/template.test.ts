import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/core/ingest/extract/index';
import { lineKey, pageLineKeys } from '../../../../src/core/text/line-key';

// A made-up local paper: a menu, a headline, five paragraphs with a newsletter box between
// them, and a footer — the furniture every page of the site repeats.
const PARAS = [
  'Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die alte Markthalle am Fluss für zwölf Millionen Euro zu sanieren und im kommenden Frühjahr wieder zu öffnen.',
  'Die Sanierung soll vor allem das undichte Dach und die veraltete Heizung betreffen, sagte die Baudezernentin, die das Vorhaben seit zwei Jahren vorbereitet hat.',
  'Händler, die bisher auf dem Parkplatz nebenan verkaufen mussten, begrüßten die Entscheidung, forderten aber niedrigere Standgebühren für die ersten beiden Jahre.',
  'Die Opposition kritisierte, dass die Kosten seit der ersten Schätzung um fast ein Drittel gestiegen seien, und verlangte einen unabhängigen Prüfbericht.',
  'Ob der Zeitplan hält, hängt nach Angaben der Verwaltung auch davon ab, wie schnell die Fachfirmen die nötigen Materialien liefern können.',
];
const HEADLINE = 'Markthalle wird für zwölf Millionen Euro saniert';
const NEWSLETTER = 'Jetzt den Newsletter der Stadtzeitung abonnieren und nichts mehr verpassen';
const MENU = ['Startseite', 'Lokales', 'Politik', 'Sport', 'Kultur', 'Anmelden'];
const FOOTER = ['Mehr aus der Stadt', 'Impressum', 'Datenschutz', 'Kontakt'];
const page = [...MENU, HEADLINE, 'Von Anna Beispiel', PARAS[0], PARAS[1], NEWSLETTER, PARAS[2], PARAS[3], PARAS[4], ...FOOTER].join('\n\n');
const keys = (lines: string[]) => lines.map((l) => lineKey(l)!);

describe('extraction with a site template', () => {
  it('keeps a recurring newsletter box in the body without the template, and folds it with it', () => {
    expect(extract({ text: page, format: 'text' }).body).toContain(NEWSLETTER);
    const x = extract({ text: page, format: 'text', template: { lines: keys([...MENU, NEWSLETTER, ...FOOTER]) } });
    expect(x.body).not.toContain(NEWSLETTER);
    // The box is a hole where it stands: the paragraphs after it stay the article.
    expect(x.body).toEqual(PARAS);
  });

  it('keeps the headline and a body line that other pages of the site quote as teasers', () => {
    const x = extract({ text: page, format: 'text', template: { lines: keys([...MENU, NEWSLETTER, ...FOOTER, HEADLINE, PARAS[1]!]) } });
    expect(x.title).toBe(HEADLINE);
    expect(x.body).toEqual(PARAS);
  });

  it('changes nothing with an empty template or one of another site', () => {
    const plain = extract({ text: page, format: 'text' });
    expect(extract({ text: page, format: 'text', template: { lines: [] } })).toEqual(plain);
    expect(extract({ text: page, format: 'text', template: { lines: keys(['Home', 'Sign in', 'Weather']) } })).toEqual(plain);
  });
});

describe('line keys', () => {
  it('match a line across pages whatever its counts, case and spacing', () => {
    expect(lineKey('Kommentare (12)')).toBe(lineKey('  kommentare  (3) '));
    expect(lineKey('Kommentare')).not.toBe(lineKey('Kommentar'));
  });

  it('skip lines without letters and lines too long to be furniture', () => {
    expect(lineKey('12.04.2025')).toBeNull();
    expect(lineKey('x'.repeat(5000))).toBeNull();
    expect(pageLineKeys('a\nb\n\na\n2025')).toEqual([lineKey('a'), lineKey('b')]);
  });
});
