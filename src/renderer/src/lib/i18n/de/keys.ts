import type { keys as en } from '../en/keys';
import type { Widen } from '../widen';

/** Die Tastenkürzel, wie die Hilfe sie beschreibt. */
export const keys: Widen<typeof en> = {
  shortcutsTitle: 'Tastenkürzel',
  keyMove: 'Auswahl in der Liste bewegen',
  keyOpen: 'Gewählten Bericht öffnen',
  keyBack: 'Vom Lesebereich zurück zur Liste',
  keyImport: 'Dateien importieren',
  keyPick: 'Gewählten Bericht zum Vergleich vormerken',
  keyCompare: 'Vorgemerkte Berichte vergleichen (oder den geöffneten mit…)',
  keyHelp: 'Diese Liste zeigen',
  keySync: 'Vergleich: Spalten gemeinsam scrollen an oder aus',
  keyPair: 'Vergleich: nächster / vorheriger verbundener Satz der Spalte, mit den Unterschieden',
  keyPrint: 'Vergleich: als PDF sichern (Desktop) oder drucken',
  keySearch: 'Die Bibliothek durchsuchen',
  keyFind: 'Im geöffneten Bericht suchen',
  keyNextHit: 'Nächste / vorige Fundstelle',
  keyOriginal: 'Originaltext ein / aus',
  keyEdit: 'Angaben des geöffneten Berichts bearbeiten',
  keyParagraph: 'Nächster / vorheriger Absatz',
  keyArticle: 'Nächster / vorheriger Bericht',
  keyHighlight: 'Auswahl markieren, sonst den gewählten Absatz (im Vergleich: Satz)',
  keyNote: 'Notiz zur eben gemachten Markierung schreiben (oder zu der im gewählten Absatz)',
  keyTag: 'Schlagwort an die eben gemachte Markierung (oder die im gewählten Absatz)',
  keyPanel: 'Seitenleiste Anmerkungen ein / aus',
  keyRead: 'Als gelesen / ungelesen markieren',
  keyUndo: 'Letzte Änderung an Anmerkungen zurücknehmen',
  keyRedo: 'Zuletzt zurückgenommene Änderung an Anmerkungen wiederholen',
  keyZoom: 'Vergrößern / verkleinern / 100 %',
  keyImportFolder: 'Einen Ordner mit seinen Unterordnern importieren',
  keyAddText: 'Eingefügten Text hinzufügen (Desktop)',
  keySaveNote: 'Die Notiz sichern, die gerade entsteht',
  keyPreview: 'In Suchergebnissen: den gewählten Bericht daneben zeigen (die Tastatur bleibt in den Ergebnissen)',
  keyChordOr: 'oder',
  keyName: (key: string) =>
    (({ Control: 'Strg', Meta: '⌘', Shift: '⇧', Escape: 'Esc', ' ': 'Leertaste', Click: 'Klick', Enter: 'Eingabe', Home: 'Pos1', End: 'Ende', PageDown: 'Bild ↓', PageUp: 'Bild ↑' }) as Record<string, string>)[key] ?? key,
};
