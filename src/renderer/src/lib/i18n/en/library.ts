/** The list of reports. */
export const library = {
  listLabel: 'Reports',
  loading: 'Loading…',
  listEmpty: 'No reports yet. Drop files onto this window or choose Import files.',
  noDate: 'No date',
  inferred: 'inferred',
  inferredHint: 'Date inferred from the text',
  dateConflict: (date: string) => `The text points to ${date}`,
  readingTime: (n: number) => `${Math.max(1, n)} min read`,
  commentCount: (n: number) => (n === 1 ? '1 comment' : `${n} comments`),
  unknownOutlet: 'Outlet not stated',
  twinCount: (n: number) => (n === 1 ? '1 near duplicate in the library' : `${n} near duplicates in the library`),
  twinsLabel: 'Near duplicates',
  twinShare: (title: string, percent: number) => `${title} (${percent}% shared text)`,
} as const;
