import type { ingest as en } from '../en/ingest';
import type { Widen } from '../widen';

/** Berichte hinzufügen: Ablegen, Importieren, eingefügter Text. */
export const ingest: Widen<typeof en> = {
  dropHere: 'Dateien ablegen, um sie der Bibliothek hinzuzufügen',
  importing: 'Wird importiert…',
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
  add: 'Hinzufügen',
};
