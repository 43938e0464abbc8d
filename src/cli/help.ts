import type { Lang } from '../shared/i18n';

/** `parallax --help` in the person's language. */
export function helpText(lang: Lang, version: string): string {
  return lang === 'de' ? de(version) : en(version);
}

const en = (version: string) => `Parallax ${version} — read, mark up and compare news reports, offline.

Usage: parallax <command> [options]

Commands
  ingest <paths…>      Add files and folders (text, HTML, Markdown, JSON Lines) to the library
  list                 List the library, newest first
  show <id>            Print one article (any unique prefix of its id)
  extract <file>       Show what extraction finds in a file, without adding it
  reextract <id…>      Extract again from the kept raw text (--all: every article); edits stay
  trash <id…>          Move reports to the trash (out of every list and view, kept whole)
  restore <id…>        Take reports out of the trash
  purge <id…>          Delete reports in the trash for good (text, raw bytes, annotations, edits)
  use-version <id>     Work on a changed file's new version: the earlier version's annotations
                       (placed in the new text; unplaceable ones kept as orphaned) and edits
                       move to it, the earlier version goes to the trash
  annotations export   Export annotations (--format md|csv|jsonld, --article ID, --out FILE)
  annotations import <file>   Import a W3C Web Annotation JSON-LD export
  search <query…>      Search the library: words, "phrases", OR, -exclude, prefix*, outlet:,
                       lang:, tag:, from:YYYY-MM-DD, to:, has:note, has:highlight, in:notes,
                       in:comments (e.g. parallax search krieg outlet:ntv.de from:2025-11-01;
                       put -- before a query that starts with -)
  suggest <text>       Completions and corrections for typed text (titles, names, outlets, tags)
  compare <id> <id>…   Compare two to four reports: aligned sentences, differences, shared text
                       (--json; --format html --out FILE for a self-contained page)
  timeline             The dated events the library's reports mention (--from D, --to D, --json)
  entities             People, places and organisations, spellings grouped (--kind K, --json)
  stories              Reports grouped by the event or story they cover (--json)
  serve                Open the library in a browser, on 127.0.0.1 with a per-run token
  rescue               Copy what can still be read of a damaged library into a new file
                       beside it (--out FILE to choose it); the damaged one is left as it is

Options
  --library FILE       The library file (default: the desktop app's, or $PARALLAX_LIBRARY)
  --json               Print data as JSON (ingest, list, show, extract, search, suggest)
  --port N             serve: the port (default: any free port)
  --sort S             list: published-desc | published-asc | added-desc | title-asc;
                       search: relevance | date-desc | date-asc
  --limit N            list, search, suggest: at most N rows (list: up to 5000 a page)
  --offset N           list: start at row N (0 is the first)
  --after CURSOR       list: the page after the one that printed CURSOR as its next page
  --before CURSOR      list: the page before one (its "prev" in --json)
  --end                list: the last page
  --group-copies       list: near-duplicate copies as one row under the earliest report
  --typing             search: read the query's last word as still being typed, so it also
                       finds the words it begins (as the search field does while typing)
  --all                reextract: every article; list: every row, page after page
  --trashed            list: the reports in the trash
  --time-limit S       ingest, reextract: skip a file whose extraction needs more than S
                       seconds of CPU time, or 4 × S of wall time (default 30)
  --replace            ingest: use-version for every changed file's new version
  --excel              annotations export --format csv: semicolons and a BOM, for Excel
                       (the default when LANG is German)
  -h, --help           Show this help
  -v, --version        Show the version`;

