import { describe, expect, it } from 'vitest';
import { isPatronymic } from '../../../src/core/text/patronymic';

describe('isPatronymic', () => {
  it('knows patronymics in German, English, French and Ukrainian renderings', () => {
    for (const w of ['Sergejewitsch', 'Sergeyevich', 'Iljitsch', 'Wladimirowitsch', 'Petrowna', 'Fyodorovna', 'Ivanovych', 'Ivanivna', 'Sergueïevitch', 'Ilyich']) expect(isPatronymic(w), w).toBe(true);
  });
  it('leaves given names and short words alone', () => {
    for (const w of ['Heinrich', 'Friedrich', 'Ulrich', 'Michail', 'Dmitri', 'Witsch', 'Ljubow']) expect(isPatronymic(w), w).toBe(false);
  });
});
