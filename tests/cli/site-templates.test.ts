import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/temp';
import { MENU, NEWSLETTER, STORIES, paras, record } from '../support/site-pages';

const BIN = join(ROOT, 'bin/parallax.mjs');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function ingest(library: string, name: string, records: string[]): string[] {
  const file = join(tmp.dir, name);
  writeFileSync(file, records.join('\n') + '\n');
  const r = run(['ingest', file, '--library', library, '--json']);
  expect(r.code, r.err).toBe(0);
  return (JSON.parse(r.out) as { added: { articleId: string }[] }).added.map((a) => a.articleId);
}

function bodyOf(library: string, id: string): string {
  const r = run(['show', id, '--library', library, '--json']);
  expect(r.code, r.err).toBe(0);
  const a = JSON.parse(r.out) as { blocks: { region: string; text: string }[] };
  return a.blocks.filter((b) => b.region === 'body').map((b) => b.text).join('\n');
}

describe('parallax ingest with site templates', () => {
  it("takes a third page of a site without the site's newsletter box, and extracts the first two again", () => {
    const library = join(tmp.dir, 'lib.sqlite');
    const [first] = ingest(library, 'two.jsonl', [record(0), record(1)]);
    expect(bodyOf(library, first!)).toContain(NEWSLETTER);

    const [third] = ingest(library, 'third.jsonl', [record(2)]);
    const body = bodyOf(library, third!);
    expect(body).not.toContain(NEWSLETTER);
    for (const m of MENU) expect(body.split('\n')).not.toContain(m);
    expect(body).toContain(paras(2)[0]);
    expect(body).toContain(paras(2)[4]);
    expect(run(['show', third!, '--library', library, '--json']).out).toContain(STORIES[2]!.title);
    // The CLI re-extracts the site's earlier pages before it exits.
    expect(bodyOf(library, first!)).not.toContain(NEWSLETTER);
  });
});
