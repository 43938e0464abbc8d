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
  dismiss: 'Schließen',
  fileInputLabel: 'Zu importierende Dateien',
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
