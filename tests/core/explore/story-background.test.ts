import { describe, expect, it } from 'vitest';
import { memoryService } from '../../support/memory-service';

const background = [
  'Der Konflikt hat eine lange Vorgeschichte.',
  'Schon 2019 hatte Außenminister Tarik Benali mit Premier Jonas Ekwueme über Zölle verhandelt.',
  'Benali und Ekwueme trafen sich damals in Lagos, begleitet von Gouverneur Adaeze Okafor.',
  'Okafor kritisierte Benali später scharf, Ekwueme schwieg dazu.',
  'Im Jahr darauf übernahm Ministerin Ingrid Solberg das Dossier, unterstützt von Botschafter Marek Kowalczyk.',
  'Solberg und Kowalczyk legten einen Plan vor, den Senator Rafael Quintero ablehnte.',
  'Quintero nannte den Plan von Solberg naiv, Kowalczyk widersprach Quintero.',
  'Beobachter wie der Autor Henrik Lindqvist und die Journalistin Mei Tanaka sahen darin einen Wendepunkt.',
  'Lindqvist schrieb ein Buch darüber, Tanaka einen viel beachteten Essay.',
  'Auch Benali, Ekwueme, Okafor, Solberg, Kowalczyk, Quintero, Lindqvist und Tanaka äußerten sich seither oft.',
].join(' ');

describe('stories of reports with a long background section', () => {
  it('keep a report whose background names many others in the story its lead tells', async () => {
    const { db, api } = await memoryService();
    const lead = 'Der Vulkan Karthala auf den Komoren ist am Dienstag ausgebrochen. Vulkanologe Abdou Mchangama warnte vor Aschewolken über Moroni.';
    const reports = [
      'Ausbruch auf den Komoren\n\nDer Vulkan Karthala ist am Dienstag ausgebrochen, Aschewolken ziehen über Moroni. Vulkanologe Abdou Mchangama rief zur Vorsicht auf. Der Flughafen von Moroni wurde geschlossen.\n',
      'Karthala speit Asche\n\nAm Dienstag brach der Karthala aus. Mchangama sagte, die Aschewolken könnten tagelang über Moroni bleiben. Schulen blieben geschlossen.\n',
      `Vulkanausbruch\n\n${lead}\n\n${background}\n`,
    ];
    const ids: string[] = [];
    for (const [i, text] of reports.entries()) ids.push((await api.ingestText({ name: `r${i}.txt`, text })).added[0]!.articleId);
    const stories = await api.listStories();
    const withThird = stories.find((s) => s.articleIds.includes(ids[2] as never));
    expect(withThird?.articleIds.length).toBe(3);
    db.close();
  });
});
