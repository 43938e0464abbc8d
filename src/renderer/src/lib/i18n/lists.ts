/**
 * Strings of the paged lists (library, timeline, people, search results): counts with their
 * totals, grouped copies, and import progress in reports. Spread into each language's catalogue.
 */

const en = (n: number) => n.toLocaleString('en');
const de = (n: number) => n.toLocaleString('de');

export const listsEn = {
  reportCount: (n: number) => (n === 1 ? '1 report' : `${en(n)} reports`),
  reportRows: (total: number, rows: number) => `${en(total)} reports · ${en(rows)} ${rows === 1 ? 'row' : 'rows'}`,
  groupCopies: 'Group copies',
  groupCopiesHint: 'Show near-identical reports (the same wire copy) as one row',
  copiesBadge: (n: number) => `×${en(n)}`,
  copiesShow: (n: number) => `Show the ${en(n)} near-identical reports`,
  copiesHide: 'Hide the near-identical reports',
  copyRow: 'near-identical copy',
  shownOf: (shown: number, total: number) => `${en(shown)} of ${en(total)}`,
  countOf: (n: number) => en(n),
  importProgress: (done: number, total: number | null) => (total === null ? `${en(done)} reports` : `${en(done)} of ${en(total)} reports`),
  summaryMore: (n: number) => `… and ${en(n)} more`,
  summaryShowAll: (n: number) => `Show all ${en(n)}`,
  eventCount: (n: number) => (n === 1 ? '1 event' : `${en(n)} events`),
  nameCount: (n: number) => (n === 1 ? '1 name' : `${en(n)} names`),
  chipCopies: (n: number) => `${en(n)} near-identical reports mention it too`,
  sendingFiles: 'Sending files…',
  warningTimes: (message: string, n: number) => (n === 1 ? message : `${message} (${en(n)} reports)`),
  keyPageJump: 'A screen down / up; the first / last report',
  keyCopies: 'Show / hide the near-identical copies of the selected report',
  keyGroup: 'Group near-identical copies on / off',
} as const;

export const listsDe: { [K in keyof typeof listsEn]: (typeof listsEn)[K] extends string ? string : (typeof listsEn)[K] } = {
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
  chipCopies: (n) => `${de(n)} fast gleiche Berichte erwähnen es auch`,
  sendingFiles: 'Dateien werden übertragen…',
  warningTimes: (message, n) => (n === 1 ? message : `${message} (${de(n)} Berichte)`),
  keyPageJump: 'Eine Bildschirmseite weiter / zurück; zum ersten / letzten Bericht',
  keyCopies: 'Fast gleiche Kopien des gewählten Berichts zeigen / ausblenden',
  keyGroup: 'Fast gleiche Kopien bündeln an / aus',
};
