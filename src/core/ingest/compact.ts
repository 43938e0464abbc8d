import type { ExtractedArticle } from './prepare';

/**
 * A prepared article as it crosses from an extraction helper to the library thread. Extraction
 * repeats the article's text: every block, comment and caption carries its stretch of it and
 * the body its paragraphs, so a result carried the text about three times, and the library
 * thread paid to decode all of it (and to collect it after). Here each such string goes as its
 * place in the text instead, and `unpackPrepared` cuts it out again: only a string that is
 * exactly that stretch is left out, so what arrives equals what was sent.
 */
export interface PackedArticle {
  article: ExtractedArticle;
  /** Per block, comment and caption (in that order): 1 when its text was left out (it is `text.slice(start, end)`). */
  cut: Uint8Array;
  /** Per body paragraph, start and end in the text, or -1, -1 when it was sent as itself. */
  bodyAt: Int32Array;
}

interface Stretch {
  text: string;
  start: number;
  end: number;
}

/** Leaves out of `p` the strings that are stretches of its text (`p` itself is not changed). */
export function packPrepared(p: ExtractedArticle): PackedArticle {
  const x = p.extraction;
  const text = x.text;
  const cut = new Uint8Array(x.blocks.length + x.comments.length + x.captions.length);
  let k = 0;
  const leaveOut = <T extends Stretch>(s: T): T => {
    const i = k++;
    if (s.text.length === 0 || text.slice(s.start, s.end) !== s.text) return s;
    cut[i] = 1;
    return { ...s, text: '' };
  };
  const blocks = x.blocks.map(leaveOut);
  const comments = x.comments.map(leaveOut);
  const captions = x.captions.map(leaveOut);
  const bodyAt = new Int32Array(x.body.length * 2).fill(-1);
  let from = 0;
  const body = x.body.map((para, i) => {
    // Paragraphs stand in the text in order; look from the end of the last one found.
    const at = para.length === 0 ? -1 : text.indexOf(para, from);
    if (at < 0) return para;
    bodyAt[2 * i] = at;
    bodyAt[2 * i + 1] = from = at + para.length;
    return '';
  });
  return { article: { ...p, extraction: { ...x, blocks, comments, captions, body } }, cut, bodyAt };
}

/** The prepared article `packPrepared` was given (the packed one, filled in). */
export function unpackPrepared(packed: PackedArticle): ExtractedArticle {
  const { article, cut, bodyAt } = packed;
  const x = article.extraction;
  const text = x.text;
  let k = 0;
  const cutOut = (s: Stretch) => {
    if (cut[k++]) s.text = text.slice(s.start, s.end);
  };
  x.blocks.forEach(cutOut);
  x.comments.forEach(cutOut);
  x.captions.forEach(cutOut);
  for (let i = 0; i < x.body.length; i++) {
    const at = bodyAt[2 * i]!;
    if (at >= 0) x.body[i] = text.slice(at, bodyAt[2 * i + 1]);
  }
  return article;
}
