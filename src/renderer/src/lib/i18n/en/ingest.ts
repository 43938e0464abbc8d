/** Adding reports: drop, import, pasted text. */
export const ingest = {
  dropHere: 'Drop files to add them to the library',
  importing: 'Importing…',
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
  add: 'Add',
} as const;
