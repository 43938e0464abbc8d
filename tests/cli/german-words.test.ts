import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';
import { runCli as run } from './support/run-cli';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const DE = 'de_DE.UTF-8';

describe('the command line in German', () => {
  it('writes durations with a decimal comma and names a report and its re-extraction as the window does', () => {
    const library = join(tmp.dir, 'de.sqlite');
    const file = join(tmp.dir, 'genf.txt');
    writeFileSync(file, 'Gipfel in Genf\n\nDer Gipfel in Genf endete am Freitag ohne Einigung.\n\nDie Delegationen reisten am Abend ab.');
    const added = run(['ingest', file, '--library', library], DE);
    expect(added.out).toMatch(/^Hinzugefügt 1, schon vorhanden 0, übersprungen 0 \(\d+,\d s\)\.$/m);

    const id = (JSON.parse(run(['list', '--library', library, '--json']).out) as { items: { id: string }[] }).items[0]!.id;
    const again = run(['reextract', id, '--library', library], DE);
    expect(again.out).toMatch(/^1 Bericht neu extrahiert \(\d+,\d s\)\.$/m);
    expect(run(['show', 'zz', '--library', library], DE).err).toContain('„zz“ ist keine Berichtskennung');
  });
});
