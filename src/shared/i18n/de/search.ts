import type { SearchNotices } from '../../api/notices';
import type { Wording } from '../words';

/** Wie eine Suchanfrage gelesen wurde. */
export const search: Wording<SearchNotices> = {
  'search.unclosed-quote': () => 'Anführungszeichen nicht geschlossen: bis zum Ende als Wortgruppe gelesen',
  'search.unclosed-paren': () => '„(“ nicht geschlossen: am Ende geschlossen',
  'search.unmatched-paren': () => '„)“ ohne öffnende Klammer: übergangen',
  'search.or-needs-words': () => 'OR braucht auf beiden Seiten Wörter: übergangen',
  'search.filter-not-excludable': (p) => `Einen Filter auszuschließen („-${p.filter}:“) geht nicht: übergangen`,
  'search.operator-needs-word': (p) => `Nach „${p.operator}“ fehlt ein Wort: übergangen`,
  'search.empty-phrase': () => 'Leere Wortgruppe „""“: übergangen',
  'search.star-needs-letters': () => 'Vor „*“ fehlen Buchstaben: übergangen',
  'search.too-many-words': (p) => `Nur die ersten ${p.max} Wörter werden gesucht`,
  'search.prefix-too-short': (p) => `Wortanfang „${p.prefix}“ ist zu kurz (mindestens ${p.min} Buchstaben): als ganzes Wort gesucht`,
  'search.filter-needs-value': (p) => `${p.filter}: braucht einen Wert: übergangen`,
  'search.filter-not-a-date': (p) => `${p.filter}:${p.value} ist kein Datum (JJJJ-MM-TT, JJJJ-MM oder JJJJ): übergangen`,
  'search.unknown-has': (p) => `has:${p.value} gibt es nicht (has:note oder has:highlight): übergangen`,
  'search.unknown-in': (p) => `in:${p.value} gibt es nicht (in:comments oder in:notes): übergangen`,
  'search.query-cut': (p, f) => `Anfrage auf ihre ersten ${f.num(p.max)} Zeichen gekürzt`,
  'search.exclusion-in-or': () => 'Ein Ausschluss innerhalb von OR schließt nichts aus: übergangen',
  'search.nothing-to-search': () => 'In dieser Anfrage ist nichts zu suchen',
  'search.showing-every-report': () => 'Sonst ist nichts zu suchen: alle Berichte',
  'search.only-exclusions': () => 'Nur Ausschlüsse: alle Berichte ohne diese Wörter',
  'search.facets-estimated': (p, f) => `≈ Filterzahlen geschätzt aus den neuesten ${f.num(p.newest)} Treffern`,
  'search.ranked-newest': (p, f) => `Viele Treffer: gewichtet wurden die neuesten ${f.num(p.newest)}${p.titles ? ' und alle Treffer im Titel' : ''}`,
  'search.total-estimated': (p, f) => `≈ ${f.num(p.total)} Treffer, geschätzt aus den neuesten ${f.num(p.newest)}`,
  'search.names-pending': () => 'noch nicht alle anderen Schreibweisen von Namen werden mitgesucht: die Namen der Bibliothek werden noch gruppiert',
};
