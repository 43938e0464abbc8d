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
  it('adds the hidden layer to the linear term: v · tanh(W z + c) over the standardised row', () => {
    const zeros = FEATURE_NAMES.map(() => 0);
    const base: LineModel = { ...defaultModel(), mean: zeros, scale: zeros.map(() => 1), w: zeros, b: 0.5 };
    const W = [zeros.map((_, j) => (j === 0 ? 1 : 0))];
    const row = [2, ...zeros.slice(1)];
    const [linear] = predict({ ...base, hidden: undefined }, [row]);
    const [withHidden] = predict({ ...base, hidden: { W, c: [-1], v: [3] } }, [row]);
    expect(linear).toBeCloseTo(1 / (1 + Math.exp(-0.5)));
    expect(withHidden).toBeCloseTo(1 / (1 + Math.exp(-(0.5 + 3 * Math.tanh(1)))));
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
