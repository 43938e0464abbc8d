import { describe, expect, it } from 'vitest';
import { chronoDate } from '../../../../src/core/ingest/dates/chrono';

describe('chronoDate', () => {
  it('reads a free-form date line that prints its year', () => {
    expect(chronoDate('Thursday 16 November 2017 5.33pm', 'en')?.date).toBe('2017-11-16T17:33');
    expect(chronoDate('Stand: 06.11.23', 'de')?.date.slice(0, 10)).toBe('2023-11-06');
  });

  it('refuses a relative word, which chrono dates by its reference day', () => {
    // These were read as 2000-01-01 (the fixed reference) and taken as the report's date.
    expect(chronoDate('Heute', 'de')).toBeNull();
    expect(chronoDate('Jetzt bewerben', 'de')).toBeNull();
    expect(chronoDate('VOR 2 STUNDEN', 'de')).toBeNull();
    expect(chronoDate('Updated today', 'en')).toBeNull();
  });
});
