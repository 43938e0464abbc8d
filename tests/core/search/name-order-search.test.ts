import { describe, expect, it } from 'vitest';
import { searchableTexts } from '../../support/memory-service';

// Invented names: what is tested is a kind of name, written surname first in some copy.
describe('search by a name of two words in either order', () => {
  it('finds the reports of each order, and of the surname alone, typing either', async () => {
    const { db, hits } = await searchableTexts([
      'Anschlag\n\nDer frühere Regierungschef Haruto Okabe wurde in Omura angeschossen. Haruto Okabe kam ins Krankenhaus.\n',
      'Tod\n\nDer Politiker Okabe Haruto ist tot, teilte die Partei mit.\n',
      'Hintergrund\n\nPremier Okabe hatte am Vormittag eine Rede gehalten. Okabe brach zusammen.\n',
      'Wahl\n\nDer Kandidat Kenta Morishima gewann die Wahl in Omura.\n',
    ]);
    for (const q of ['Haruto Okabe', 'Okabe Haruto']) expect(await hits(q)).toEqual([0, 1, 2]);
    db.close();
  });
});
