import { describe, expect, it } from 'vitest';
import { storyNameKey } from '../../../src/core/analysis/story-keys';

describe('storyNameKey', () => {
  it('gives every rendering of one surname one key, whatever the given name', () => {
    const keys = ['Mohammed Mehdi Tehrantschi', 'Mohammad Mahdi Tehranchi', 'Teheranchi'].map((n) => storyNameKey('person', n));
    expect(new Set(keys).size).toBe(1);
    expect(storyNameKey('person', 'Jewgeni Prigoschin')).toBe(storyNameKey('person', 'Prigozhin'));
    expect(storyNameKey('person', 'Ismail Hanija')).toBe(storyNameKey('person', 'Haniyeh'));
  });
  it('keeps different surnames apart and marks places, so a country weighs as a word', () => {
    expect(storyNameKey('person', 'Hossein Salami')).not.toBe(storyNameKey('person', 'Mohammad Bagheri'));
    expect(storyNameKey('place', 'Iran')).not.toBe(storyNameKey('person', 'Iran'));
    expect(storyNameKey('place', 'Iran').startsWith('@=')).toBe(true);
  });
});
