/**
 * `npm run train:align -- --bootstrap A.json B.json`: whether variant B finds more than variant A
 * beyond the noise of which events (or compares) were drawn (`bootstrap.ts`). The files are
 * written by `npm run train:align -- --oof-out FILE` (out of fold per dev event, at every
 * threshold: each variant's threshold chosen again inside every draw) or by `npm run eval:compare
 * -- --heldout --tallies FILE` (per compare at the shipped setting, for each group: the held-out
 * difference read against its own noise). Counts only: no text of any event is in either file.
 */
import { readFileSync } from 'node:fs';
import { formatBootstrap, pairedBootstrap, type UnitTallies } from './bootstrap';

const args = process.argv.slice(2);
const i = args.indexOf('--bootstrap');
const [fa, fb] = [args[i + 1], args[i + 2]];
if (!fa || !fb) throw new Error('train-align --bootstrap A.json B.json: two files of counts');
const opt = (name: string, dflt: string) => { const k = args.indexOf(name); return k >= 0 ? args[k + 1]! : dflt; };
const draws = Number(opt('--draws', '2000'));
type File = { kind: 'oof'; events: UnitTallies } | { kind: 'compares'; groups: Record<string, UnitTallies> };
const [a, b] = [fa, fb].map((f) => JSON.parse(readFileSync(f, 'utf8')) as File) as [File, File];
if (a.kind !== b.kind) throw new Error('bootstrap: one file out of fold, the other per compare');
console.log(`A = ${fa}\nB = ${fb}  (${draws} draws)`);
if (a.kind === 'oof' && b.kind === 'oof') {
  // `--unseen`: each draw's threshold by the trainer's rule for a set nobody has seen (sets of five under 0.80 at most one time in ten, 400 sets a draw), not the pooled one.
  const unseen = args.includes('--unseen') ? { precisionMin: 0.8, setSize: 5, failMax: 0.1, draws: 400 } : undefined;
  console.log(formatBootstrap(`out of fold, ${Object.keys(a.events).length} events drawn, each variant's threshold chosen in each draw${unseen ? ' (sets of five)' : ''}`, pairedBootstrap(a.events, b.events, { chooseThreshold: true, precisionMin: 0.8, draws, unseen })));
} else if (a.kind === 'compares' && b.kind === 'compares') {
  for (const g of Object.keys(a.groups).filter((g) => g in b.groups)) {
    const r = pairedBootstrap(a.groups[g]!, b.groups[g]!, { chooseThreshold: false, precisionMin: 0.8, draws });
    console.log(formatBootstrap(`${g}, ${Object.keys(a.groups[g]!).length} compares drawn, the shipped setting`, r));
  }
}
