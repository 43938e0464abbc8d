import type { ingest as en } from '../en/ingest';
import type { Widen } from '../widen';

/** Berichte hinzufügen: Ablegen, Importieren, eingefügter Text. */
export const ingest: Widen<typeof en> = {
  dropHere: 'Dateien ablegen, um sie der Bibliothek hinzuzufügen',
  dropPageHere: 'Seite ablegen, um sie der Bibliothek hinzuzufügen',
  importing: 'Wird importiert…',
  countingReports: 'Berichte werden gezählt…',
  summaryTitle: 'Import abgeschlossen',
  summaryStopped: 'Import angehalten: was bis dahin hinzugefügt wurde, bleibt',
  stopImport: 'Import anhalten',
  stoppingImport: 'Wird angehalten…',
  summaryDetails: 'Was importiert wurde und warum Dateien übersprungen wurden',
  summaryAdded: (n: number) => `Hinzugefügt: ${n.toLocaleString('de')}`,
  summaryPresent: (n: number) => `Bereits in der Bibliothek: ${n.toLocaleString('de')}`,
  summarySkipped: (n: number) => `Übersprungen: ${n.toLocaleString('de')}`,
  summaryVersions: (n: number) => `Neue Fassungen vorhandener Berichte: ${n.toLocaleString('de')}`,
  versionDetail: (title: string, annotations: number, edited: boolean) => {
    const kept = [annotations === 1 ? 'Ihre Anmerkung' : annotations > 1 ? `Ihre ${annotations.toLocaleString('de')} Anmerkungen` : '', edited ? 'Ihre Änderungen' : ''].filter(Boolean);
    const stay = kept.length === 0 ? '' : `; ${kept.join(' und ')} ${annotations === 1 && !edited ? 'bleibt' : 'bleiben'} bei der früheren Fassung`;
    return `neue Fassung von „${title}“, als Kopie daneben abgelegt${stay}.`;
  },
  compareVersions: 'Fassungen vergleichen',
  useNewVersion: 'Neue Fassung verwenden',
  useNewVersionOf: (title: string) => `Neue Fassung verwenden von „${title}“`,
  versionInUse: 'In Verwendung',
  versionUsed: (title: string, moved: number, orphaned: number, textLeft: boolean, carried = false, conflicts = 0) => {
    const came = moved === 0 ? 'von Ihnen war nichts zu übernehmen' : `${moved === 1 ? 'Ihre Anmerkung' : `Ihre ${moved.toLocaleString('de')} Anmerkungen`} und Änderungen wurden übernommen`;
    const lost = orphaned === 0 ? '' : `; ${orphaned.toLocaleString('de')} im neuen Text nicht gefunden, aufbewahrt unter „Nicht mehr im Text gefunden“`;
    const merged = !carried ? '' : conflicts === 0 ? '; Ihre Textbearbeitung steht im neuen Text' : `; Ihre Textbearbeitung steht im neuen Text, an ${conflicts === 1 ? 'einer Stelle' : `${conflicts.toLocaleString('de')} Stellen`}, die auch die Datei geändert hat, unter „Text bearbeiten“ zu wählen`;
    const text = (textLeft ? '; Ihre Textbearbeitung bleibt bei der früheren Fassung im Papierkorb' : '') + merged;
    return `Sie arbeiten jetzt an der neuen Fassung von „${title}“: ${came}${lost}${text}.`;
  },
  dismiss: 'Schließen',
  fileInputLabel: 'Zu importierende Dateien',
  folderInputLabel: 'Zu importierender Ordner',
  importFolder: 'Ordner importieren…',
  addTextTitle: 'Text hinzufügen',
  addTextIntro: 'Einen Bericht als Text, HTML oder Markdown einfügen.',
  textLabel: 'Text',
  nameLabel: 'Name (optional)',
  namePlaceholder: 'Eingefügter Text',
  formatLabel: 'Format',
  formatText: 'Reiner Text',
  formatHtml: 'HTML',
  formatMarkdown: 'Markdown',
  pastedAsHtml: 'Mit der Formatierung der Seite eingefügt – wird als HTML gelesen.',
  usePlainText: 'Als reinen Text verwenden',
  droppedPageName: 'Abgelegte Seite.html',
  add: 'Hinzufügen',
};
