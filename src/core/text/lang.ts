/**
 * A small language detector: script first (Hangul → ko, kana → ja, Han → zh, Cyrillic → ru),
 * then, for Latin script, the share of each language's most frequent function words.
 *
 * Function words make up a third to a half of running text in every European language, and
 * their lists barely overlap, so a few hundred words are enough to tell them apart. That is
 * all the extractor needs (which stopword list to use, which date words to expect); it is no
 * replacement for a statistical detector on tweets.
 */

import { LETTER, classAt, widthAt } from './chars';
import { forEachRun } from './scan';
import { WordFilter } from './word-filter';

/** The most frequent function words per language (lowercase). */
export const STOPWORDS: Record<string, ReadonlySet<string>> = {
  de: set('der die das und ist nicht ein eine einen dem den des sich mit auf für von zu im in auch es wie bei nach aus sie er wir ich hat haben wird wurde werden sind war noch nur oder aber wenn dass als um über vor zum zur dieser diese kann man so sei'),
  en: set('the and of to a in is that for it on was with as be by at this are from or have an not but his they has which were been their will would said who its had more about when there we you can than also after'),
  fr: set('le la les de des du et est un une que qui dans pour pas sur au aux par plus ce cette il elle ne se sont ont avec mais ou été son sa ses leur nous vous être fait comme'),
  es: set('el la los las de del y que en un una es por con para no se su sus al lo como más pero ha fue son este esta entre cuando muy sin sobre también hay desde'),
  pt: set('o a os as de do da dos das e que em um uma é para com não no na nos nas por mais ao se seu sua como foi mas são pelo pela também ele ela isso está'),
  it: set('il lo la i gli le di del della dei delle e che in un una è per con non si al alla sono da ma come anche più ha nel nella questo questa essere stato'),
  cs: set('a se na v je že to s z do o k i jsou by jako ale pro jeho které který která po tak už byl byla bylo jsem být před při také nebo jen od'),
  nl: set('de het een en van in is dat op te zijn voor met niet die aan er maar ook als bij om door nog wordt werd naar over dan'),
  pl: set('w na i z się nie to że do jest o jak po ale co od za przez dla tak jego jej są był była było oraz czy tylko już może który która które ich go też przy'),
  sv: set('och att det som en på är av för med till den har de inte om ett var jag men från vid så kan när efter eller sig ska hade alla vi också'),
  ru: set('и в не на что с по как это он она они но из к у за от о же бы так для был была было все его её их мы вы я то уже или только когда'),
};

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

/** The length of the longest function word, in code units. */
export const LONGEST_STOPWORD = Math.max(...Object.values(STOPWORDS).flatMap((w) => [...w].map((x) => x.length)));

/** Below this many words the text is too short to tell; `detectLang` returns null. */
const MIN_WORDS = 8;
/** Share of a script among letters above which that script decides the language. */
const SCRIPT_SHARE = 0.3;
/** Only this many characters are sampled: the language of a page is clear long before. */
const SAMPLE_CHARS = 10_000;

/** Function word → the languages it belongs to (one lookup per word instead of one per language). */
const WORD_LANGS: ReadonlyMap<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) m.set(w, [...(m.get(w) ?? []), lang]);
  return m;
})();

/** The languages of `STOPWORDS` whose function words include `word` (lowercase), or undefined. */
export function stopwordLanguages(word: string): readonly string[] | undefined {
  return WORD_LANGS.get(word);
}

/** Which words may be function words of some language (see `WordFilter`). */
const ANY_STOPWORD = new WordFilter(WORD_LANGS.keys());

/**
 * Returns the ISO 639-1 code of the text's language, or null when there is too little text
 * or no language stands out.
 */
