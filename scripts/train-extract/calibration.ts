/**
 * `--calib`: how the headline ranker's inputs differ between the candidates it is trained on
 * (each page read by the fold model that held it out) and the ones the shipped model gives its
 * own training pages (read in-sample): the line probabilities' spread, and the ranker's hits.
 */
import { extract } from '../../src/core/ingest/extract/index';
import type { LineModel } from '../../src/core/ingest/extract/model';
import { TITLE_FEATURES, type TitleCandidate, type TitleModel } from '../../src/core/ingest/extract/title';
import type { Page } from './data';

interface Row { p: { page: Page }; cands: TitleCandidate[] }

const q = (xs: number[], f: number) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(f * s.length))]! : NaN; };
const fmt = (xs: number[]) => `n=${xs.length} mean=${(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(3)} q10=${q(xs, 0.1).toFixed(3)} q50=${q(xs, 0.5).toFixed(3)} q90=${q(xs, 0.9).toFixed(3)}`;

export function calibrationReport(oof: Row[], final: LineModel, isGold: (r: Row, i: number) => boolean, hit: (m: TitleModel, r: Row) => boolean): void {
  const ins: Row[] = oof.map((r) => {
    let cands: TitleCandidate[] = [];
    extract({ text: r.p.page.text, format: 'text' }, { model: { ...final, tau: 0.3, hole: 0.3 }, trace: (t) => { cands = t.titleCandidates; } });
    return { p: r.p, cands };
  });
  for (const name of ['mainProb', 'probGap', 'overlap', 'inRegion', 'afterFirstProse']) {
    const j = TITLE_FEATURES.indexOf(name);
    for (const [label, rows] of [['oof', oof], ['in-sample', ins]] as const) {
      const g = rows.flatMap((r) => r.cands.filter((c) => isGold(r, c.i)).map((c) => c.x[j]!));
      const o = rows.flatMap((r) => r.cands.filter((c) => !isGold(r, c.i)).map((c) => c.x[j]!));
      console.log(`${name} ${label}: gold ${fmt(g)} | other ${fmt(o)}`);
    }
  }
  const goldIn = (rows: Row[]) => rows.filter((r) => r.p.page.gold.title && r.cands.some((c) => isGold(r, c.i))).length;
  console.log(`gold among candidates: oof ${goldIn(oof)}, in-sample ${goldIn(ins)} of ${oof.filter((r) => r.p.page.gold.title).length}`);
  const m = final.title;
  for (const set of ['web', 'extraction']) {
    const a = oof.filter((r) => r.p.page.set === set && r.p.page.gold.title), b = ins.filter((r) => r.p.page.set === set && r.p.page.gold.title);
    console.log(`final ranker hits (${set}): on oof candidates ${(a.filter((r) => hit(m, r)).length / a.length).toFixed(3)}, on in-sample ${(b.filter((r) => hit(m, r)).length / b.length).toFixed(3)}`);
  }
}
