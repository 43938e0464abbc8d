/**
 * `npm run eval:roles`: how often `compare/act-roles.ts` reads who did an act to whom right, on a
 * hand-written gold of dev sentences (`eval/compare/roles/gold.json`; the held-out events are never
 * read). `-- --sample N` prints N dev sentences that tell an act and name someone (every k-th, in
 * a fixed order), with what the reader makes of them, for writing the gold; without it, it scores
 * the gold: of the roles read, how many are right (precision), of the gold's roles, how many are
 * read (recall), each role a (act, agent|patient, name) triple. `gold.json` is the first sample
 * (the reader's rules were written while reading it), `check.json` (`-- --check`) a second one,
 * `-- --sample 70 --offset 3`, written after the rules were fixed: the figure that carries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzedArticle } from '../../src/core/analysis/analyze';
import { actRoles } from '../../src/core/compare/act-roles';
import { actOf, phraseActs } from '../../src/core/text/act-concepts';
import { wordRoot } from '../../src/core/text/roots';
import { analyzeWord, forEachWord } from '../../src/core/text/words';
import { loadForCompare } from '../../src/core/compare/in-library';
import { loadGold } from '../../eval/compare/lib/gold';
import { buildLibrary } from '../../eval/compare/lib/library';

interface GoldSentence { event: string; report: string; text: string; acts: Record<string, { agents: string[]; patients: string[] }> }

const root = process.cwd();
const args = process.argv.slice(2);
const sampleAt = args.indexOf('--sample');
const gold = loadGold(root);
const dev = gold.filter((s) => !s.heldOut && s.id !== 'seeds');
const lib = await buildLibrary(root, gold);

/** The acts a sentence tells, by its words and phrases. */
function acts(text: string): Set<string> {
  const out = new Set<string>();
  forEachWord(text, (s, e) => {
    const raw = text.slice(s, e), [folded, stem] = analyzeWord(raw);
    const a = actOf(wordRoot(raw, folded, stem));
    if (a) out.add(a);
  });
  for (const p of phraseActs(text)) out.add(p.act);
  return out;
}

/** Every dev sentence with an act and a name: its text, names (by mention text) and roles read. */
function sentences(): { event: string; report: string; text: string; names: string[]; read: Map<string, { agents: string[]; patients: string[] }> }[] {
  const out = [];
  for (const set of dev) {
    for (const r of set.reports) {
      const id = lib.ids.get(`${set.id}/${r.key}`)!;
      const [a] = loadForCompare(lib.db, [id, [...lib.ids.values()].find((x) => x !== id)!]) as [AnalyzedArticle];
      for (const s of a.sentences) {
        const text = a.input.text.slice(s.start, s.end);
        if (!s.names.length || !acts(text).size) continue;
        const names = s.names.map((n) => ({ start: n.start - s.start, end: n.end - s.start, key: n.text, genitive: /s$/.test(n.text) && !/s$/.test(n.name) }));
        const read = new Map([...actRoles(text, names)].map(([k, v]) => [k, { agents: [...v.agents], patients: [...v.patients] }]));
        out.push({ event: set.id, report: r.key, text, names: names.map((n) => n.key), read });
      }
    }
  }
  return out;
}

try {
  const all = sentences();
  if (sampleAt >= 0) {
    const n = Number(args[sampleAt + 1]), step = Math.max(1, Math.floor(all.length / n));
    // `--offset k`: a second sample between the first one's sentences (a check on sentences the reader was not written from).
    const offset = Number(args[args.indexOf('--offset') + 1] ?? 0) || 0;
    console.log(`${all.length} dev sentences tell an act and name someone; every ${step}th from ${offset}:`);
    for (let k = offset; k < all.length && (k - offset) / step < n; k += step) {
      const x = all[k]!;
      console.log(JSON.stringify({ event: x.event, report: x.report, text: x.text, names: x.names, acts: [...acts(x.text)], read: Object.fromEntries(x.read) }));
    }
  } else {
    const file = args.includes('--check') ? 'check.json' : 'gold.json';
    const g = JSON.parse(readFileSync(join(root, 'eval/compare/roles', file), 'utf8')) as GoldSentence[];
    let read = 0, right = 0, want = 0, found = 0, missing = 0;
    for (const x of g) {
      const s = all.find((y) => y.event === x.event && y.report === x.report && y.text === x.text);
      if (!s) { missing++; continue; }
      const triples = (m: Record<string, { agents: string[]; patients: string[] }>) => new Set(Object.entries(m).flatMap(([act, r]) => [...r.agents.map((n) => `${act}|a|${n}`), ...r.patients.map((n) => `${act}|p|${n}`)]));
      const got = triples(Object.fromEntries(s.read)), exp = triples(x.acts);
      read += got.size; want += exp.size;
      for (const t of got) if (exp.has(t)) right++;
      for (const t of exp) if (got.has(t)) found++;
      if (args.includes('--misses')) for (const t of new Set([...got, ...exp])) if (got.has(t) !== exp.has(t)) console.log(`${got.has(t) ? 'wrong' : 'missed'} ${t}  ${x.text.slice(0, 140)}`);
    }
    console.log(`${g.length} gold sentences (${missing} not found): roles read ${read}, right ${right} (precision ${(right / Math.max(1, read)).toFixed(2)}); gold roles ${want}, read ${found} (recall ${(found / Math.max(1, want)).toFixed(2)})`);
  }
} finally {
  lib.close();
}
