/**
 * Why a pair is shown: what the two sentences share, in the order a reader finds it convincing
 * — the same wording, a figure, the people, the source, the date, then the rarest words they
 * both use (as the first report writes them). Data only: the UI words it (`PairReason`).
 */
import type { AlignmentClass, PairDifferences, PairReason } from '../../shared/api';
import { analyzeWord, forEachWord } from '../text/words';
import type { Vector } from './align';

/** Shared words named at most. */
const MAX_WORDS = 3;

/** The reasons of one pair from its class, its differences and the two sentence vectors. */
export function pairReasons(cls: AlignmentClass, d: PairDifferences, va: Vector, vb: Vector, sentenceA: string): PairReason[] {
  const out: PairReason[] = [];
  if (cls === 'same') out.push({ kind: 'same-text' });
  for (const f of d.figures) if (f.kind === 'same' && f.a && f.b) out.push({ kind: 'figure', a: f.a.text, b: f.b.text });
  const names = [...new Set(d.names.filter((n) => n.kind === 'same' || n.kind === 'spelling').map((n) => n.a ?? n.b!))];
  if (names.length) out.push({ kind: 'people', names });
  for (const s of d.sources) if (s.kind === 'same') out.push({ kind: 'source', name: s.name });
  for (const x of d.dates) if (x.kind === 'same' && x.a && x.b) out.push({ kind: 'date', a: x.a.text, b: x.b.text });
  const shared = [...va].filter(([k]) => !k.startsWith('@') && !k.startsWith('#') && vb.has(k)).sort((x, y) => y[1] * vb.get(y[0])! - x[1] * vb.get(x[0])!);
  const words: string[] = [];
  for (const [stem] of shared) {
    const w = surface(sentenceA, stem);
    if (w && !words.includes(w) && !names.some((n) => n.includes(w))) words.push(w);
    if (words.length === MAX_WORDS) break;
  }
  if (words.length) out.push({ kind: 'words', words });
  return out;
}

/** The word of `sentence` with stem `stem`, as written; null when none has it. */
function surface(sentence: string, stem: string): string | null {
  let found: string | null = null;
  forEachWord(sentence, (s, e) => {
    if (found === null && analyzeWord(sentence.slice(s, e))[1] === stem) found = sentence.slice(s, e);
  });
  return found;
}
