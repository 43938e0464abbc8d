/**
 * English UI strings: the reference catalogue. Every other language must have exactly these
 * keys with the same parameter types (`Messages` is derived from this object).
 */
export const en = {
  appName: 'Parallax',
  sidebarLabel: 'Library views',
  viewAll: 'All reports',
  viewStories: 'Stories',
  viewAnnotations: 'Annotations',
  viewTimeline: 'Timeline',
  viewPeople: 'People & places',
  viewSaved: 'Saved searches',
  viewTags: 'Tags',
  comingSoon: 'coming soon',
  settingsLabel: 'Display settings',

  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeButton: (name: string) => `Theme: ${name}`,
  themeHint: 'Switch between system, light and dark',
  language: 'Language',

  toolbarLabel: 'Library actions',
  importFiles: 'Import files…',
  addText: 'Add text…',
  shortcuts: 'Keyboard shortcuts',

  listLabel: 'Reports',
  reportCount: (n: number) => (n === 1 ? '1 report' : `${n} reports`),
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

  readerLabel: 'Reader',
  readerEmptyTitle: 'No report open',
  readerEmptyHint: 'Choose a report in the list and press Enter, or click it.',
  derived: 'derived',
  derivedHint: 'No title is stated; this one was made from the lead.',
  byline: (author: string) => `By ${author}`,
  dateSource: (source: string) => `Date source: ${source}`,
  withAgencies: (list: string) => `With material from ${list}`,
  tagsLabel: 'Tags',
  commentsSection: (n: number) => `Comments (${n})`,
  removedSection: (n: number) => `Removed page text (${n})`,
  removedHint: 'Page furniture found around the article. Kept, not shown in the text.',
  anonymous: 'Anonymous',
  boilerplate: 'other',

  dropHere: 'Drop files to add them to the library',
  importing: 'Importing…',
  importProgress: (done: number, total: number) => `${done} of ${total}`,
  summaryTitle: 'Import finished',
  summaryAdded: (n: number) => `Added: ${n}`,
  summaryPresent: (n: number) => `Already in the library: ${n}`,
  summarySkipped: (n: number) => `Skipped: ${n}`,
  dismiss: 'Dismiss',
  fileInputLabel: 'Files to import',

  addTextTitle: 'Add text',
  addTextIntro: 'Paste a report as text, HTML or Markdown.',
  textLabel: 'Text',
  nameLabel: 'Name (optional)',
  namePlaceholder: 'Pasted text',
  formatLabel: 'Format',
  formatText: 'Plain text',
  formatHtml: 'HTML',
  formatMarkdown: 'Markdown',
  add: 'Add',
  cancel: 'Cancel',
  close: 'Close',

  shortcutsTitle: 'Keyboard shortcuts',
  keyMove: 'Move the selection in the list',
  keyOpen: 'Open the selected report',
  keyBack: 'Back from the reader to the list',
  keyImport: 'Import files',
  keyHelp: 'Show this list',

  errorLabel: 'Error',
  unauthorizedTitle: 'This page needs its access token',
  unauthorizedBody:
    'Open the exact address that “parallax serve” printed in the terminal. It ends in ?token=… and works only for this run of the server.',
} as const;

/** Widens literal string types so other languages can say something else. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };

/** The shape every language catalogue must have. */
export type Messages = Widen<typeof en>;
