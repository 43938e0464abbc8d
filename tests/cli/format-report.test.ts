import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/format';
import { notice } from '../../src/shared/api/notices';
import type { IngestReport } from '../../src/shared/api';

const skip = (name: string, reasonCoded: IngestReport['skipped'][number]['reasonCoded'], locator?: string): IngestReport['skipped'][number] => ({ name, code: 'BAD_INPUT', reason: '', reasonCoded, ...(locator ? { locator } : {}) });

describe('formatReport', () => {
  it('names each skipped file once, with its line, and never the module', () => {
    const report: IngestReport = {
      added: [],
      present: [],
      warnings: [],
      durationMs: 100,
      skipped: [
        skip('leer.txt', notice('ingest.file-empty', { name: 'leer.txt' })),
        skip('riesig.txt', notice('ingest.file-too-large', { name: 'riesig.txt', megabytes: 200, limit: 32 })),
        skip('records.jsonl', notice('ingest.record-not-json', { name: 'records.jsonl', locator: 'line 11', detail: 'Unexpected token' }), 'line 11'),
      ],
    };
    const lines = formatReport(report).split('\n').slice(1);
    expect(lines).toHaveLength(3);
    for (const [i, name] of ['leer.txt', 'riesig.txt', 'records.jsonl'].entries()) {
      expect(lines[i]!.split(name).length - 1, lines[i]).toBe(1);
      expect(lines[i]).not.toContain('ingest:');
    }
    expect(lines[2]).toMatch(/11/);
  });
});
