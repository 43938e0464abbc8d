/**
 * The sources a report cites: news agencies, outlets, broadcasters, platforms. Two ways in:
 *
 * 1. **A media noun before a name**: `Nachrichtenagentur Interfax`, `US-Nachrichtenseite
 *    «Axios»`, `Plattform Truth Social`, `US-Senders CBS` — any name after such a noun.
 * 2. **Well-known sources by name** (agencies and outlets that German reports cite often),
 *    wherever the text names them: `berichtete Reuters`, `von der Times`.
 *
 * Agency credits in brackets (`(mit Reuters, dpa)`) are the report's own sources of copy, not
 * citations, and are left out (extraction keeps them as `Article.agencies`).
 */
import type { CitedSource } from '../../shared/types';

/** Media nouns, as the end of a word (`US-Sender`, `Nachrichtenagentur`), inflected forms included. */
const MEDIA_NOUN = /(?:nachrichtenagentur|agentur|sender|senders|fernsehsender|zeitung|tageszeitung|wochenzeitung|nachrichtenseite|nachrichtenportal|onlineportal|newsportal|portal|plattform|magazin|nachrichtenmagazin|blatt|boulevardblatt|website|webseite|sendern|netzwerk|kanal|fernsehkanal|staatsfernsehen|nachrichtendienst)$/i;

/**
 * Sources recognised by name alone. Names that are also German words (`Welt`, `Zeit`, `Bild`,
 * `Standard`, `Presse`) or single letters (`X`) are left out: they count only after a media noun.
 */
const KNOWN_SOURCES = [
  'Reuters', 'AFP', 'dpa', 'Interfax', 'Tass', 'TASS', 'RIA Nowosti', 'Ria Novosti', 'Ukrinform', 'Unian', 'Axios', 'Politico', 'CNN', 'CBS', 'NBC', 'ABC News',
  'Fox News', 'Bloomberg', 'BBC', 'Times', 'New York Times', 'Washington Post', 'Wall Street Journal', 'Financial Times', 'Guardian', 'Telegraph',
  'Economist', 'Spiegel', 'FAZ', 'Süddeutsche Zeitung', 'Handelsblatt', 'Tagesschau', 'ZDF', 'ARD', 'ntv', 'n-tv', 'RTL', 'Kommersant', 'Iswestija',
  'Kyiv Independent', 'Ukrajinska Prawda', 'Al Jazeera', 'Truth Social', 'Telegram', 'Bellingcat', 'Semafor', 'Le Monde', 'NZZ', 'ORF', 'APA', 'Xinhua',
  'Kyodo', 'Yonhap', 'Anadolu', 'Associated Press', 'Meduza', 'Nowaja Gaseta', 'Wedomosti', 'RBK', 'Nikkei', 'Haaretz', 'Corriere della Sera',
];
const KNOWN_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(${[...KNOWN_SOURCES].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
/** A media noun at the end of a word, found in one pass over the text (the word's start is found backwards). */
const MEDIA_END_RE = new RegExp(`(?:${MEDIA_NOUN.source.slice(3, -2)})(?=\\s)`, 'gi');
/** A name of one to four capitalised words right after a media noun, quoted or not. */
const NAME_AFTER = /\s+[«„"“»]?((?:\p{Lu}[\p{L}\p{N}&'’-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’-]*|of|the|de|della)){0,3})/uy;
/** Words that end a cued name (`Nachrichtenagentur Interfax Moskau` is rare; `Tass Videoaufnahmen` is not). */
const NOT_NAME = /^(Videoaufnahmen|Video|Bericht|Berichten|Interview|Informationen|Angaben|Quellen|zufolge)$/;

/** The cited sources of `text` within the given ranges (body blocks), in order of first citation. */
export function findSources(text: string, ranges: { start: number; end: number }[]): CitedSource[] {
  const found = new Map<string, CitedSource>();
  const add = (name: string, start: number, end: number) => {
    const key = name.toLowerCase();
    const s = found.get(key) ?? { name, mentions: [] };
    if (!s.mentions.some((m) => m.start < end && start < m.end)) s.mentions.push({ start, end });
    found.set(key, s);
  };
  for (const r of ranges) {
    const part = text.slice(r.start, r.end);
    const credit = /\((?:mit|with|Material von|Quelle:?)\s[^)]*\)\s*$/u.exec(part);
    const limit = credit ? credit.index : part.length;
    const hits: { name: string; start: number; end: number }[] = [];
    for (const w of part.matchAll(MEDIA_END_RE)) {
      if (w.index >= limit) continue;
      NAME_AFTER.lastIndex = w.index + w[0].length;
      const m = NAME_AFTER.exec(part);
      if (!m) continue;
      const words = m[1]!.split(/\s+/);
      while (words.length > 1 && (NOT_NAME.test(words[words.length - 1]!) || /^(of|the|de|della)$/.test(words[words.length - 1]!))) words.pop();
      if (NOT_NAME.test(words[0]!)) continue;
      // A following capitalised common word is not part of the name unless it is a known source.
      const known = KNOWN_SOURCES.find((k) => words.join(' ').startsWith(k));
      const name = known ?? (words.length > 1 && words[1] === words[1]!.toUpperCase() ? words[0]! : words.join(' '));
      const at = r.start + m.index + m[0].indexOf(name);
      hits.push({ name, start: at, end: at + name.length });
    }
    for (const m of part.matchAll(KNOWN_RE)) {
      if (m.index >= limit) continue;
      hits.push({ name: m[1]!, start: r.start + m.index, end: r.start + m.index + m[1]!.length });
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const h of hits) add(h.name, h.start, h.end);
  }
  return [...found.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
