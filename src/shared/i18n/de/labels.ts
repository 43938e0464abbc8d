import type { BinaryKind } from '../../api/notices';
import type { FurnitureLabel } from '../../api/extraction';
import type { ErrorCode } from '../../errors';
import type { DerivedDatasetName } from '../../events';

/** Was ein Fehler jeder Art bedeutet, wenn seine Meldung keinen Code trägt. */
export const errors: Record<ErrorCode, string> = {
  BAD_INPUT: 'Die Anfrage war ungültig.',
  NOT_FOUND: 'Das ist nicht (mehr) in der Bibliothek.',
  BAD_QUERY: 'Die Suche konnte nicht gelesen werden.',
  CONFLICT: 'Das widerspricht dem, was schon da ist.',
  UNSUPPORTED: 'Das kann Parallax nicht lesen.',
  TOO_LARGE: 'Das ist zu groß.',
  NOT_A_DATABASE: 'Diese Datei ist keine Parallax-Bibliothek.',
  DB_FROM_FUTURE: 'Diese Bibliothek stammt von einem neueren Parallax.',
  DB_CORRUPT: 'Die Bibliothek ist beschädigt.',
  DB_READONLY: 'In die Bibliothek kann nicht geschrieben werden.',
  DB_BUSY: 'Die Bibliothek ist belegt: ein anderes Parallax schreibt hinein.',
  DISK_FULL: 'Der Datenträger ist voll.',
  UNAUTHORIZED: 'Diese Seite braucht ihren Zugangsschlüssel.',
  UNKNOWN_METHOD: 'Diese Anfrage kennt Parallax nicht.',
  INTERNAL: 'In Parallax ist etwas schiefgegangen.',
};

/** Die Arten von Seitenbeiwerk, wie der Leser die eingeklappten Teile beschriftet. */
export const furniture: Record<FurnitureLabel, string> = {
  'skip-link': 'Sprunglink',
  consent: 'Einwilligung',
  donation: 'Spendenaufruf',
  follow: 'Folgen',
  share: 'Teilen',
  'comment-rules': 'Kommentarregeln',
  'comments-header': 'Kommentarkopf',
  navigation: 'Navigation',
  related: 'Weiterlesen',
  footer: 'Fußzeile',
  paywall: 'Bezahlschranke',
  script: 'Skript',
  'image-slug': 'Bildkennung',
  other: 'Sonstiges',
};

/** Als was eine Binärdatei erkannt wurde. */
export const binary: Record<BinaryKind, string> = {
  pdf: 'ein PDF-Dokument',
  png: 'ein PNG-Bild',
  jpeg: 'ein JPEG-Bild',
  gif: 'ein GIF-Bild',
  zip: 'ein ZIP-Archiv (oder Office-Dokument)',
  gzip: 'ein gzip-Archiv',
  sqlite: 'eine SQLite-Datenbank',
  riff: 'eine WebP- oder RIFF-Mediendatei',
  executable: 'ein ausführbares Programm',
};

/** Die abgeleiteten Daten, als das, was neu aufgebaut wird. */
export const datasets: Record<DerivedDatasetName, string> = {
  'search-index': 'den Suchindex',
  suggestions: 'die Vorschläge',
  'near-duplicates': 'die Verweise auf Beinahe-Dubletten',
  'compare-rows': 'den Vergleichsindex',
  'explore-groupings': 'die Gruppen für Zeitleiste und Personen',
  'twin-groups': 'die Gruppen von Kopien',
  'site-templates': 'die Vorlagen der Websites',
  'name-spellings': 'die Schreibweisen der Namen',
};

/** Arten von Einträgen, mit Artikel, wie sie im Satz stehen. */
export const entityKinds: Record<'person' | 'place' | 'organisation', string> = {
  person: 'eine Person',
  place: 'ein Ort',
  organisation: 'eine Organisation',
};
