import type { IngestSkip } from '../../shared/api';
import type { Notice } from '../../shared/api/notices';
import type { ErrorCode } from '../../shared/errors';
import { english } from '../../shared/i18n';

/** An input that was not ingested: its kind of failure (an `ErrorCode`, or `TIMEOUT`), and why as a code and in English. */
export function skipOf(name: string, code: ErrorCode | 'TIMEOUT', why: Notice, locator?: string | null): IngestSkip {
  return { name, ...(locator ? { locator } : {}), code, reason: english(why), reasonCoded: why };
}
