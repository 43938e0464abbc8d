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
};
