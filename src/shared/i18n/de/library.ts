import type { AnnotationNotices, CompareNotices, HostNotices, LibraryNotices } from '../../api/notices';
import type { Wording } from '../words';
import { jsonAt } from './ingest';
import { entityKinds } from './labels';

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Fehler, die eine Person in der Bibliothek auslösen kann. */
export const library: Wording<LibraryNotices> = {
  'library.no-article': (p) => `Kein Bericht mit der Kennung „${p.id}“`,
  'library.no-saved-search': (p) => `Keine gespeicherte Suche mit der Nummer ${p.id}`,
  'reextract.failed': (p) => `Neu-Extraktion fehlgeschlagen: ${p.detail}`,
  'reextract.out-of-memory': (p, f) => `Neu-Extraktion: der Text ist zu groß oder zu tief verschachtelt für ${f.num(p.megabytes)} MB Speicher`,
  'reextract.timed-out': (p) => `Die Neu-Extraktion dauerte länger als ${p.seconds} s`,
  'version.not-new': (p) => `Der Bericht „${p.id}“ ist keine neue Fassung eines Berichts außerhalb des Papierkorbs`,
  'version.text-new-edited': () => 'Die neue Fassung hat schon eine eigene Textbearbeitung; Ihre bleibt bei der früheren Fassung (im Papierkorb)',
  'version.text-too-large': (p) => `Der Text ist zu lang zum Zusammenführen (über ${p.max.toLocaleString('de')} Zeichen); Ihre Textbearbeitung bleibt bei der früheren Fassung (im Papierkorb)`,
  'version.text-timed-out': (p) => `Das Zusammenführen Ihrer Textbearbeitung mit dem neuen Text dauerte länger als ${p.seconds} s; sie bleibt bei der früheren Fassung (im Papierkorb)`,
  'version.text-unreadable': (p) => `Der zusammengeführte Text ließ sich nicht lesen (${p.detail}); Ihre Textbearbeitung bleibt bei der früheren Fassung (im Papierkorb)`,
  'version.no-conflict': (p) => `Im Text dieses Berichts gibt es keinen Konflikt ${p.index + 1} (er wurde seither gelöst oder bearbeitet)`,
  'version.undo-changed': () => 'Eine Anmerkung wurde seither gelöscht oder verschoben; der Wechsel der Fassung lässt sich nicht mehr als Ganzes zurücknehmen',
  'correct.end-before-start': () => 'Der Artikel kann nicht enden, bevor er beginnt',
  'correct.past-end': (p) => `Die Markierung liegt hinter dem Ende des Textes (${p.offset} von ${p.length})`,
  'edit.text-empty': () => 'Der Text ist leer; „Original wiederherstellen“ führt zum ursprünglichen Text zurück',
  'edit.text-too-long': (p, f) => `Der Text ist länger als ${f.num(p.max)} Zeichen`,
  'edit.out-of-memory': (p, f) => `Der Text ist zu groß, um in ${f.num(p.megabytes)} MB Speicher ausgelesen zu werden; nichts wurde geändert`,
  'edit.timed-out': (p) => `Die Extraktion des Textes dauerte länger als ${p.seconds} s; nichts wurde geändert`,
  'edit.title-invalid': (p, f) => `Der Titel darf nicht leer und höchstens ${f.num(p.max)} Zeichen lang sein`,
  'edit.date-invalid': (p) => `Das Datum muss JJJJ, JJJJ-MM, JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM sein, nicht ${p.value}`,
  'edit.field-too-long': (p, f) => `${p.field}: höchstens ${f.num(p.max)} Zeichen`,
  'store.is-folder': (p) => `Der Bibliothekspfad „${p.path}“ ist ein Ordner, keine Datei`,
  'store.not-sqlite': (p) => `„${p.path}“ ist keine Parallax-Bibliothek (keine SQLite-Datenbank); die Datei blieb unverändert`,
  'store.other-program': (p) => `„${p.path}“ ist die Datenbank eines anderen Programms, keine Parallax-Bibliothek; die Datei blieb unverändert`,
  'store.disk-full': (p) => `Der Datenträger ist voll: in die Bibliothek „${p.path}“ konnte nicht geschrieben werden (${p.detail})`,
  'store.disk-failing': (p) => `In die Bibliothek „${p.path}“ konnte nicht geschrieben werden: der Datenträger ist voll oder fehlerhaft (${p.detail})`,
  'store.busy': (p) => `Die Bibliothek „${p.path}“ ist belegt: ein anderes Parallax schreibt seit über ${p.seconds} s hinein; versuchen Sie es, wenn es fertig ist`,
  'store.not-a-library': (p) => `„${p.path}“ ist keine Parallax-Bibliothek (${p.detail}); die Datei blieb unverändert`,
  'store.damaged': (p) =>
    `Die Bibliothek „${p.path}“ ist beschädigt (${p.detail}); Parallax hat sie so gelassen und nichts ersetzt. Bewahren Sie eine Kopie der Datei auf; „parallax rescue --library DATEI“ kopiert, was sich noch lesen lässt, in eine neue Bibliothek daneben`,
  'store.damaged-no-writes': (p) => `Die Bibliothek „${p.path}“ ist beschädigt, darum wird nichts mehr in sie geschrieben; retten Sie sie in eine neue Bibliothek („In eine neue Bibliothek retten“ oder parallax rescue --library DATEI)`,
  'store.rescue-in-memory': () => 'Eine Bibliothek im Arbeitsspeicher hat keine Datei, die sich retten ließe',
  'store.rescue-exists': (p) => `„${p.path}“ gibt es schon; die Rettung schreibt nur in eine neue Datei`,
  'store.read-only': (p) => `In die Bibliothek „${p.path}“ kann nicht geschrieben werden (${p.detail})`,
  'store.from-future': (p) =>
    `Die Bibliothek „${p.path}“ stammt von einem neueren Parallax (Schema ${p.version}, dieses kennt bis ${p.known}); aktualisieren Sie Parallax, um sie zu öffnen`,
  'search.query-too-long': (p, f) => `Die Suchanfrage ist mit ${f.num(p.length)} Zeichen zu lang`,
  'query.unknown-sort': (p) => `Unbekannte Sortierung ${p.value}; möglich sind ${p.allowed.join(', ')}`,
  'query.limit-range': (p) => `Die Höchstzahl muss eine ganze Zahl von 1 bis ${p.max} sein`,
  'query.offset-negative': () => 'Der Versatz muss eine ganze Zahl ≥ 0 sein',
};

