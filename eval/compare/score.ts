/**
 * `npm run eval:compare [-- --heldout] [-- --misses]`: builds a temporary library from the gold
 * sets (eval/compare/gold/*.json) and prints the seven figures of issue 14 for the dev events,
 * the seeds and, on request, the held-out events; `--dump` prints the people, timeline rows and
 * stories of the dev events and seeds; `--event <id>` adds one dev event as its own column;
 * `--tallies FILE` writes the alignment counts of every compare of each group (no text), for a
 * paired bootstrap of two variants (`npm run train:align -- --bootstrap A.json B.json`).
 * See eval/compare/README.md.
 */
import { writeFileSync } from 'node:fs';
import type { ArticleId } from '../../src/shared/api';
import { scoreAlignment, type AlignmentScore } from './lib/alignment';
import { loadGold, type GoldSet } from './lib/gold';
import { dump } from './lib/dump';
import { buildLibrary, type EvalLibrary } from './lib/library';
import { scoreNames, type NamesScore } from './lib/names';
import { scoreNonPersons, type NonPersonsScore } from './lib/non-persons';
import { mergePeople } from './lib/people';
import { scoreSearch, type SearchScore } from './lib/search';
import { scoreStories, type StoriesScore } from './lib/stories';
import { scoreTimeline, type TimelineScore } from './lib/timeline';

interface GroupScore {
  name: string;
  reports: number;
  alignment: AlignmentScore;
  names: NamesScore;
  nonPersons: NonPersonsScore;
  timeline: TimelineScore;
  search: SearchScore;
  stories: StoriesScore;
}

/** Runs the evaluation; `args` are the command-line flags. */
export async function run(root: string, args: string[]): Promise<void> {
  const withHeldOut = args.includes('--heldout');
  const showMisses = args.includes('--misses');
  const sets = loadGold(root);
  const lib = await buildLibrary(root, sets);
  try {
    const groups: [string, GoldSet[]][] = [
      ['dev', sets.filter((s) => !s.heldOut && s.id !== 'seeds')],
      ['seeds', sets.filter((s) => s.id === 'seeds')],
    ];
    if (withHeldOut) groups.push(['held-out', sets.filter((s) => s.heldOut)]);
    // `--event <id>`: one dev event alone as a column too (a newly added one, measured on its own).
    const one = args.indexOf('--event');
    if (one >= 0) {
      const id = args[one + 1] ?? '';
      const set = sets.find((s) => s.id === id && !s.heldOut);
      if (!set) throw new Error(`eval: --event: no dev event "${id}"`);
      groups.push([id, [set]]);
    }
    const scores: GroupScore[] = [];
    for (const [name, group] of groups) scores.push(await scoreGroup(lib, name, group, sets));
    printTable(scores);
    // `--tallies FILE`: alignment counts per compare of each group (no text), for `train:align -- --bootstrap`.
    const tallies = args.indexOf('--tallies');
    if (tallies >= 0) writeFileSync(args[tallies + 1]!, JSON.stringify({ kind: 'compares', groups: Object.fromEntries(scores.map((g) => [g.name, g.alignment.perCompare])) }) + '\n');
    if (args.includes('--json')) console.log(JSON.stringify(scores.map(summary), null, 2));
    // Misses of the held-out events are never printed: they are a check, not a guide.
    if (showMisses) for (const s of scores.filter((g) => g.name !== 'held-out')) printMisses(s);
    if (args.includes('--dump')) await dump(lib, sets.filter((s) => !s.heldOut));
    // To choose constants leaving one event out: alignment per dev event (never the held-out ones).
    if (args.includes('--per-event')) {
      for (const s of sets.filter((x) => !x.heldOut)) {
        const a = await scoreAlignment(lib, [s]);
        console.log(`${s.id.padEnd(16)} recall ${pct(a.factHits, a.factPairs)} (${a.factHits}/${a.factPairs})  precision ${pct(a.goodPairs, a.pairs)} (${a.goodPairs}/${a.pairs})`);
      }
    }
  } finally {
    lib.close();
  }
}

async function scoreGroup(lib: EvalLibrary, name: string, group: GoldSet[], all: GoldSet[]): Promise<GroupScore> {
  const docs: { id: ArticleId; text: string }[] = [];
  for (const s of all) for (const r of s.reports) {
    const id = lib.ids.get(`${s.id}/${r.key}`)!;
    docs.push({ id, text: (await lib.api.getArticle(id)).text });
  }
  const groupIds = new Set(group.flatMap((s) => s.reports.map((r) => lib.ids.get(`${s.id}/${r.key}`)!)));
  const groupTexts = docs.filter((d) => groupIds.has(d.id)).map((d) => d.text);
  const people = mergePeople(group);
  return {
    name,
    reports: groupIds.size,
    alignment: await scoreAlignment(lib, group),
    // Wrong merges are judged against every gold person, so a merge across sets counts too.
    names: await scoreNames(lib, people, groupTexts, mergePeople(all)),
    nonPersons: await scoreNonPersons(lib, [...groupIds], [...mergePeople(all), ...all.flatMap((s) => s.aliases.map((a) => ({ name: a, spellings: [a] })))], docs.map((d) => d.text)),
    timeline: await scoreTimeline(lib, group),
    search: await scoreSearch(lib, people, docs),
    stories: await scoreStories(lib, group),
  };
}

