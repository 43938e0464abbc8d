/** Adding reports: drop, import, pasted text. */
export const ingest = {
  dropHere: 'Drop files to add them to the library',
  dropPageHere: 'Drop the page to add it to the library',
  importing: 'Importing…',
  countingReports: 'Counting reports…',
  summaryTitle: 'Import finished',
  summaryStopped: 'Import stopped: what was added until then stays',
  stopImport: 'Stop import',
  stoppingImport: 'Stopping…',
  summaryDetails: 'What was imported and why files were skipped',
  summaryAdded: (n: number) => `Added: ${n.toLocaleString('en')}`,
  summaryPresent: (n: number) => `Already in the library: ${n.toLocaleString('en')}`,
  summarySkipped: (n: number) => `Skipped: ${n.toLocaleString('en')}`,
  summaryVersions: (n: number) => `New versions of reports you have: ${n.toLocaleString('en')}`,
  /** A file saved again after it changed: added beside the earlier report, whose annotations and edits stay with it. */
  versionDetail: (title: string, annotations: number, edited: boolean) => {
    const kept = [annotations === 1 ? 'your annotation' : annotations > 1 ? `your ${annotations.toLocaleString('en')} annotations` : '', edited ? 'your edits' : ''].filter(Boolean);
    const stay = kept.length === 0 ? '' : `; ${kept.join(' and ')} ${annotations === 1 && !edited ? 'stays' : 'stay'} on the earlier version`;
    return `a new version of “${title}”, kept beside it as a copy${stay}.`;
  },
  compareVersions: 'Compare versions',
  useNewVersion: 'Use the new version',
  /** The button's name for a screen reader and voice control: starts with the words it shows. */
  useNewVersionOf: (title: string) => `Use the new version of “${title}”`,
  versionInUse: 'In use',
  /** After "Use the new version": what came over, and where the orphans are listed. */
  versionUsed: (title: string, moved: number, orphaned: number, textLeft: boolean, carried = false, conflicts = 0) => {
    const came = moved === 0 ? 'nothing of yours to move' : `${moved === 1 ? 'your annotation' : `your ${moved.toLocaleString('en')} annotations`} and edits moved to it`;
    const lost = orphaned === 0 ? '' : `; ${orphaned.toLocaleString('en')} not found in the new text, kept under “No longer found in the text”`;
    const merged = !carried ? '' : conflicts === 0 ? '; your text edit is in the new text' : `; your text edit is in the new text, ${conflicts === 1 ? 'one place' : `${conflicts.toLocaleString('en')} places`} the file changed too to choose in Edit text`;
    const text = (textLeft ? '; your text edit stays with the earlier version, in the trash' : '') + merged;
    return `Now working on the new version of “${title}”: ${came}${lost}${text}.`;
  },
  dismiss: 'Dismiss',
  fileInputLabel: 'Files to import',
  folderInputLabel: 'Folder to import',
  importFolder: 'Import folder…',
  addTextTitle: 'Add text',
  addTextIntro: 'Paste a report as text, HTML or Markdown.',
  textLabel: 'Text',
  nameLabel: 'Name (optional)',
  namePlaceholder: 'Pasted text',
  formatLabel: 'Format',
  formatText: 'Plain text',
  formatHtml: 'HTML',
  formatMarkdown: 'Markdown',
  pastedAsHtml: 'Pasted with the page’s formatting — read as HTML.',
  usePlainText: 'Use plain text',
  droppedPageName: 'Dropped page.html',
  add: 'Add',
} as const;
