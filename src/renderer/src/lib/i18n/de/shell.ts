import type { shell as en } from '../en/shell';
import type { Widen } from '../widen';

/** Das Fenster um die Ansichten: Seitenleiste, Farbschema, Werkzeugleiste, Fehler. */
export const shell: Widen<typeof en> = {
  appName: 'Parallax',
  sidebarLabel: 'Ansichten der Bibliothek',
  viewAll: 'Alle Berichte',
  viewStories: 'Geschichten',
  viewAnnotations: 'Anmerkungen',
  viewTimeline: 'Zeitleiste',
  viewPeople: 'Personen & Orte',
  viewSaved: 'Gespeicherte Suchen',
  viewTags: 'Schlagwörter',
  noTags: 'Schlagwörter Ihrer Markierungen erscheinen hier.',
  openTag: (tag: string, n: number) => `#${tag}: ${n === 1 ? '1 Anmerkung' : `${n} Anmerkungen`}`,
  settingsLabel: 'Darstellung',
  themeSystem: 'System',
  themeLight: 'Hell',
  themeDark: 'Dunkel',
  themeButton: (name: string) => `Design: ${name}`,
  themeHint: 'Zwischen System, hell, dunkel und Sepia wechseln',
  language: 'Sprache',
  toolbarLabel: 'Aktionen der Bibliothek',
  importFiles: 'Importieren…',
  addText: 'Text einfügen…',
  shortcuts: 'Tastenkürzel',
  cancel: 'Abbrechen',
  close: 'Schließen',
  themeSepia: 'Sepia',
  rebuilding: (what: string) => `Baue ${what} neu auf…`,
  rebuildAmount: (done: string, total: string) => `${done} von ${total} Berichten`,
  rebuildSearchWaits: 'Die Suche wartet auf ihren Index; Liste und Leser gehen schon.',
  errorLabel: 'Fehler',
  unauthorizedTitle: 'Diese Seite braucht ihren Zugangsschlüssel',
  unauthorizedBody:
    'Öffnen Sie genau die Adresse, die „parallax serve“ im Terminal ausgegeben hat. Sie endet auf ?token=… und gilt nur für diesen Lauf des Servers.',
};
