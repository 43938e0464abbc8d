/**
 * The paged lists (library, timeline, people, search results): counts with their totals,
 * grouped copies, and import progress in reports.
 */
const en = (n: number) => n.toLocaleString('en');

export const lists = {
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
  storyCount: (n: number) => (n === 1 ? '1 story' : `${en(n)} stories`),
  chipCopies: (n: number) => `${en(n)} near-identical reports mention it too`,
  sendingFiles: 'Sending files…',
  filesSent: (done: number, total: number) => `${en(done)} of ${en(total)} files`,
  reportsFound: (n: number) => (n === 1 ? '1 report found' : `${en(n)} reports found`),
  warningTimes: (message: string, n: number) => (n === 1 ? message : `${message} (${en(n)} reports)`),
  keyPageJump: 'A screen down / up',
  keyCopies: 'Show / hide the near-identical copies of the selected report',
  keyGroup: 'Group near-identical copies on / off',
} as const;

