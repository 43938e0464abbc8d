/**
 * Two to four reports side by side: analysis of each, sentence alignment of every pair,
 * differences of every aligned pair, shared passages, the sentences only one report has, the
 * sources each cites and the names spelled differently. Pure: the caller supplies the rarity
 * of words (`Idf`) and how names map to entities (`idOf`).
 */
import type { ArticleId, Comparison, EntityId, FigureDifference, Quantity } from '../../shared/api';
import { alignPair } from './align';
import { featureContext, sentenceFeatures, withActRoles, type Idf } from './features';
import { unitKey } from '../analysis/numbers';
import type { AnalyzedArticle } from '../analysis/analyze';
import type { LayoutBlock } from '../../shared/block-layout';
import { pairDifferences } from './differences';
import { sourcesOutsideCredits } from './credits';
import { pairReasons } from './pair-reasons';
import { contrastReasons } from './contrast/reasons';
import { claimShape, reportYear } from './contrast/shape';
import { sharedPassages } from './passages';
import { foldText } from '../text/fold';
import { isSpellingVariant } from '../text/phonetic';

/** What `compare` needs besides the articles. */
export interface CompareContext {
  idf: Idf;
  /** The largest IDF in use: names and figures weigh like the rarest word. */
  maxIdf: number;
  idOf: (kind: string, name: string) => EntityId;
  now?: () => number;
}

/** Compares analysed reports (see the module comment). */
export function compare(arts: AnalyzedArticle[], ctx: CompareContext): Comparison {
  const now = ctx.now ?? (() => performance.now());
  const started = now();
  const fctx = featureContext(arts, ctx.idf, ctx.maxIdf, ctx.idOf);
  const vectors = arts.map((a) => a.sentences.map((s) => sentenceFeatures(s, fctx, a.input.text)));
  // A dateline's agency (`Moskau (Reuters) - `) sent the copy; it is not a source the report cites.
  const cited = arts.map((a) => sourcesOutsideCredits(a.sources, a.input.text, a.sentences));
  const pairs: Comparison['pairs'] = [];
  const aligned = arts.map((a) => new Uint8Array(a.sentences.length));
  for (let x = 0; x < arts.length; x++) {
    for (let y = x + 1; y < arts.length; y++) {
      const A = arts[x]!, B = arts[y]!;
      for (const al of alignPair(A, B, vectors[x]!, vectors[y]!, ctx.maxIdf)) {
        aligned[x]![al.a] = 1;
        aligned[y]![al.b] = 1;
        const sa = A.sentences[al.a]!, sb = B.sentences[al.b]!;
        const differences = pairDifferences(sa, sb, {
          quotesA: A.quotes, quotesB: B.quotes, sourcesA: cited[x]!, sourcesB: cited[y]!, idOf: ctx.idOf, texts: { a: A.input.text, b: B.input.text },
        });
        findElsewhere(differences.figures, A, B, al.a, al.b);
        pairs.push({
          a: { articleId: A.input.id as ArticleId, sentence: al.a },
          b: { articleId: B.input.id as ArticleId, sentence: al.b },
          class: al.class,
          score: Math.round(al.score * 1000) / 1000,
          reasons: [
            ...pairReasons(al.class, differences, withActRoles(vectors[x]![al.a]!, sa, fctx, A.input.text), withActRoles(vectors[y]![al.b]!, sb, fctx, B.input.text), A.input.text.slice(sa.start, sa.end), B.input.text.slice(sb.start, sb.end)),
            ...contrastReasons(differences, claimShape(sa, A.input.text, reportYear(A.input.published)), claimShape(sb, B.input.text, reportYear(B.input.published))),
          ],
          differences,
        });
      }
    }
  }
  const sources = new Map<string, { name: string; articleIds: ArticleId[] }>();
  arts.forEach((a, i) => {
    for (const s of cited[i]!) {
      const key = s.name.toLowerCase();
      const e = sources.get(key) ?? { name: s.name, articleIds: [] };
      e.articleIds.push(a.input.id as ArticleId);
      sources.set(key, e);
    }
  });
  // Names spelled more than one way across the compared reports (genitive `s` aside).
  const spell = new Map<EntityId, { name: string; variants: Map<string, Set<ArticleId>> }>();
  for (const a of arts) {
    for (const e of a.entities) {
      if (e.kind !== 'person') continue;
      const id = ctx.idOf(e.kind, e.name);
      const last = e.text.split(' ').pop()!;
      const nameLast = e.name.split(' ').pop()!;
      // `Witkoffs`, `Whitkoffs`: the genitive is not a spelling.
      const form = /s$/.test(last) && !foldText(nameLast).endsWith('s') && isSpellingVariant(last.slice(0, -1), nameLast) ? last.slice(0, -1) : last;
      const entry = spell.get(id) ?? { name: e.name, variants: new Map() };
      if (e.name.includes(' ') && !entry.name.includes(' ')) entry.name = e.name;
      if (!entry.variants.has(form)) entry.variants.set(form, new Set());
      entry.variants.get(form)!.add(a.input.id as ArticleId);
      spell.set(id, entry);
    }
  }
  const spellings = [...spell]
    .filter(([, v]) => v.variants.size > 1)
    .map(([entityId, v]) => ({ entityId, name: v.name, variants: [...v.variants].map(([text, ids]) => ({ text, articleIds: [...ids] })) }));
  return {
    articles: arts.map((a, i) => ({
      id: a.input.id as ArticleId,
      title: a.input.title,
      site: a.input.site,
      published: a.input.published,
      sentences: a.sentences.map((s) => ({ start: s.start, end: s.end, block: s.block, text: a.input.text.slice(s.start, s.end) })),
      ...layoutOf(a),
      unique: a.sentences.map((_, k) => k).filter((k) => !aligned[i]![k]),
      sources: cited[i]!,
      quotes: a.quotes,
    })),
    pairs,
    passages: sharedPassages(arts),
    sources: [...sources.values()],
    spellings,
    tookMs: Math.round((now() - started) * 10) / 10,
  };
}

