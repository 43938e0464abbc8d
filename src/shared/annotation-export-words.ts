/**
 * The words of an annotations export a person reads (the Markdown file): its title, what a
 * highlight's colour and place are, how annotations relate. Worded in the UI's language, as the
 * comparison's HTML export is; the YAML keys and the CSV/JSON-LD columns stay as they are
 * (data for tools, not prose).
 */
import type { AnchorStatus, HighlightColor, LinkRelation } from './api';

/** One language's words for the Markdown export. */
export interface AnnotationExportWords {
  /** The locale its dates are written in (`formatPartialDate`). */
  dateLocale: string;
  libraryTitle: string;
  /** What the Markdown file is named by (`parallax-annotations.md`, `<title>-annotations.md`), a word a file name can hold. */
  fileWord: string;
  source: string;
  highlight: (color: HighlightColor) => string;
  /** How a highlight that is not where it was stands; null for one in its place. */
  status: (status: AnchorStatus) => string | null;
  relation: Record<LinkRelation, string>;
}

const EN: AnnotationExportWords = {
  dateLocale: 'en-GB',
  libraryTitle: 'Parallax annotations',
  fileWord: 'annotations',
  source: 'source',
  highlight: (color) => `highlight: ${color}`,
  status: (s) => (s === 'orphaned' ? 'not found in the text' : s === 'fuzzy' ? 'placed by a close match' : null),
  relation: { 'same-claim': 'same claim', contradicts: 'contradicts', adds: 'adds' },
};

const COLOURS_DE: Record<HighlightColor, string> = { yellow: 'gelb', green: 'grün', blue: 'blau', pink: 'rosa', purple: 'lila' };

const DE: AnnotationExportWords = {
  dateLocale: 'de',
  libraryTitle: 'Parallax-Anmerkungen',
  fileWord: 'anmerkungen',
  source: 'Quelle',
  highlight: (color) => `Markierung: ${COLOURS_DE[color]}`,
  status: (s) => (s === 'orphaned' ? 'im Text nicht gefunden' : s === 'fuzzy' ? 'ungefähr zugeordnet' : null),
  relation: { 'same-claim': 'gleiche Aussage', contradicts: 'widerspricht', adds: 'ergänzt' },
};

/** The export's words in `lang` (English for any other). */
export function annotationExportWords(lang: string): AnnotationExportWords {
  return lang === 'de' ? DE : EN;
}
