/**
 * Why a pair is shown: what the two sentences share, in the order a reader finds it convincing
 * — the same wording, a figure, the people, the act told in other words, the source, the date,
 * then the rarest words they both use (as the first report writes them). Data only: the UI
 * words it (`PairReason`).
 */
import type { AlignmentClass, PairDifferences, PairReason } from '../../shared/api';
import { actLabel, actOf, listedActNoun } from '../text/act-concepts';
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
    const a = actWords(sentenceA, act, va.acts?.get(k)), b = actWords(sentenceB, act, vb.acts?.get(k));
    // A sentence that names the act only as a person's title or as the cause of its own act tells another act.
    if (a === null || (sentenceB && b === null)) continue;
    // Whom both tell the act of, in one role (`act-roles.ts`), as the first report names them.
    const who = [...(agreed.who.get(k) ?? [])].map((x) => va.roles?.written?.get(x)).filter((x): x is string => !!x);
    out.push({ kind: 'act', act, label, a, b: b ?? actLabel(act)!.de, ...(who.length ? { who: [...new Set(who)] } : {}) });
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

/**
 * The words a sentence tells an act in: its fixed phrase (`ums Leben`), else its first word that
 * names the act and tells it, as written; null when every such word only presupposes it (see
 * `background`). An empty sentence (no text given) gets the act's German label.
 */
function actWords(sentence: string, act: string, by: ReadonlySet<string> | undefined): string | null {
  for (const x of by ?? []) {
    if (!x.startsWith(ACT)) continue;
    // The phrase as the sentence writes it (`ums Leben`), where its letters need no folding.
    const phrase = x.slice(ACT.length), at = sentence.toLowerCase().indexOf(phrase);
    return at >= 0 ? sentence.slice(at, at + phrase.length) : phrase;
  }
  let found = '', named = false, before: string[] = [];
  forEachWord(sentence, (s, e) => {
    const raw = sentence.slice(s, e);
    if (!found) {
      const [folded, stem] = analyzeWord(raw);
      const root = wordRoot(raw, folded, stem);
      if (actOf(root) === act) {
        named = true;
        if (!background(raw, folded, before)) found = raw;
      }
    }
    before = [...before.slice(-3), raw.toLowerCase()];
  });
  if (found) return found;
  return named ? null : actLabel(act)!.de;
}

/** Words that give the cause of the sentence's own act (`wegen eines Auftragsmordes inhaftiert`). */
const CAUSE = new Set(['wegen', 'aufgrund']);

/** Words before a noun that make it the predicate (`erklärte sich zum Sieger`, `gilt als Sieger`, `ist Sieger`). */
const PREDICATE = new Set(['zum', 'zur', 'als', 'ist', 'sind', 'war', 'waren', 'wurde', 'wurden', 'wird', 'werden']);

/**
 * A word that names an act without telling it: an agent noun as a person's title or subject
 * (`der sogenannte Tiergartenmörder … übergeben`: the stemmer reads `Mörder` as `Mord`), not as
 * the predicate (`zum Sieger erklärt`), or a noun within the four words after `wegen`/`aufgrund`
 * (the cause of another act: `wegen eines Auftragsmordes inhaftiert`). An adjective or participle
 * made a noun (`Toter`, `Festgenommener`: its `-er` after a `-t` or an `-en`) and a noun of the
 * act that ends in `-er` itself (`Todesopfer`) tell the act.
 */
function background(raw: string, folded: string, before: readonly string[]): boolean {
  if (!/^\p{Lu}/u.test(raw)) return false;
  if (before.some((w) => CAUSE.has(w))) return true;
  const word = folded.toLowerCase();
  const base = /^(.+)er(in|innen|n|s)?$/.exec(word)?.[1];
  if (!base || /(t|en)$/.test(base) || listedActNoun(word)) return false;
  return !before.slice(-2).some((w) => PREDICATE.has(w));
}