/**
 * A figure one sentence of a pair gives and the other does not may stand in another sentence
 * of the other report (`mehr als vier Stunden` in the lead, `über vier Stunden` two lines on):
 * then it is the same figure, found elsewhere, not one report's alone. The sentence nearest the
 * aligned partner that carries it is taken, so the panel can quote and jump to the sentence
 * that says it. A figure needs a unit (`vier Stunden`) or a decimal value (`Stärke 7,7`, the
 * unit before it) to be met elsewhere: a bare whole number (`drei`) stands in too many sentences
 * by chance.
 */
function findElsewhere(figures: FigureDifference[], A: AnalyzedArticle, B: AnalyzedArticle, sentenceA: number, sentenceB: number): void {
  for (const f of figures) {
    if (f.kind !== 'only-a' && f.kind !== 'only-b') continue;
    const q = (f.a ?? f.b)!;
    if (q.unit === null && Number.isInteger(q.value)) continue;
    const [other, near] = f.kind === 'only-a' ? [B, sentenceB] : [A, sentenceA];
    let match: Quantity | undefined;
    for (let d = 1; d < other.sentences.length && !match; d++) {
      for (const k of [near - d, near + d]) {
        match ??= other.sentences[k]?.quantities.find((x) => x.value === q.value && unitKey(x.unit) === unitKey(q.unit));
      }
    }
    if (!match) continue;
    if (f.kind === 'only-a') f.b = match;
    else f.a = match;
    f.qualifiersDiffer = (f.a!.qualifier ?? '') !== (f.b!.qualifier ?? '');
    f.kind = 'same';
    f.elsewhere = true;
  }
}

/** The markup of the blocks the sentences stand in (a Markdown or HTML report's structure), in order; nothing for plain text. */
function layoutOf(a: AnalyzedArticle): { layout?: LayoutBlock[] } {
  const out: LayoutBlock[] = [];
  let last = -1;
  for (const s of a.sentences) {
    if (s.block === last) continue;
    last = s.block;
    const markup = a.input.blocks[s.block]?.markup;
    out.push(markup ? { block: s.block, markup } : { block: s.block });
  }
  return out.some((b) => b.markup) ? { layout: out } : {};
}
