/**
 * `npm run eval:names -- --corpus [FILE.jsonl] [--labels FILE.tsv] [--half A|B] [--misses]`: which names
 * are people, on reports drawn at random from `shared/corpus` (German news; evaluation only, its
 * text never kept in the repo). The labels (`corpus-persons.tsv`) hold, per report (its id) and
 * name, a judgement by hand: `P` a person, else the kind of thing it names. They were written on
 * what the finder of main (87ec273) offered as a person and on capitalised name-like runs it did
 * not, before any change. Scored: precision of the persons offered (labelled `P` among the
 * labelled names offered), recall of persons (labelled `P` names offered whole). Halves by a hash
 * of the report's id: tune on A, report both.
 *
 * `--corpus-dump N SEED`: N reports drawn (mulberry32 SEED) with what the finder offers as persons
 * and the name-like runs it does not — the sheet the labels were written on (printed, not kept).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { findEntities, type EntityMentionRow } from '../../src/core/analysis/entities';
import { wordLists } from '../../src/core/analysis/content-words';
import { splitSentences } from '../../src/core/text/sentences';
import { seededRandom } from '../../tests/support/random';

interface Report { id: string; text: string }
interface Label { id: string; name: string; label: string; half: 'A' | 'B' }

const halfOf = (id: string): 'A' | 'B' => (createHash('sha1').update(id).digest()[0]! % 2 === 0 ? 'A' : 'B');

function readReports(file: string): Map<string, Report> {
  const out = new Map<string, Report>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line) as Report;
    out.set(id, { id, text });
  }
  return out;
}

function entitiesOf(text: string): EntityMentionRow[] {
  const spans = splitSentences(text, 0, text.length).map((s) => ({ start: s.start, end: s.end }));
  return findEntities(text, spans);
}

/** The names a report's finder offers as persons (its fullest name for each). */
export function personsOffered(text: string): Set<string> {
  return new Set(entitiesOf(text).filter((e) => e.kind === 'person').map((e) => e.name));
}

const CAP_RUN = /(?<![\p{L}\p{N}.-])\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*){1,2}/gu;

/** Capitalised runs of two or three words, not opening a sentence, no person, whose last word no frequency list holds or whose first is a given name. */
function nameLikeRuns(text: string, persons: EntityMentionRow[]): string[] {
  const { common, firstNames } = wordLists();
  const out = new Set<string>();
  for (const m of text.matchAll(CAP_RUN)) {
    const start = m.index!, end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 3), start);
    if (start === 0 || /[.!?:“"„–]\s*$/.test(before) || /\n\s*$/.test(before)) continue;
    if (persons.some((p) => p.start < end && start < p.end)) continue;
    const words = m[0].split(/\s+/);
    const last = words[words.length - 1]!.replace(/s$/, '');
    const given = firstNames.has(words[0]!.toLowerCase());
    if (!given && (common.get(words[words.length - 1]!.toLowerCase()) !== undefined || common.get(last.toLowerCase()) !== undefined)) continue;
    out.add(words.join(' '));
  }
  return [...out];
}

export function corpusDump(file: string, n: number, seed: number): void {
  const reports = [...readReports(file).values()];
  const rnd = seededRandom(seed);
  for (let i = reports.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [reports[i], reports[j]] = [reports[j]!, reports[i]!];
  }
  for (const r of reports.slice(0, n)) {
    const ents = entitiesOf(r.text);
    const persons = ents.filter((e) => e.kind === 'person');
    console.log(`## ${r.id}`);
    for (const name of new Set(persons.map((p) => p.name))) {
      const p = persons.find((x) => x.name === name)!;
      console.log(`P\t${name}\t…${r.text.slice(Math.max(0, p.start - 70), p.end + 50).replace(/\s+/g, ' ')}…`);
    }
    const others = new Set(ents.filter((e) => e.kind !== 'person' && /\s/.test(e.name)).map((e) => e.name));
    for (const run of nameLikeRuns(r.text, persons)) others.add(run);
    for (const name of others) {
      const at = r.text.indexOf(name.split(' ')[0]!);
      console.log(`N\t${name}\t…${r.text.slice(Math.max(0, at - 60), at + name.length + 40).replace(/\s+/g, ' ')}…`);
    }
  }
}

function readLabels(file: string): Label[] {
  const out: Label[] = [];
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const [id, name, label] = raw.split('\t');
    out.push({ id: id!, name: name!, label: label!, half: halfOf(id!) });
  }
  return out;
}

/**
 * The name a labelled name is offered as: itself, or for a person the same name with a word glued
 * before it dropped or added (`Youtuber Senad Hasani` judged, `Senad Hasani` offered after a
 * change): one person, its two last words the same.
 */
function offeredAs(l: Label, offered: Set<string>): string | null {
  if (offered.has(l.name)) return l.name;
  if (l.label !== 'P') return null;
  const tail = (s: string) => s.split(' ').slice(-2).join(' ');
  if (l.name.split(' ').length < 2) return null;
  for (const o of offered) if (o.split(' ').length >= 2 && (o.endsWith(` ${l.name}`) || l.name.endsWith(` ${o}`)) && tail(o) === tail(l.name)) return o;
  return null;
}

export function corpusCheck(root: string, file: string | undefined, labelsFile: string | undefined, halfArg: string | undefined, misses: boolean): void {
  const reports = readReports(file ?? `${root}../shared/corpus/10kgnad-test.jsonl`);
  const labels = readLabels(labelsFile ?? `${root}eval/names/corpus-persons.tsv`);
  const offered = new Map<string, Set<string>>();
  for (const id of new Set(labels.map((l) => l.id))) {
    const r = reports.get(id);
    if (!r) throw new Error(`corpus-check: no report ${id} in the corpus file`);
    offered.set(id, personsOffered(r.text));
  }
  for (const half of halfArg ? [halfArg] : ['A', 'B', 'A+B']) {
    const own = labels.filter((l) => half === 'A+B' || l.half === half);
    let tp = 0, fp = 0, persons = 0;
    const wrongKinds = new Map<string, number>();
    const matched = new Set<string>();
    for (const l of own) {
      const match = offeredAs(l, offered.get(l.id)!);
      if (match) matched.add(`${l.id}\t${match}`);
      const isOffered = match !== null;
      const isPerson = l.label === 'P';
      if (isPerson) persons++;
      if (isOffered && isPerson) tp++;
      if (isOffered && !isPerson) { fp++; wrongKinds.set(l.label, (wrongKinds.get(l.label) ?? 0) + 1); }
      if (misses && isOffered !== isPerson) console.log(`  ${isPerson ? 'missed' : 'WRONG'} ${half} ${l.id} ${l.name} (${l.label})`);
    }
    // Names offered now that no label judges (a change made them): to be labelled before they count.
    const known = new Set([...own.map((l) => `${l.id}\t${l.name}`), ...matched]);
    let unlabelled = 0;
    for (const id of new Set(own.map((l) => l.id))) {
      for (const name of offered.get(id)!) {
        if (known.has(`${id}\t${name}`)) continue;
        unlabelled++;
        if (misses) console.log(`  unlabelled ${half} ${id} ${name}`);
      }
    }
    const kinds = [...wrongKinds].sort((a, b) => b[1] - a[1]).map(([k, c]) => `${k} ${c}`).join(', ');
    console.log(`half ${half}: persons offered ${tp + fp}, not persons among them ${fp} (precision ${(tp / (tp + fp)).toFixed(3)}); persons found ${tp}/${persons} (recall ${(tp / persons).toFixed(3)}); offered but unlabelled ${unlabelled}${kinds ? `; wrong: ${kinds}` : ''}`);
  }
}
