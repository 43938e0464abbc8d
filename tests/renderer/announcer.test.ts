import { describe, expect, it } from 'vitest';
import { Announcer, ProgressHeard } from '../../src/renderer/src/lib/state/announcer.svelte';

describe('ProgressHeard', () => {
  it('says a task at its start, each quarter passed and its end, not at every count', () => {
    const heard = new ProgressHeard();
    const said = Array.from({ length: 101 }, (_, i) => heard.next('Importing…', `${i} of 100 reports`, i / 100)).filter((w) => w !== null);
    expect(said).toEqual(['0 of 100 reports', '25 of 100 reports', '50 of 100 reports', '75 of 100 reports', '100 of 100 reports']);
  });

  it('says a new phase as a new start; a task with no known end only when it starts', () => {
    const heard = new ProgressHeard();
    expect(heard.next('Sending files…', 'Sending files…', undefined)).toBe('Sending files…');
    expect(heard.next('Sending files…', 'Sending files…', undefined)).toBeNull();
    expect(heard.next('Importing…', '30 of 100', 0.3)).toBe('30 of 100');
    expect(heard.next('Importing…', '40 of 100', 0.4)).toBeNull();
    expect(heard.next('Importing…', '50 of 100', 0.5)).toBe('50 of 100');
  });
});

describe('Announcer', () => {
  it('says the same words twice as a change, so both are heard', () => {
    const a = new Announcer();
    a.say('Import finished. Added: 1.');
    const first = a.text;
    a.say('Import finished. Added: 1.');
    expect(a.text).not.toBe(first);
    expect(a.text.trim()).toBe(first);
  });
});

describe('Announcer.unsay', () => {
  it('takes back only the words still said', () => {
    const a = new Announcer();
    a.say('Import finished. Added: 1.');
    a.unsay('Re-extracted 1 report');
    expect(a.text).toBe('Import finished. Added: 1.');
    a.unsay('Import finished. Added: 1.');
    expect(a.text).toBe('');
  });
});