export function detectLang(text: string): string | null {
  const s = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let letters = 0, hangul = 0, kana = 0, han = 0, cyr = 0;
  // By code unit, not `for…of` (a string per character): a surrogate pair is one code point
  // above the BMP (a letter here), a lone surrogate counts as one as before.
  for (let k = 0; k < s.length; k++) {
    let c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < s.length) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000; k++; }
    }
    if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0x0400 && c <= 0x04ff) cyr++;
    else if (c < 0x80 ? (c | 32) >= 97 && (c | 32) <= 122 : c >= 0xc0) letters++;
  }
  const total = letters + hangul + kana + han + cyr;
  if (total === 0) return null;
  if (hangul / total > SCRIPT_SHARE) return 'ko';
  // Japanese mixes kana into Han; a little kana among much Han is still Japanese.
  if (kana / total > 0.05 && (kana + han) / total > SCRIPT_SHARE) return 'ja';
  if (han / total > SCRIPT_SHARE) return 'zh';
  const counts = countStopwords(s);
  if (counts.words < MIN_WORDS) return null;
  if (cyr / total > SCRIPT_SHARE) {
    // Ukrainian shares most function words with Russian but writes letters Russian lacks, and
    // often (і alone is some 5 % of its letters); a stray one is a quoted name.
    if ((s.match(UKRAINIAN_LETTERS)?.length ?? 0) >= UKRAINIAN_SHARE * cyr) return 'uk';
    return counts.byLang.ru! / counts.words >= MIN_SHARE ? 'ru' : null;
  }
  let best: string | null = null;
  let bestN = 0, secondN = 0;
  for (const [lang, n] of Object.entries(counts.byLang)) {
    if (lang === 'ru') continue;
    if (n > bestN) { secondN = bestN; best = lang; bestN = n; } else if (n > secondN) secondN = n;
  }
  // Unsure is "unknown", never a neighbour's language: too few function words, or a runner-up
  // nearly as strong (a language we have no list for borrows from several that we have).
  return bestN / counts.words >= MIN_SHARE && bestN >= MARGIN * secondN ? best : null;
}

/** Letters of Ukrainian that Russian does not use. */
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/gu;
const UKRAINIAN_SHARE = 0.01;
/** Function words must make up this share of the words (running text has a third or more). */
const MIN_SHARE = 0.08;
/** The best language must have this many times the function words of the runner-up. */
const MARGIN = 1.5;

function countStopwords(s: string): { words: number; byLang: Record<string, number> } {
  const byLang: Record<string, number> = {};
  for (const lang of Object.keys(STOPWORDS)) byLang[lang] = 0;
  let words = 0;
  // Lowercased once where that equals lowercasing each word (no length change, no final sigma).
  const lower = s.toLowerCase();
  const whole = lower.length === s.length && !s.includes('Σ');
  forEachRun(s, LETTER, (start, end) => {
    words++;
    // Only short words can be function words; the rest are never cut out or looked up.
    if (end - start > LONGEST_STOPWORD || (whole && !ANY_STOPWORD.mayHave(lower, start, end))) return;
    const langs = WORD_LANGS.get(whole ? lower.slice(start, end) : s.slice(start, end).toLowerCase());
    if (langs) for (const l of langs) byLang[l]!++;
  });
  return { words, byLang };
}

/** Words of a line read for `stopwordShare`. */
const SHARE_MAX_WORDS = 400;

/** Share of a line's words that are function words of `lang` (0 when the language is unknown). */
export function stopwordShare(text: string, lang: string | null): number {
  const stop = lang ? STOPWORDS[lang] : undefined;
  if (!stop) return 0;
  // One pass over letter runs, lowercasing only the short ones that can be function words:
  // this runs for every line of every page, and a line may be megabytes long.
  let n = 0, hit = 0, i = 0;
  const len = text.length;
  while (i < len && n < SHARE_MAX_WORDS) {
    if ((classAt(text, i) & LETTER) === 0) { i += widthAt(text, i); continue; }
    const start = i;
    while (i < len && (classAt(text, i) & LETTER) !== 0) i += widthAt(text, i);
    n++;
    if (i - start <= LONGEST_STOPWORD && stop.has(text.slice(start, i).toLowerCase())) hit++;
  }
  return n ? hit / n : 0;
}
