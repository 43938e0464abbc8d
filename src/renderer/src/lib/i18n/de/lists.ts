import type { lists as en } from '../en/lists';
import type { Widen } from '../widen';

/** Die seitenweise gelesenen Listen (Bibliothek, Zeitleiste, Personen, Suchergebnisse). */
const de = (n: number) => n.toLocaleString('de');

export const lists: Widen<typeof en> = {
  reportCount: (n) => (n === 1 ? '1 Bericht' : `${de(n)} Berichte`),
  reportRows: (total, rows) => `${de(total)} Berichte · ${de(rows)} ${rows === 1 ? 'Zeile' : 'Zeilen'}`,
  groupCopies: 'Kopien bündeln',
  groupCopiesHint: 'Fast gleiche Berichte (dieselbe Agenturmeldung) als eine Zeile zeigen',
  copiesBadge: (n) => `×${de(n)}`,
  copiesShow: (n) => `Die ${de(n)} fast gleichen Berichte zeigen`,
  copiesHide: 'Die fast gleichen Berichte ausblenden',
  copyRow: 'fast gleiche Kopie',
  shownOf: (shown, total) => `${de(shown)} von ${de(total)}`,
  countOf: (n) => de(n),
  importProgress: (done, total) => (total === null ? `${de(done)} Berichte` : `${de(done)} von ${de(total)} Berichten`),
  summaryMore: (n) => `… und ${de(n)} weitere`,
  summaryShowAll: (n) => `Alle ${de(n)} zeigen`,
  eventCount: (n) => (n === 1 ? '1 Ereignis' : `${de(n)} Ereignisse`),
  nameCount: (n) => (n === 1 ? '1 Name' : `${de(n)} Namen`),
  storyCount: (n) => (n === 1 ? '1 Geschichte' : `${de(n)} Geschichten`),
  chipCopies: (n) => `${de(n)} fast gleiche Berichte erwähnen es auch`,
  sendingFiles: 'Dateien werden übertragen…',
  filesSent: (done, total) => `${de(done)} von ${de(total)} Dateien`,
  reportsFound: (n) => (n === 1 ? '1 Bericht gefunden' : `${de(n)} Berichte gefunden`),
  warningTimes: (message, n) => (n === 1 ? message : `${message} (${de(n)} Berichte)`),
  keyPageJump: 'Eine Bildschirmseite weiter / zurück',
  keyCopies: 'Fast gleiche Kopien des gewählten Berichts zeigen / ausblenden',
  keyGroup: 'Fast gleiche Kopien bündeln an / aus',
};