/** Was die Hosts ablehnen. */
export const host: Wording<HostNotices> = {
  'http.unreachable': () => 'Parallax ist nicht erreichbar: Das Programm, das diese Seite bereitstellt (parallax serve oder npm start), läuft nicht mehr. Starten Sie es erneut und öffnen Sie die Adresse, die es ausgibt',
  'http.body-not-json': () => 'Die Anfrage ist kein gültiges JSON',
  'http.too-large': (p, f) => `Die Anfrage ist größer als erlaubt (${f.num(p.limit)} Bytes)`,
  'pdf.render-failed': (p) => `Die Seite ließ sich nicht als PDF ausgeben: ${p.detail}`,
  'pdf.write-failed': (p) => `„${p.path}“ konnte nicht geschrieben werden: ${p.detail}`,
  'serve.not-built': (p) => `Die App ist nicht gebaut (${p.dir} fehlt); führen Sie zuerst „npm run build“ aus`,
  'serve.port-in-use': (p) => `Port ${p.port} ist schon belegt; wählen Sie mit --port N einen anderen (oder --port 0 für einen freien)`,
  'serve.port-forbidden': (p) => `Port ${p.port} darf nicht belegt werden; wählen Sie einen Port über 1023`,
  'serve.cannot-listen': (p) => `Port ${p.port} kann nicht geöffnet werden (${p.detail})`,
};

/** Abgelehnte Anmerkungen und übersprungene Importe. */
export const annotations: Wording<AnnotationNotices> = {
  'annotate.no-annotation': (p) => `Keine Anmerkung mit der Kennung „${p.id}“`,
  'annotate.range-past-end': (p) => `Die Markierung endet bei ${p.end}, nach dem Ende des Berichts (${p.length})`,
  'annotate.blank-range': () => 'Die Markierung enthält nur Leerraum',
  'annotate.self-link': () => 'Eine Anmerkung kann nicht mit sich selbst verknüpft werden',
  'annotate.link-same-report': () => 'Verknüpfungen verbinden Anmerkungen aus zwei verschiedenen Berichten',
  'annotate.not-linked': (p) => `„${p.a}“ und „${p.b}“ sind nicht verknüpft`,
  'import.too-large': (p) => `Die Datei ist größer als ${p.megabytes} MB`,
  'import.not-json': (p) => `Kein gültiges JSON${jsonAt(p.detail)}`,
  'import.not-annotations': () => 'Keine W3C-Web-Annotation-Sammlung, -Seite oder -Anmerkung',
  'import.not-an-object': () => 'Kein Objekt',
  'import.id-not-urn': () => 'Die Kennung ist keine urn:uuid:-Kennung',
  'import.id-not-uuid': () => 'Die Kennung ist keine UUID',
  'import.target-not-article': () => 'Das Ziel ist kein Parallax-Bericht',
  'import.no-quote': () => 'Kein TextQuoteSelector mit genauem Text',
  'import.no-article': (p) => `Die Bibliothek hat keinen Bericht „${p.id}“ für diese Anmerkung`,
};

/** Abgelehnte Vergleiche und Änderungen an Personen, Orten und Organisationen. */
export const compare: Wording<CompareNotices> = {
  'compare.too-few': (p) => `Wählen Sie zwei bis ${p.max} Berichte (gewählt: ${p.got})`,
  'compare.too-many': (p) => `Höchstens ${p.max} Berichte auf einmal (gewählt: ${p.got})`,
  'compare.same-twice': () => 'Derselbe Bericht ist zweimal gewählt',
  'compare.no-body': (p) => `Bericht „${p.id}“ hat keinen Text zum Vergleichen`,
  'entities.no-entity': (p) => `Kein Eintrag mit der Kennung „${p.id}“`,
  'stories.no-story': (p) => `Keine Geschichte mit der Kennung „${p.id}“ (mehr): neue Berichte können sie geändert haben`,
  'timeline.no-event': (p) => `Kein Ereignis der Zeitleiste mit der Kennung „${p.id}“ (mehr): neue Berichte können es geändert haben`,
  'entities.mixed-kinds': (p) => `${capitalise(entityKinds[p.a])} und ${entityKinds[p.b]} lassen sich nicht zusammenführen`,
  'entities.not-a-spelling': (p) => `„${p.spelling}“ ist keine Schreibweise von ${p.name} (${p.names.join(', ')})`,
  'entities.keep-one': () => 'Lassen Sie mindestens eine Schreibweise im Eintrag',
};
