import type { Notice } from '../../src/shared/api/notices';

/**
 * Words that are English and never German, from the sentences Parallax says: a German text
 * holding one of them (outside the data it quotes) shows a person English.
 */
const ENGLISH = new Set(
  (
    'the is are not and of to with without found ignored needs read only words matches match cannot does exist ' +
    'skipped warning note by it as at be this that which newest every showing estimated ranked closed unclosed quote ' +
    'phrase letters searched unknown empty valid could store failed body article articles library damaged larger than ' +
    'least most characters query cut first nothing search after before inside excludes exclusion supported regular ' +
    'readable holds white space binary data control record field extraction extractor stated header week fix month ' +
    'names points speaks latest image document archive database executable reports report added already present ' +
    'hit hits result results error unexpected command give see more either both whole number must lead title derived ' +
    'inferred removed blocks comments page id link links target object spelling entity'
  ).split(' '),
);

/**
 * The English words in `text` once the `data` it quotes (file names, query text, system
 * messages) and syntax (`has:note`, `--limit`, `urn:uuid:`, JSON keys in straight quotes) are taken out; empty when
 * the text is free of English.
 */
export function englishWords(text: string, data: readonly string[] = []): string[] {
  let t = text;
  for (const d of [...data].filter(Boolean).sort((a, b) => b.length - a.length)) t = t.split(d).join(' ');
  t = t.replace(/"[\w-]*"/g, ' ').replace(/\b[\w-]+:\S*/g, ' ').replace(/--\w+/g, ' ').replace(/\bparallax(\s+\w+)?/g, ' ');
  return (t.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => ENGLISH.has(w));
}

/** The texts a notice quotes (its string and number parameters), which may be in any language. */
export function quotedData(n: Notice): string[] {
  const out: string[] = [];
  const add = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number') out.push(String(v));
    else if (Array.isArray(v)) v.forEach(add);
    // A notice quoted in another (the cause of a stopped import).
    else if (typeof v === 'object' && v !== null && 'params' in v) out.push(...quotedData(v as Notice));
  };
  Object.values(n.params as Record<string, unknown>).forEach(add);
  return out;
}
