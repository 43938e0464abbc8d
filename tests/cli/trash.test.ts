import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';
import { runCli as run } from './support/run-cli';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const TEXT =
  'Treffen in Genf\n\nDie Delegationen trafen sich am Montag in Genf zu einer zweiten Runde von Gesprächen über eine Waffenruhe. ' +
  'Beide Seiten nannten das Treffen konstruktiv, Einzelheiten wurden nicht bekannt.';

describe('parallax trash, restore, purge, list --trashed', () => {
  it('moves a report to the trash and back, says so in German, and re-importing its file restores it', () => {
    const library = join(tmp.dir, 'trash.sqlite');
    const file = join(tmp.dir, 'genf.txt');
    writeFileSync(file, TEXT);
    const id = (JSON.parse(run(['ingest', file, '--library', library, '--json']).out) as { added: { articleId: string }[] }).added[0]!.articleId;

    const trashed = run(['trash', id.slice(0, 6), '--library', library]);
    expect(trashed.out).toContain('Moved 1 report to the trash');
    expect(run(['list', '--library', library]).out).not.toContain(id);
    expect(run(['list', '--trashed', '--library', library]).out).toContain(id);
    expect(run(['search', 'Genf', '--library', library, '--json']).out).not.toContain(id);

    expect(run(['restore', id, '--library', library], 'de_DE.UTF-8').out).toContain('1 Bericht aus dem Papierkorb wiederhergestellt');
    expect(run(['list', '--library', library]).out).toContain(id);
    expect(run(['purge', id, '--library', library]).out).toContain(`not in the trash: ${id}`);

    run(['trash', id, '--library', library]);
    const again = run(['ingest', file, '--library', library]);
    expect(again.out).toContain(`was in the trash; restored ${id}`);
    expect(run(['list', '--trashed', '--library', library]).out).toContain('The trash is empty.');

    run(['trash', id, '--library', library]);
    expect(run(['purge', id, '--library', library]).out).toContain('Deleted 1 report for good.');
    expect(run(['show', id, '--library', library]).code).not.toBe(0);
  });

  it('asks for an id', () => {
    const r = run(['trash']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('give one or more report ids');
  });
});
