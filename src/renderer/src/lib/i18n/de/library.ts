import type { library as en } from '../en/library';
import type { Widen } from '../widen';

/** Die Liste der Berichte. */
export const library: Widen<typeof en> = {
  listLabel: 'Berichte',
  loading: 'Wird geladen…',
  listEmpty: 'Noch keine Berichte. Dateien auf dieses Fenster ziehen oder „Importieren…“ wählen.',
  noDate: 'Ohne Datum',
  inferred: 'erschlossen',
  inferredHint: 'Datum aus dem Text erschlossen',
  dateConflict: (date: string) => `Der Text verweist auf ${date}`,
  readingTime: (n: number) => `${Math.max(1, n)} Min. Lesezeit`,
  commentCount: (n: number) => (n === 1 ? '1 Kommentar' : `${n} Kommentare`),
  unknownOutlet: 'Medium nicht genannt',
  twinCount: (n: number) => (n === 1 ? '1 fast gleicher Bericht in der Bibliothek' : `${n} fast gleiche Berichte in der Bibliothek`),
  twinsLabel: 'Fast gleiche Berichte',
  twinShare: (title: string, percent: number) => `${title} (${percent} % gleicher Text)`,
  moveToTrash: 'In den Papierkorb',
  openTrash: 'Papierkorb',
  trashTitle: 'Papierkorb',
  trashEmpty: 'Der Papierkorb ist leer.',
  trashedToast: (n: number) => (n === 1 ? '1 Bericht in den Papierkorb verschoben' : `${n} Berichte in den Papierkorb verschoben`),
  undoTrash: 'Rückgängig',
  restore: 'Wiederherstellen',
  deleteForGood: 'Endgültig löschen',
  backToLibrary: 'Zurück zur Bibliothek',
  purgeConfirm: (title: string, annotations: number, edited: boolean) =>
    `„${title}“ endgültig löschen? Sein Text${annotations > 0 ? `, ${annotations === 1 ? '1 Anmerkung' : `${annotations} Anmerkungen`}` : ''}${edited ? ', Ihre Bearbeitungen' : ''} und die importierte Datei gehen verloren.`,
  rowActions: (title: string) => `Aktionen für „${title}“`,
  openReport: 'Öffnen',
  inTrash: (title: string) => `„${title}“ liegt im Papierkorb.`,
  inTrashHint: 'Wiederherstellen, um ihn hier zu lesen und wieder in der Liste, der Suche und den Ansichten zu sehen.',
};
