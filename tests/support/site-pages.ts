/**
 * Pages of one made-up local paper for the site-template tests: the same menu, newsletter box
 * and footer around each article; the stories differ in every sentence.
 */
export const SITE = 'https://www.stadtzeitung.example/lokales/';
export const MENU = ['Startseite', 'Lokales', 'Politik', 'Sport', 'Kultur', 'Anmelden'];
export const NEWSLETTER = 'Jetzt den Newsletter der Stadtzeitung abonnieren und nichts mehr verpassen';
export const FOOTER = ['Mehr aus der Stadt', 'Impressum', 'Datenschutz', 'Kontakt'];
export const STORIES = [
  { title: 'Markthalle wird für zwölf Millionen Euro saniert', topic: 'die alte Markthalle am Fluss', who: 'die Baudezernentin' },
  { title: 'Neue Buslinie verbindet die Vororte mit dem Bahnhof', topic: 'die neue Buslinie zwischen den Vororten', who: 'der Verkehrsplaner' },
  { title: 'Stadtbibliothek verlängert ihre Öffnungszeiten am Wochenende', topic: 'die längeren Öffnungszeiten der Bibliothek', who: 'die Bibliotheksleiterin' },
  { title: 'Freibad öffnet nach dem Umbau zwei Wochen früher als geplant', topic: 'das umgebaute Freibad im Westen', who: 'der Bäderchef' },
];
export function paras(n: number): string[] {
  const { topic, who } = STORIES[n]!;
  return [
    `Der Stadtrat hat am Dienstagabend nach langer Debatte über ${topic} beraten und mit großer Mehrheit einen Beschluss gefasst, der im kommenden Frühjahr umgesetzt werden soll.`,
    `Vor allem die Kosten und der Zeitplan standen im Mittelpunkt, sagte ${who}, die das Vorhaben seit zwei Jahren gemeinsam mit den Anwohnern vorbereitet hat.`,
    `Anwohner, die sich bei mehreren Versammlungen zu Wort gemeldet hatten, begrüßten die Entscheidung, forderten aber, über ${topic} weiter mitreden zu dürfen.`,
    `Die Opposition kritisierte, dass die Kosten seit der ersten Schätzung um fast ein Drittel gestiegen seien, und verlangte für ${topic} einen unabhängigen Prüfbericht.`,
    `Ob der Zeitplan für ${topic} hält, hängt nach Angaben der Verwaltung auch davon ab, wie schnell die beauftragten Firmen die nötigen Materialien liefern können.`,
  ];
}
export function pageText(n: number, extra: { above?: string; inside?: string } = {}): string {
  const p = paras(n);
  const lines = [...MENU, ...(extra.above ? [extra.above] : []), STORIES[n]!.title, 'Von Anna Beispiel', p[0]!, p[1]!, NEWSLETTER, ...(extra.inside ? [extra.inside] : []), p[2]!, p[3]!, p[4]!, ...FOOTER];
  return lines.join('\n\n');
}
export const record = (n: number, extra: Parameters<typeof pageText>[1] = {}) => JSON.stringify({ url: `${SITE}${n}.html`, text: pageText(n, extra) });

