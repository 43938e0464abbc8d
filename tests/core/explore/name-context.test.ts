import { describe, expect, it } from 'vitest';
import { memoryService } from '../../support/memory-service';

/** Two reports naming one person in close spellings, with nobody else named beside them. */
async function entitiesOf(a: string, b: string) {
  const { db, api } = await memoryService();
  await api.ingestText({ name: 'a.txt', text: `Erklärung aus Gaza\n\n${a}\n` });
  await api.ingestText({ name: 'b.txt', text: `Stellungnahme aus Doha\n\n${b}\n` });
  const people = (await api.listEntities({ limit: 100 })).filter((e) => e.kind === 'person');
  db.close();
  return people.map((p) => (p.variants ?? []).map((v) => v.text).sort());
}

describe('entity grouping, confirmed by roles', () => {
  it('joins close spellings of a name said with the same role', async () => {
    const groups = await entitiesOf(
      'Hamas-Chef Hanija sagte am Mittwoch in Gaza, die Gespräche über eine Waffenruhe gingen weiter. Die Gespräche sollen nächste Woche fortgesetzt werden.',
      'Hamas-Chef Haniyeh erklärte am Donnerstag in Doha, man sei zu weiteren Gesprächen bereit. Eine Einigung gebe es noch nicht.',
    );
    expect(groups.some((g) => JSON.stringify(g).includes('Hanija') && JSON.stringify(g).includes('Haniyeh'))).toBe(true);
  });
  it('keeps them apart when nothing confirms it', async () => {
    const groups = await entitiesOf(
      'Hamas-Chef Hanija sagte am Mittwoch in Gaza, die Gespräche über eine Waffenruhe gingen weiter. Die Gespräche sollen nächste Woche fortgesetzt werden.',
      'Der Händler Haniyeh erklärte am Donnerstag in Doha, die Preise seien gestiegen. Eine Einigung gebe es noch nicht.',
    );
    expect(groups.some((g) => JSON.stringify(g).includes('Hanija') && JSON.stringify(g).includes('Haniyeh'))).toBe(false);
  });
});
