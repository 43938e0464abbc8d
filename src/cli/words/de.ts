import type { CliWords } from './en';

/** Die eigenen Worte der Kommandozeile, auf Deutsch. */
export const de: CliWords = {
  seeHelp: '(siehe parallax --help)',
  unknownCommand: (command: string) => `unbekannter Befehl „${command}“ (siehe parallax --help)`,
  unexpected: (detail: string) => `unerwarteter Fehler: ${detail}`,

  listEmpty: 'Die Bibliothek ist leer. Berichte fügen Sie hinzu mit: parallax ingest <Dateien oder Ordner>',
  flagWhole: (command: string, flag: string, value: string) => `${command}: --${flag} muss eine ganze Zahl sein, nicht „${value}“`,
  listLimit: 'list: --limit muss zwischen 1 und 5000 liegen; weiterblättern mit --after (jede Seite nennt ihren Cursor) oder --all verwenden',
  pageRows: (from: string, to: string, rows: string) => `Zeilen ${from}–${to} von ${rows}`,
  pageRowsFrom: (shown: string, rows: string) => `${shown} Zeilen von ${rows}`,
  pageGrouped: (total: string) => ` (${total} Berichte, Kopien gebündelt)`,
  pageNext: (cursor: string) => `Nächste Seite: parallax list --after ${cursor}`,
  titleDerived: '  (Titel aus dem Vorspann gebildet)',
  inferred: ' (erschlossen)',
  dateConflict: (points: string, stated: string) => `Hinweis: Der Text verweist auf ${points}, nicht auf das angegebene ${stated}.`,
  image: (text: string) => `[Bild: ${text}]`,
  articleFooter: (p) =>
    `— ${p.words} Wörter, ${p.minutes} Min. · ${p.comments} Kommentare · ${p.folded} Blöcke Seitentext entfernt · Kennung ${p.id}`,

  reportSummary: (added: number, present: number, within: string, skipped: number, seconds: string) =>
    `Hinzugefügt ${added}, schon vorhanden ${present}${within}, übersprungen ${skipped} (${seconds} s).`,
  withinAll: ' (alle doppelt in der Eingabe selbst)',
  withinSome: (n: number) => ` (davon ${n} doppelt in der Eingabe selbst)`,
  skippedLine: (name: string, reason: string) => `  übersprungen ${name}: ${reason}`,
  warningLine: (name: string, message: string) => `  Hinweis ${name}: ${message}`,
  reextracted: (n: number, seconds: string) => `${n} Artikel erneut ausgelesen (${seconds} s).`,
  failedLine: (id: string, reason: string) => `  fehlgeschlagen ${id}: ${reason}`,

  taskLabel: (task: string) => ({ ingest: 'Einlesen', ingestReports: 'Einlesen', reextract: 'Erneut auslesen', compareIndex: 'Für den Vergleich erschließen' })[task] ?? task,
  megabytes: (done: string, total: string) => `${done} von ${total} MB`,
  reportsAmount: (done: string, total: string) => `${done} von ${total} Berichten`,
  rebuilding: (what: string) => `Baue ${what} neu auf`,
  portRange: (raw: string) => `serve: --port muss eine Zahl von 0 bis 65535 sein, nicht „${raw}“`,
  serveRunning: (url: string) => `Parallax läuft unter ${url}`,
  serveLibrary: (path: string) => `Bibliothek: ${path}`,
  serveHint: 'Öffnen Sie die Adresse oben in einem Browser. Strg+C beendet.',
  searchNote: (text: string) => `Hinweis: ${text}`,
  alsoSearched: (word: string, spellings: string) => `Auch gesucht für ${word}: ${spellings} (die eingegebene Schreibweise zuerst)`,
  noMatches: 'Kein Bericht passt.',
  didYouMean: (q: string) => ` Meinten Sie: ${q}`,
  resultCount: (n: number, ms: number) => `${n} ${n === 1 ? 'Bericht' : 'Berichte'} (${ms} ms)`,
  hitCount: (n: number) => `(${n} Treffer)`,
  snippetField: (field: string) => ({ title: 'Titel', dek: 'Vorspann', body: 'Text', comments: 'Kommentare', notes: 'Notizen' })[field] ?? field,
  noSuggestions: 'Keine Vorschläge.',

  giveQuery: 'search: geben Sie eine Suchanfrage an, z. B. parallax search "vier Stunden" outlet:ntv.de',
  giveSuggestText: 'suggest: geben Sie etwas Text an, z. B. parallax suggest Whitkoff',
  limitRange: (command: string, max: number, raw: string) => `${command}: --limit muss eine ganze Zahl von 1 bis ${max} sein, nicht „${raw}“`,
  givePaths: 'ingest: geben Sie Dateien oder Ordner an, z. B. parallax ingest ~/berichte',
  giveId: 'show: geben Sie die Kennung eines Artikels an (siehe parallax list)',
  notAnId: (command: string, prefix: string) => `${command}: „${prefix}“ ist keine Artikelkennung (Kennungen sind hexadezimal, siehe parallax list)`,
  noArticle: (command: string, prefix: string) => `${command}: kein Artikel mit der Kennung „${prefix}“`,
  ambiguousId: (command: string, prefix: string) => `${command}: „${prefix}“ passt auf mehrere Artikel; geben Sie mehr Zeichen an`,
  reextractGive: 'reextract: geben Sie Artikelkennungen an, oder --all für die ganze Bibliothek',
  reextractBoth: 'reextract: entweder Kennungen oder --all, nicht beides',
};
