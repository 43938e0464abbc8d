/**
 * The scorer's own notion of a content word, for the generous precision ("≥ 3 shared
 * content words"). Deliberately independent of Parallax's analysis: lower-cased, umlauts and ß
 * folded, a German function word list, one inflection ending stripped.
 */
const FUNCTION_WORDS = new Set(
  `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bereits bis bisher bislang da dabei dafür daher damit dann dar darauf darin darum das dass dazu dem demnach den denen der deren des dessen die dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer eines einige er es etwa für gegen gegenüber habe haben hat hatte hatten hier hieß ihm ihn ihr ihre ihrem ihren ihrer im in ins ist jedoch jetzt kann kein keine konnte man mehr mit muss nach nachdem neben nicht noch nun nur ob oder ohne rund schon sehr sei seien sein seine seinem seinen seiner seit sich sie sind so soll sollen sollte sowie über um und uns unter vom von vor war waren warum was weil weiter weitere wenn wer werde werden wie wieder wird wo worden wurde wurden zu zum zur zuvor zwar zwischen sagte teilte mit laut angaben zufolge zunächst`.split(' ').map(fold),
);

function fold(w: string): string {
  return w.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
}

function stem(w: string): string {
  return w.length > 5 ? w.replace(/(ern|en|er|es|em|e|n|s)$/, '') : w;
}

/** The content words of a sentence, folded and stemmed; numbers count. */
export function contentWords(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = fold(m[0]);
    if (/^\d+$/.test(w) || (w.length >= 4 && !FUNCTION_WORDS.has(w))) out.add(stem(w));
  }
  return out;
}

/** How many content words two sentences share. */
export function sharedContentWords(a: string, b: string): number {
  const wa = contentWords(a);
  let n = 0;
  for (const w of contentWords(b)) if (wa.has(w)) n++;
  return n;
}
