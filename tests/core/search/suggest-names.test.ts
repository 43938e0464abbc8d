import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/core/search/names';

const persons = (text: string) => findNames(text).filter((n) => n.kind === 'person').map((n) => n.text);

describe('suggestion names: two people side by side', () => {
  // Invented: a verb-final clause puts subject and object next to each other.
  const text = [
    'Die Ministerin Karla Obermaier traf am Montag den Gesandten Tomas Brenwick.',
    'Ein Sprecher sagte, dass Kanzlerin Obermaier Brenwick empfange.',
    'Obermaier lobte das Gespräch. Auch Brenwick äußerte sich zufrieden.',
  ].join('\n');

  it('makes no person of two surnames the text writes apart', () => {
    expect(persons(text)).not.toContain('Obermaier Brenwick');
    expect(persons(text)).toEqual(expect.arrayContaining(['Karla Obermaier', 'Tomas Brenwick', 'Obermaier']));
  });

  it('keeps a name of three words the text also writes in part', () => {
    const three = 'Die Rede von Anton Felix Rambacher war lang. Anton Felix sprach. Später sagte Anton Felix Rambacher mehr, und Rambacher ging.';
    expect(persons(three)).toContain('Anton Felix Rambacher');
  });

  it('keeps a whole name whose given name stands before another word elsewhere', () => {
    // `This Angela #Merkel`-like: the given name ends a run once, but is never written alone.
    const t = 'Bundeskanzlerin Greta Wolkenstein sprach. Oh Greta #Wolkenstein, schrieb einer. Greta Wolkenstein lachte. Wolkenstein ging.';
    expect(persons(t)).toContain('Greta Wolkenstein');
  });
});
