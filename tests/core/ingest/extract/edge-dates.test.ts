import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/core/ingest/extract/index';

const para = (n: number) => `Der Gemeinderat hat am Abend über den neuen Radweg entlang der Uferstraße beraten, Teil ${n} der Debatte zog sich über mehrere Stunden hin und endete mit einem knappen Beschluss.`;
const menu = ['Start', 'Stadt', 'Sport', 'Kultur', 'Kontakt', ''];
const comments = ['3 Kommentare', '', 'Petra', '14. März 2019 um 08:12', 'Endlich passiert etwas.', '', 'Jonas', '15. März 2019 um 10:40', 'Viel zu teuer.', ''];

describe('date lines at the article edges', () => {
  it('reads a blog post footer date under the last paragraph, not a comment date', () => {
    const text = [...menu, 'Radweg an der Uferstraße kommt', '', para(1), '', para(2), '', para(3), '', '12. März 2019', 'Schlagwörter: Radweg, Gemeinderat', '', ...comments].join('\n');
    expect(extract({ text, format: 'text' }).published).toBe('2019-03-12');
  });
  it('reads a labelled publication sentence a few lines under the text', () => {
    const text = [...menu, 'Radweg an der Uferstraße kommt', '', para(1), '', para(2), '', para(3), '', 'Teilen', 'Drucken', 'Ähnliche Beiträge',
      'Dieser Eintrag wurde veröffentlicht in Stadt, Verkehr und getaggt mit Radweg, Uferstraße am 12. März 2019 von Redaktion.', '', ...comments].join('\n');
    expect(extract({ text, format: 'text' }).published).toBe('2019-03-12');
  });
  it('reads a publication label glued to the word before it in a post footer', () => {
    const long = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => [para(n), '']);
    const text = [...menu, 'Radweg an der Uferstraße kommt', '', ...long, 'Ähnliche Beiträge',
      'Autor redaktionVeröffentlicht am 12. März 2019Kategorien Stadt, VerkehrSchlagwörter Radweg, Uferstraße, Gemeinderat, Abstimmung, Innenstadt, Verkehrswende', '', ...comments].join('\n');
    expect(extract({ text, format: 'text' }).published).toBe('2019-03-12');
  });
  it('leaves a republication note and a bare comment date alone', () => {
    const note = [...menu, 'Radweg an der Uferstraße kommt', '', para(1), '', para(2), '', para(3), '', 'Originally published at example.org on March 2, 2011.'].join('\n');
    expect(extract({ text: note, format: 'text' }).published).toBeNull();
    const long = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((n) => [para(n), '']);
    const thread = [...menu, 'Radweg an der Uferstraße kommt', '', ...long, 'Petra', '14. März 2019', 'Endlich passiert etwas.'].join('\n');
    expect(extract({ text: thread, format: 'text' }).published).toBeNull();
  });
  it('prefers a publication date above the text to a revision date there', () => {
    const text = [...menu, 'Radweg an der Uferstraße kommt', 'Autorin', 'Eva Berg', 'Aktualisiert: 20. März 2019', 'Datum', '12. März 2019', 'Teilen', '', para(1), '', para(2), '', para(3)].join('\n');
    expect(extract({ text, format: 'text' }).published).toBe('2019-03-12');
  });
  it('reads a bare date line among the first lines of the text where no headline stands over it', () => {
    // The site's name stands where a headline would, so the article opens at its dek, and the
    // post's date stands between the dek and the lead.
    const text = ['Stadtblog', '', 'Stadtblog', '', 'Nach langer Debatte bekommt die Uferstraße einen Radweg, und das verändert den Verkehr in der ganzen Innenstadt.', '',
      'June 19, 2019', '', 'Eva Berg', '', para(1), '', para(2), '', para(3)].join('\n');
    expect(extract({ text, format: 'text' }).published).toBe('2019-06-19');
  });
  it('passes over a list of dated posts above the headline for the date the post states', () => {
    const en = (n: number) => `The council met late into the evening to weigh the new cycle lane along the river road, and part ${n} of the debate ran on for hours before a narrow vote.`;
    const recent = ['Recent posts', '20/02/2020 Open meeting', '13/02/2020 Open meeting', '06/02/2020 Board meeting', 'News'];
    const text = ['Home', 'About', 'Events', 'Contact', '', ...recent, 'We back the cycle lane', 'by Sam Reed', '21 September 2019', '', en(1), '', en(2), '', en(3)].join('\n');
    expect(extract({ text, format: 'text' }).published).toBe('2019-09-21');
    // A list alone still dates the page by its first item in the header, as before: nothing else is stated.
    const only = ['Home', 'About', '', ...recent, 'We back the cycle lane', '', en(1), '', en(2), '', en(3)].join('\n');
    expect(extract({ text: only, format: 'text' }).published).toBe('2020-02-20');
  });
  it('reads the page\'s only bare date line far from the headline and the text, and no date where two days stand', () => {
    // A blog's header prints the post's date over a long menu, far above the post's own headline.
    const navigation = ['Start', 'Über mich', 'Rezepte', 'Reisen', 'Garten', 'Bücher', 'Archiv', 'Kontakt', 'Impressum', 'Datenschutz', 'Suche', 'Newsletter', ''];
    const page = (extra: string[]) => ['Stadtblog', '', 'Donnerstag, 28. Juli 2011', '', ...navigation, 'Radweg an der Uferstraße kommt', '', para(1), '', para(2), '', para(3), '', ...extra].join('\n');
    expect(extract({ text: page([]), format: 'text' }).published).toBe('2011-07-28');
    // A teaser of another post with its own day in the menus: two days, so neither is the page's.
    const teaser = ['Stadtblog', '', 'Donnerstag, 28. Juli 2011', '', 'Neue Ampel am Markt', '3. August 2011', '', ...navigation, 'Radweg an der Uferstraße kommt', '', para(1), '', para(2), '', para(3)].join('\n');
    expect(extract({ text: teaser, format: 'text' }).published).toBeNull();
    // A bare date under the end of the text, past the line right under it, dates another post.
    const long = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((n) => [para(n), '']);
    const after = [...menu, 'Radweg an der Uferstraße kommt', '', ...long, 'Neueste Beiträge', 'Neue Ampel am Markt', '3. August 2011'].join('\n');
    expect(extract({ text: after, format: 'text' }).published).toBeNull();
  });
  it('reads a bare date over a photo credit under the headline as the header date, not a caption', () => {
    const text = [...menu, 'Radweg an der Uferstraße kommt', 'Der Gemeinderat stimmt nach langer Debatte knapp für den neuen Radweg an der Uferstraße.', '12.03.2019', 'Foto: Stadtverwaltung', '', para(1), '', para(2), '', para(3)].join('\n');
    expect(extract({ text, format: 'text' }).published).toBe('2019-03-12');
  });
  it('reads an ambiguous numeric date in the order the page\'s other numeric dates settle', () => {
    const en = (n: number) => `The council met late into the evening to weigh the new cycle lane along the river road, and part ${n} of the debate ran on for hours before a narrow vote.`;
    const page = (more: string) => ['Home', 'About', 'Contact', '', 'We back the cycle lane', 'The Courier 02/10/2020 Sam Reed', '', en(1), '', en(2), '', en(3), '', 'More from us', more].join('\n');
    // A day over 12 first elsewhere on the page: the site prints day first.
    expect(extract({ text: page('25/09/2020 Bridge repairs start'), format: 'text' }).published).toBe('2020-10-02');
    // A day over 12 second: month first, as the English default.
    expect(extract({ text: page('09/25/2020 Bridge repairs start'), format: 'text' }).published).toBe('2020-02-10');
    // Nothing settles it: the language decides.
    expect(extract({ text: page('Bridge repairs start'), format: 'text' }).published).toBe('2020-02-10');
  });
});

describe('Polish date lines', () => {
  it('reads a Polish date line under the headline', () => {
    const pl = (n: number) => `Rada miasta obradowała do późnego wieczora nad nową drogą rowerową wzdłuż rzeki, a część ${n} debaty trwała wiele godzin, zanim zapadła decyzja.`;
    const text = ['Start', 'Miasto', 'Sport', 'Kontakt', '', 'Droga rowerowa nad rzeką powstanie', 'Anna Nowak', '22 kwietnia 2021', '', pl(1), '', pl(2), '', pl(3)].join('\n');
    expect(extract({ text, format: 'text' }).published).toBe('2021-04-22');
  });
});