const pct = (a: number, b: number) => (b ? (a / b).toFixed(2) : '–');

function summary(g: GroupScore) {
  const a = g.alignment;
  return {
    group: g.name,
    reports: g.reports,
    compares: a.compares,
    alignmentRecall: a.factPairs ? a.factHits / a.factPairs : null,
    alignmentPrecision: a.pairs ? a.goodPairs / a.pairs : null,
    pairsPerCompare: a.compares ? a.pairs / a.compares : null,
    nameGroupsWhole: `${g.names.whole}/${g.names.groups}`,
    wrongMerges: g.names.wrongMerges.length,
    notPersons: g.nonPersons.notPersons.length,
    personsWithOtherWords: g.nonPersons.withOtherWords.length,
    eventsCovered: `${g.timeline.covered}/${g.timeline.events}`,
    rowsPerEvent: g.timeline.rowsPerEvent,
    searchComplete: `${g.search.complete}/${g.search.queries}`,
    storyPurity: g.stories.purity,
    storyCompleteness: g.stories.completeness,
  };
}

function printTable(scores: GroupScore[]): void {
  const rows: [string, (g: GroupScore) => string][] = [
    ['reports (pairwise compares)', (g) => `${g.reports} (${g.alignment.compares})`],
    ['alignment recall: shared facts joined', (g) => `${pct(g.alignment.factHits, g.alignment.factPairs)} (${g.alignment.factHits}/${g.alignment.factPairs})`],
    ['alignment precision (generous)', (g) => `${pct(g.alignment.goodPairs, g.alignment.pairs)} (${g.alignment.goodPairs}/${g.alignment.pairs})`],
    ['  pairs shown per compare', (g) => (g.alignment.compares ? (g.alignment.pairs / g.alignment.compares).toFixed(1) : '–')],
    ['name groups whole (wrong merges)', (g) => `${g.names.whole} of ${g.names.groups} (${g.names.wrongMerges.length})`],
    ['people not persons (other words)', (g) => `${g.nonPersons.notPersons.length} of ${g.nonPersons.people} (${g.nonPersons.withOtherWords.length})`],
    ['events whose row cites ≥ half', (g) => `${g.timeline.covered} of ${g.timeline.events}`],
    ['timeline rows per event', (g) => `${g.timeline.rowsPerEvent.toFixed(1)}${g.timeline.eventsWithoutRow ? ` (${g.timeline.eventsWithoutRow} without)` : ''}`],
    ['spelling searches finding all', (g) => `${g.search.complete} of ${g.search.queries} (literal first ${g.search.literalFirst}${g.search.notExtracted ? `; ${g.search.notExtracted} missed only in text extraction drops` : ''})`],
    ['story purity (completeness)', (g) => `${g.stories.purity.toFixed(2)} (${g.stories.completeness.toFixed(2)})`],
  ];
  const w = 40;
  console.log(''.padEnd(w) + scores.map((s) => s.name.padEnd(28)).join(''));
  for (const [label, f] of rows) console.log(label.padEnd(w) + scores.map((s) => f(s).padEnd(28)).join(''));
}

function printMisses(g: GroupScore): void {
  const a = g.alignment;
  console.log(`\n── ${g.name}: shared facts not joined (${a.misses.length})`);
  for (const m of a.misses) console.log(`  [${m.set} ${m.fact}]\n    ${m.a}\n    ${m.b}${m.pairedInstead ? `\n    paired instead with: ${m.pairedInstead}` : ''}`);
  if (a.unplaced.length) console.log(`  anchors outside the compared sentences: ${[...new Set(a.unplaced)].join(', ')}`);
  console.log(`\n── ${g.name}: pairs that state no shared fact (${a.wrong.length})`);
  for (const w of a.wrong) console.log(`  ${w.class} ${w.score.toFixed(2)} [${w.set}]\n    ${w.a}\n    ${w.b}`);
  console.log(`\n── ${g.name}: names`);
  for (const b of g.names.broken) console.log(`  broken: ${b}`);
  for (const m of g.names.wrongMerges) console.log(`  wrong merge: ${m}`);
  for (const m of g.nonPersons.notPersons) console.log(`  not a person: ${m}`);
  for (const m of g.nonPersons.withOtherWords) console.log(`  person with other words: ${m}`);
  console.log(`\n── ${g.name}: timeline`);
  for (const d of g.timeline.detail) console.log(`  ${d}`);
  console.log(`\n── ${g.name}: search`);
  for (const m of g.search.misses) console.log(`  ${m}`);
  console.log(`\n── ${g.name}: stories`);
  for (const d of g.stories.detail) console.log(`  ${d}`);
}
