import type { DateNotices, ExtractionNotices, IngestNotices, StoredNotices } from '../../api/notices';
import type { Wording } from '../words';
import { binary } from './labels';

const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

/** Where in a file, as extraction names it (`line 12`, `item 3`), in German. */
export function where(locator: string): string {
  return locator.replace(/^line (\d+)$/, 'Zeile $1').replace(/^item (\d+)$/, 'Eintrag $1');
}

/**
 * Where the JSON engine stopped reading, as a character a person can count to (` (Fehler bei
 * Zeichen 22)`), or nothing. Its message itself is English engine wording, not data, so the
 * German sentence does not quote it.
 */
export function jsonAt(detail: string): string {
  const at = /\bposition (\d+)/.exec(detail);
  return at ? ` (Fehler bei Zeichen ${Number(at[1]) + 1})` : '';
}

/** Warum eine Eingabe übersprungen wurde. */
export const ingest: Wording<IngestNotices> = {
  'ingest.path-missing': (p) => `„${p.path}“ gibt es nicht`,
  'ingest.folder-empty': (p) => `Im Ordner „${p.path}“ ist keine lesbare Datei`,
  'ingest.not-a-file': (p) => `„${p.path}“ ist weder eine gewöhnliche Datei noch ein Ordner (eine Pipe, ein Socket oder Gerät)`,
  'ingest.link-missing': (p) => `„${p.path}“ ist ein Verweis auf eine Datei, die es nicht gibt`,
  'ingest.link-loop': (p) => `„${p.path}“ ist ein Verweis, der auf sich selbst zurückführt`,
  'ingest.no-permission': (p) => `Keine Berechtigung, „${p.path}“ zu lesen`,
  'ingest.folder-unreadable': (p) => `Ordner „${p.path}“ kann nicht gelesen werden (${p.detail})`,
  'ingest.too-many-files': (p, f) => `${f.num(p.count)} Dateien gewählt, aber höchstens ${f.num(p.limit)} lassen sich auf einmal senden: in Teilen wählen oder den Ordner mit „parallax ingest ORDNER“ importieren`,
  'ingest.file-vanished': (p) => `„${p.name}“ wurde während des Imports gelöscht oder verschoben; nicht hinzugefügt`,
  'ingest.file-unreadable': (p) => `„${p.name}“ kann nicht gelesen werden (${p.detail})`,
  'ingest.utf16-lines-too-large': (p, f) => `„${p.name}“ ist ${f.fixed(p.megabytes, 1)} MB JSON Lines in UTF-16, die ganz gelesen werden und höchstens ${f.num(p.limit)} MB groß sein dürfen; als UTF-8 gespeichert ist jede Größe möglich`,
  'ingest.file-too-large': (p, f) => `„${p.name}“ ist ${f.fixed(p.megabytes, 1)} MB groß; eine Artikeldatei darf höchstens ${f.num(p.limit)} MB groß sein`,
  'ingest.file-empty': (p) => `„${p.name}“ ist leer`,
  'ingest.file-blank': (p) => `„${p.name}“ enthält nur Leerraum`,
  'ingest.file-binary': (p) => `„${p.name}“ ist ${binary[p.kind]}, kein Text; nicht hinzugefügt`,
  'ingest.file-nul-bytes': (p) => `„${p.name}“ enthält NUL-Bytes, ist also Binärdaten, kein Text`,
  'ingest.file-control-chars': (p) => `„${p.name}“ sieht nach Binärdaten aus (${p.count} Steuerzeichen)`,
  'ingest.file-not-json': (p) => `„${p.name}“ ist kein gültiges JSON${jsonAt(p.detail)}`,
  'ingest.file-cut': (p) => `„${p.name}“ bricht ab, bevor sein JSON endet (die Datei ist abgeschnitten oder wird noch geschrieben); importieren Sie sie erneut, wenn sie vollständig ist`,
  'ingest.record-too-large': (p, f) => `${p.name}, ${where(p.locator)}: Datensatz ist größer als ${f.num(p.limit)} MB`,
  'ingest.record-not-json': (p) => `${p.name}, ${where(p.locator)}: kein gültiges JSON${jsonAt(p.detail)}`,
  'ingest.record-cut': (p) => `${p.name}, ${where(p.locator)}: der Datensatz bricht ab, bevor sein JSON endet (die Datei ist abgeschnitten oder wird noch geschrieben); importieren Sie die Datei erneut, wenn sie vollständig ist`,
  'ingest.record-not-object': (p) => `${p.name}, ${where(p.locator)}: kein JSON-Objekt`,
  'ingest.record-no-text': (p) => `${p.name}, ${where(p.locator)}: kein Feld "text" oder "body" mit Text`,
  'ingest.extraction-failed': (p) => `Extraktion von „${p.name}“ fehlgeschlagen (${p.detail})`,
  'ingest.store-failed': (p) => `„${p.name}“ konnte nicht gespeichert werden (${p.detail})`,
  'ingest.out-of-memory': (p, f) => `„${p.name}“${p.locator ? `, ${where(p.locator)}` : ''}: zu groß oder zu tief verschachtelt, um in ${f.num(p.megabytes)} MB Speicher ausgelesen zu werden, übersprungen; der Rest geht weiter`,
  'ingest.timed-out': (p) => `„${p.name}“${p.locator ? `, ${where(p.locator)}` : ''}: die Extraktion dauerte länger als ${p.seconds} s, übersprungen; der Rest geht weiter`,
  'ingest.store-stopped': (p, f) =>
    `${f.say(p.cause)}; ${p.kept === 0 ? 'von diesem Import wurde nichts hinzugefügt' : p.kept === 1 ? 'der eine zuvor hinzugefügte Bericht bleibt' : `die ${p.kept} zuvor hinzugefügten Berichte bleiben`}`,
};

/** Worauf die Extraktion hinweist. */
export const extraction: Wording<ExtractionNotices> = {
  'extract.no-body': () => 'Kein Artikeltext gefunden',
  'extract.failed': (p) => `Extraktion fehlgeschlagen: ${p.detail}`,
};

/** Warum ein Erscheinungsdatum gewählt wurde. */
export const dates: Wording<DateNotices> = {
  'date.from-record': () => 'im Datensatz angegeben',
  'date.stated-near-title': (p) => `beim Titel angegeben: „${p.text}“`,
  'date.header-line': (p) => `Kopfzeile: „${p.text}“`,
  'date.weekday-fixes-week': (p) => `„${p.word}“ und „${p.dateText}“ (ein ${WEEKDAYS[p.weekday] ?? '?'}) legen die Woche fest`,
  'date.weekday-after': (p) => `„${p.word}“ danach ist der ${p.date}`,
  'date.current-month': (p) => `Der Text spricht von „${p.phrase}“, nennt aber zuletzt den Monat „${p.named}“ (${p.namedMonth})`,
  'date.points-to': (p) => `Er verweist also auf ${p.month}, nicht auf ${p.header}`,
};

/** Ein Satz, den eine ältere Version gespeichert hat, wie er dasteht (Englisch). */
export const stored: Wording<StoredNotices> = {
  'stored.text': (p) => p.text,
};
