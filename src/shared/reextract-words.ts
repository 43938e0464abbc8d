/**
 * What a re-extraction changed (`ReextractReport.changed`), in words, shared by the window (its
 * announcer and summary line) and the command line (`parallax reextract`) so both say the same
 * thing the same way. No runtime dependencies.
 */
import type { ReextractChanges } from './api';

/** One language's words for what changed. */
export interface ReextractChangeWords {
  /** For one report: "title changed, 2 paragraphs changed", or "nothing changed". */
  one: (c: ReextractChanges) => string;
  /** For many: "3 reports changed: 1 title, 12 paragraphs", or "nothing changed". */
  all: (c: ReextractChanges) => string;
}

const en = (n: number) => n.toLocaleString('en');
const de = (n: number) => n.toLocaleString('de');

const EN: ReextractChangeWords = {
  one: (c) => {
    const parts = [c.titles ? 'title changed' : '', c.dates ? 'date changed' : '', c.paragraphs ? `${c.paragraphs === 1 ? '1 paragraph' : `${en(c.paragraphs)} paragraphs`} changed` : ''].filter(Boolean);
    return parts.length ? parts.join(', ') : 'nothing changed';
  },
  all: (c) => {
    if (c.reports === 0) return 'nothing changed';
    const parts = [c.titles ? `${en(c.titles)} ${c.titles === 1 ? 'title' : 'titles'}` : '', c.dates ? `${en(c.dates)} ${c.dates === 1 ? 'date' : 'dates'}` : '', c.paragraphs ? `${en(c.paragraphs)} ${c.paragraphs === 1 ? 'paragraph' : 'paragraphs'}` : ''].filter(Boolean);
    return `${c.reports === 1 ? '1 report' : `${en(c.reports)} reports`} changed: ${parts.join(', ')}`;
  },
};

const DE: ReextractChangeWords = {
  one: (c) => {
    const parts = [c.titles ? 'Titel geändert' : '', c.dates ? 'Datum geändert' : '', c.paragraphs ? `${c.paragraphs === 1 ? '1 Absatz' : `${de(c.paragraphs)} Absätze`} geändert` : ''].filter(Boolean);
    return parts.length ? parts.join(', ') : 'nichts geändert';
  },
  all: (c) => {
    if (c.reports === 0) return 'nichts geändert';
    const parts = [c.titles ? `${de(c.titles)} Titel` : '', c.dates ? `${de(c.dates)} ${c.dates === 1 ? 'Datum' : 'Daten'}` : '', c.paragraphs ? `${de(c.paragraphs)} ${c.paragraphs === 1 ? 'Absatz' : 'Absätze'}` : ''].filter(Boolean);
    return `${c.reports === 1 ? '1 Bericht' : `${de(c.reports)} Berichte`} geändert: ${parts.join(', ')}`;
  },
};

/** The words in `lang` (`en` or `de`). */
export function reextractChangeWords(lang: 'en' | 'de'): ReextractChangeWords {
  return lang === 'de' ? DE : EN;
}
