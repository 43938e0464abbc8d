/** Timeline, People & places, Stories. */
export const explore = {
  timelineTitle: 'Timeline',
  timelineEmpty: 'No dated events found in the library.',
  timelineEmptyLibrary: 'No reports yet, so no events. Import reports (Import files…, Ctrl/Cmd+O) or paste one (Add text…): the dates they give are placed here.',
  timelineLabel: 'Events by date',
  mentionsOf: (n: number) => (n === 1 ? '1 report' : `${n} reports`),
  openMention: (title: string) => `Open ${title} at this sentence`,
  peopleTitle: 'People & places',
  peopleEmpty: 'No names found.',
  peopleEmptyLibrary: 'No reports yet, so no names. Import reports (Import files…, Ctrl/Cmd+O) or paste one (Add text…): the people, places and organisations they name are listed here.',
  kindAll: 'All',
  kindPerson: 'People',
  kindPlace: 'Places',
  kindOrganisation: 'Organisations',
  kindFilter: 'Kind',
  /** What one entry is, in its row (the filter above names the kinds in the plural). */
  kindOne: (k: 'person' | 'place' | 'organisation'): string => (k === 'person' ? 'Person' : k === 'place' ? 'Place' : 'Organisation'),
  mentionCountText: (m: number, a: number) => `${m.toLocaleString('en')} ${m === 1 ? 'mention' : 'mentions'} in ${a.toLocaleString('en')} ${a === 1 ? 'report' : 'reports'}`,
  merge: (n: number) => `Merge (${n})`,
  split: 'Split',
  splitHint: 'Choose spellings to move into an entity of their own.',
  variantsLabel: 'Spellings',
  mentionsHere: (n: number) => (n === 1 ? '1 mention' : `${n} mentions`),
  mentionsLabel: 'Mentions',
  mentionsOrder: 'Order of the reports',
  orderNewest: 'Newest first',
  orderMost: 'Most mentions first',
  /** What the loaded pages of an entity's reports leave, with the entity's true totals. */
  moreMentions: (m: number, a: number) => `${m.toLocaleString('en')} more ${m === 1 ? 'mention' : 'mentions'} in ${a.toLocaleString('en')} ${a === 1 ? 'report' : 'reports'}`,
  showMoreReports: (n: number) => (n === 1 ? 'Show 1 more report' : `Show ${n} more reports`),
  /** Above the page of groups once the earliest were taken out of it (they stay loaded). */
  earlierMentions: (m: number, a: number) => `${m.toLocaleString('en')} ${m === 1 ? 'mention' : 'mentions'} in ${a.toLocaleString('en')} earlier ${a === 1 ? 'report' : 'reports'}`,
  showEarlierReports: (n: number) => (n === 1 ? 'Show 1 earlier report' : `Show ${n} earlier reports`),
  moreInReport: (n: number) => (n === 1 ? '1 more mention in this report' : `${n} more mentions in this report`),
  backToList: 'Back',
  manualGroup: 'grouped by hand',
  pickEntity: (name: string) => `Pick ${name} for merging`,
  storiesTitle: 'Stories',
  storiesEmpty: 'No stories yet: they need at least two reports about the same thing.',
  compareStory: 'Compare this story',
  /** Starts with the button's visible words (WCAG 2.5.3, label in name). */
  compareStoryLabel: (label: string) => `Compare this story: “${label}”`,
  storyFilter: (label: string) => `Story: ${label}`,
  storyReportCount: (n: number, total: number) => `${n.toLocaleString('en')} of ${total.toLocaleString('en')} reports`,
  clearStory: 'Show all reports',
  textPointsTo: (date: string) => `The text points to ${date}`,
  /** A view still reading after half a second: what it does, over how many reports (null: not known yet). */
  buildingView: (view: 'timeline' | 'people' | 'stories', n: number | null) => {
    const of = n === null ? 'the library' : `${n.toLocaleString('en')} ${n === 1 ? 'report' : 'reports'}`;
    return view === 'timeline' ? `Dating the events of ${of}…` : view === 'people' ? `Gathering the people and places of ${of}…` : `Grouping ${of} into stories…`;
  },
  buildingViewHint: 'The first time after an import or an update this takes a few seconds.',
  /** How far the views' build is, once it has said so (stages of the build, not reports). */
  buildingViewShare: (done: number, total: number) => `${Math.floor((100 * done) / Math.max(1, total))}%`,
  /** The view shows its last answer while it is built again after new reports (said once, politely). */
  updatingView: 'Updating…',
} as const;
