import { placeAnnotation } from '../src/core/annotate/place';
import { describeRange } from '../src/core/annotate/selectors';
import { corpusFile, readCorpus } from './lib/corpus';
import { report, summarise, timeRuns } from './lib/measure';

const WORDS = 10_000;
const ANNOTATIONS = 500;

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same work. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Issue 5's figure: placing 500 annotations on a 10,000-word article after an edit (paragraphs
 * inserted and removed, words changed), against a baseline of finding each quote with indexOf.
 */
export async function run(): Promise<void> {
  const records = readCorpus(corpusFile(1028));
  const paragraphs: string[] = [];
  let words = 0;
  for (const r of records) {
    if (words >= WORDS) break;
    paragraphs.push(r.text);
    words += r.text.split(/\s+/).length;
  }
  const text = paragraphs.join('\n\n');
  const rnd = random(42);
  const anchors = Array.from({ length: ANNOTATIONS }, () => {
    const start = Math.floor(rnd() * (text.length - 200));
    const len = 20 + Math.floor(rnd() * 120);
    return describeRange(text, start, start + len);
  });
  // The edit: a paragraph inserted every 10, every 15th removed, a word changed every 7th.
  const edited = paragraphs
    .flatMap((p, i) => (i % 15 === 14 ? [] : i % 10 === 0 ? ['Ein eingefügter Absatz, den es vorher nicht gab.', p] : [p]))
    .map((p, i) => (i % 7 === 3 ? p.replace(/\b(der|die|das)\b/, 'jene') : p))
    .join('\n\n');

  const base = summarise(await timeRuns(21, () => anchors.forEach((a) => edited.indexOf(a.quote.exact))));
  let statuses: Record<string, number> = {};
  const times = await timeRuns(21, () => {
    statuses = {};
    for (const a of anchors) {
      const p = placeAnnotation(edited, a.quote, a.position);
      statuses[p.status] = (statuses[p.status] ?? 0) + 1;
    }
  });
  report({
    scenario: 'anchor',
    metric: `place 500 annotations, 10k-word article, edited (${Object.entries(statuses).map(([k, v]) => `${v} ${k}`).join(', ')})`,
    ...summarise(times),
    unit: 'ms',
    baseline: { name: 'indexOf of every quote', median: base.median },
    goal: '< 100 ms',
  });
}
