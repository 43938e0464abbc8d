import { describe, expect, it } from 'vitest';
import { defaultModel, loadModel, predict, type LineModel } from '../../../../src/core/ingest/extract/model';
import { FEATURE_NAMES, pageFeatures } from '../../../../src/core/ingest/extract/features';
import { splitLines } from '../../../../src/core/ingest/extract/segment';
import weights from '../../../../src/core/ingest/extract/weights.json';

describe('loadModel', () => {
  it('refuses weights trained on other features, naming the fix', () => {
    const file = { ...(weights as never as Parameters<typeof loadModel>[0]), features: ['logWords'] };
    expect(() => loadModel(file)).toThrow('extract: weights.json was trained on other features; run npm run train:extract');
  });
});

describe('predict', () => {
  it('reads boosted trees: the base log-odds plus one leaf per tree', () => {
    const m: LineModel = { ...defaultModel(), b: 0, trees: [[{ f: 0, t: 1, l: 1, r: 2, v: 0 }, { f: -1, t: 0, l: -1, r: -1, v: -2 }, { f: -1, t: 0, l: -1, r: -1, v: 2 }]] };
    const [low, high] = predict(m, [[0.5, ...FEATURE_NAMES.slice(1).map(() => 0)], [3, ...FEATURE_NAMES.slice(1).map(() => 0)]]);
    expect(low).toBeCloseTo(1 / (1 + Math.E ** 2));
    expect(high).toBeCloseTo(1 / (1 + Math.E ** -2));
  });
  it('rates a paragraph of prose above the menu items around it', () => {
    const lines = splitLines(['Home', 'News', 'Sport', 'Login',
      'The council approved the new budget on Tuesday after a long debate about schools, roads and the harbour, and the mayor said the vote was a relief for the city.',
      'Imprint', 'Privacy'].join('\n'));
    const rows = pageFeatures(lines, 'en', lines.map(() => 'free'), defaultModel().vocab, [4, 4]);
    const p = predict(defaultModel(), rows);
    expect(rows[0]).toHaveLength(FEATURE_NAMES.length);
    for (const i of [0, 1, 2, 3, 5, 6]) expect(p[4]!).toBeGreaterThan(p[i]!);
  });
});