const de = (version: string) => `Parallax ${version} — Nachrichtenberichte lesen, markieren und vergleichen, offline.

Aufruf: parallax <Befehl> [Optionen]

Befehle
  ingest <Pfade…>      Dateien und Ordner (Text, HTML, Markdown, JSON Lines) der Bibliothek hinzufügen
  list                 Die Bibliothek auflisten, neueste zuerst
  show <Kennung>       Einen Bericht ausgeben (jeder eindeutige Anfang seiner Kennung genügt)
  extract <Datei>      Zeigen, was die Extraktion in einer Datei findet, ohne sie hinzuzufügen
  reextract <Kennung…> Aus dem aufbewahrten Rohtext neu extrahieren (--all: alle Berichte);
                       Bearbeitungen bleiben
  trash <Kennung…>     Berichte in den Papierkorb (aus allen Listen und Ansichten, ganz behalten)
  restore <Kennung…>   Berichte aus dem Papierkorb zurückholen
  purge <Kennung…>     Berichte im Papierkorb endgültig löschen (Text, Rohdaten, Anmerkungen,
                       Bearbeitungen)
  use-version <K>      An der neuen Fassung einer geänderten Datei weiterarbeiten: Anmerkungen
                       (im neuen Text verankert; nicht verankerbare bleiben verwaist erhalten)
                       und Bearbeitungen der früheren Fassung wandern mit, sie selbst in den
                       Papierkorb
  annotations export   Anmerkungen exportieren (--format md|csv|jsonld, --article KENNUNG,
                       --out DATEI)
  annotations import <Datei>   Einen Export im JSON-LD-Format (W3C Web Annotation) einlesen
  search <Anfrage…>    Die Bibliothek durchsuchen: Wörter, "Wortgruppen", OR, -ausschließen,
                       Anfang*, outlet:, lang:, tag:, from:JJJJ-MM-TT, to:, has:note,
                       has:highlight, in:notes, in:comments (z. B. parallax search krieg
                       outlet:ntv.de from:2025-11-01; -- vor eine Anfrage setzen, die mit -
                       beginnt)
  suggest <Text>       Ergänzungen und Korrekturen für getippten Text (Titel, Namen, Medien,
                       Schlagwörter)
  compare <K> <K>…     Zwei bis vier Berichte vergleichen: verbundene Sätze, Unterschiede,
                       gemeinsamer Text (--json; --format html --out DATEI für eine
                       eigenständige Seite)
  timeline             Die datierten Ereignisse, die die Berichte nennen (--from D, --to D,
                       --json)
  entities             Personen, Orte und Organisationen, Schreibweisen gebündelt (--kind K,
                       --json)
  stories              Berichte, gebündelt nach dem Ereignis oder der Geschichte (--json)
  serve                Die Bibliothek im Browser öffnen, auf 127.0.0.1 mit einem Schlüssel je Start
  rescue               Was sich von einer beschädigten Bibliothek noch lesen lässt, in eine neue
                       Datei daneben kopieren (--out DATEI); die beschädigte bleibt unverändert

Optionen
  --library DATEI      Die Bibliotheksdatei (Standard: die der Desktop-App, oder $PARALLAX_LIBRARY)
  --json               Daten als JSON ausgeben (ingest, list, show, extract, search, suggest)
  --port N             serve: der Port (Standard: ein freier Port)
  --sort S             list: published-desc | published-asc | added-desc | title-asc;
                       search: relevance | date-desc | date-asc
  --limit N            list, search, suggest: höchstens N Zeilen (list: bis 5000 je Seite)
  --offset N           list: bei Zeile N beginnen (0 ist die erste)
  --after CURSOR       list: die Seite nach der, die CURSOR als nächste Seite nannte
  --before CURSOR      list: die Seite davor (ihr "prev" in --json)
  --end                list: die letzte Seite
  --group-copies       list: fast gleiche Kopien als eine Zeile unter dem frühesten Bericht
  --typing             search: das letzte Wort als noch getippt lesen, so dass es auch die
                       Wörter findet, die es beginnt (wie das Suchfeld beim Tippen)
  --all                reextract: alle Berichte; list: alle Zeilen, Seite um Seite
  --trashed            list: die Berichte im Papierkorb
  --time-limit S       ingest, reextract: eine Datei überspringen, deren Extraktion mehr
                       als S Sekunden Rechenzeit braucht, oder 4 × S Sekunden (Standard 30)
  --replace            ingest: use-version für jede neue Fassung einer geänderten Datei
  --excel              annotations export --format csv: Semikolons und BOM, für Excel
                       (Standard, wenn LANG Deutsch ist)
  -h, --help           Diese Hilfe zeigen
  -v, --version        Die Version zeigen`;
