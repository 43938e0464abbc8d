/**
 * Why a pair is shown: what the two sentences share, in the order a reader finds it convincing
 * — the same wording, a figure, the people, the act told in other words, the source, the date,
 * then the rarest words they both use (as the first report writes them). Data only: the UI
 * words it (`PairReason`).
 */
import type { AlignmentClass, PairDifferences, PairReason } from '../../shared/api';
import { actLabel, actOf } from '../text/act-concepts';
import { analyzeWord, forEachWord } from '../text/words';
import { ACT, sameActWords, type Vector } from './features';
import { roleAgreement } from './act-role-pair';
import { wordRoot } from '../text/roots';

/** Shared words named at most. */
const MAX_WORDS = 3;

/** The reasons of one pair from its class, its differences and the two sentence vectors. */
export function pairReasons(cls: AlignmentClass, d: PairDifferences, va: Vector, vb: Vector, sentenceA: string, sentenceB = ''): PairReason[] {
  const out: PairReason[] = [];
  if (cls === 'same') out.push({ kind: 'same-text' });
  // A figure the partner report states in another sentence is a difference-panel note, not a
  // reason to join these two: the reason names only what both sentences carry.
  for (const f of d.figures) if (f.kind === 'same' && f.a && f.b && !f.elsewhere) out.push({ kind: 'figure', a: f.a.text, b: f.b.text });
  const names = [...new Set(d.names.filter((n) => n.kind === 'same' || n.kind === 'spelling').map((n) => n.a ?? n.b!))];
  if (names.length) out.push({ kind: 'people', names });
  const agreed = roleAgreement(va.roles, vb.roles);
  for (const [k] of va) {
    if (!k.startsWith(ACT) || !vb.has(k) || sameActWords(va, vb, k)) continue;
    const act = k.slice(ACT.length), label = actLabel(act);
    if (!label) continue;
    // Whom both tell the act of, in one role (`act-roles.ts`), as the first report names them.
    const who = [...(agreed.who.get(k) ?? [])].map((x) => va.roles?.written?.get(x)).filter((x): x is string => !!x);
    out.push({ kind: 'act', act, label, a: actWords(sentenceA, act, va.acts?.get(k)), b: actWords(sentenceB, act, vb.acts?.get(k)), ...(who.length ? { who: [...new Set(who)] } : {}) });
  }
  for (const s of d.sources) if (s.kind === 'same') out.push({ kind: 'source', name: s.name });
  for (const x of d.dates) if (x.kind === 'same' && x.a && x.b) out.push({ kind: 'date', a: x.a.text, b: x.b.text });
  const shared = [...va].filter(([k]) => !k.startsWith('@') && !k.startsWith('#') && !k.startsWith(ACT) && vb.has(k)).sort((x, y) => y[1] * vb.get(y[0])! - x[1] * vb.get(x[0])!);
  const words: string[] = [];
  for (const [stem] of shared) {
    const w = surface(sentenceA, stem);
    if (w && !words.includes(w) && !names.some((n) => n.includes(w))) words.push(w);
    if (words.length === MAX_WORDS) break;
  }
  if (words.length) out.push({ kind: 'words', words });
  return out;
}

/** The word of `sentence` with root `root` (`features.ts` keys words by root), as written; null when none has it. */
function surface(sentence: string, root: string): string | null {
  let found: string | null = null;
  forEachWord(sentence, (s, e) => {
    if (found !== null) return;
    const raw = sentence.slice(s, e);
    const [folded, stem] = analyzeWord(raw);
    if (wordRoot(raw, folded, stem) === root) found = raw;
  });
  return found;
}

/** The words a sentence tells an act in: its fixed phrase (`ums Leben`), else its first word that names the act, as written. */
function actWords(sentence: string, act: string, by: ReadonlySet<string> | undefined): string {
  for (const x of by ?? []) {
    if (!x.startsWith(ACT)) continue;
    // The phrase as the sentence writes it (`ums Leben`), where its letters need no folding.
    const phrase = x.slice(ACT.length), at = sentence.toLowerCase().indexOf(phrase);
    return at >= 0 ? sentence.slice(at, at + phrase.length) : phrase;
  }
  let found = '';
  forEachWord(sentence, (s, e) => {
    if (found) return;
    const raw = sentence.slice(s, e);
    const [folded, stem] = analyzeWord(raw);
    if (actOf(wordRoot(raw, folded, stem)) === act) found = raw;
  });
  return found || actLabel(act)!.de;
}
