import type { Notice } from './api/notices';

/**
 * Error codes and the result envelope that every transport carries. Only plain data crosses a
 * boundary: an `Error` instance does not survive structured cloning or JSON, so failures travel
 * as `ApiErrorData` and are turned back into an `ApiError` on the calling side.
 */

/** Stable error codes; callers branch on these, never on message text. */
export type ErrorCode =
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'BAD_QUERY'
  | 'CONFLICT'
  | 'UNSUPPORTED'
  | 'TOO_LARGE'
  | 'NOT_A_DATABASE'
  | 'DB_FROM_FUTURE'
  | 'DB_CORRUPT'
  | 'DB_READONLY'
  | 'DB_BUSY'
  | 'DISK_FULL'
  | 'UNAUTHORIZED'
  | 'UNKNOWN_METHOD'
  | 'INTERNAL';

export const ERROR_CODES: readonly ErrorCode[] = [
  'BAD_INPUT',
  'NOT_FOUND',
  'BAD_QUERY',
  'CONFLICT',
  'UNSUPPORTED',
  'TOO_LARGE',
  'NOT_A_DATABASE',
  'DB_FROM_FUTURE',
  'DB_CORRUPT',
  'DB_READONLY',
  'DB_BUSY',
  'DISK_FULL',
  'UNAUTHORIZED',
  'UNKNOWN_METHOD',
  'INTERNAL',
];

/**
 * An error as data. `message` starts with the module and names the offending value (English);
 * `messageCoded`, when the error is one a person can cause, says the same as a code the host
 * words in the person's language.
 */
export interface ApiErrorData {
  code: ErrorCode;
  message: string;
  messageCoded?: Notice;
}

/** What every call returns over a transport. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/** The error thrown by the service and rethrown by every client. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly messageCoded: Notice | undefined;
  constructor(code: ErrorCode, message: string, messageCoded?: Notice) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.messageCoded = messageCoded;
  }
  toData(): ApiErrorData {
    return toErrorData(this);
  }
}

/** True for an `ApiError`, including one made in another realm (it checks the shape). */
export function isApiError(e: unknown): e is ApiError {
  return (
    e instanceof ApiError ||
    (typeof e === 'object' &&
      e !== null &&
      (e as { name?: unknown }).name === 'ApiError' &&
      typeof (e as { code?: unknown }).code === 'string')
  );
}

/** True when `x` has the shape of `ApiErrorData` with a known code. */
export function isApiErrorData(x: unknown): x is ApiErrorData {
  return (
    typeof x === 'object' &&
    x !== null &&
    ERROR_CODES.includes((x as ApiErrorData).code) &&
    typeof (x as ApiErrorData).message === 'string'
  );
}

/** Turns anything thrown into `ApiErrorData`; unknown errors become `INTERNAL`. */
export function toErrorData(e: unknown): ApiErrorData {
  if (isApiError(e)) return { code: e.code, message: e.message, ...(e.messageCoded ? { messageCoded: e.messageCoded } : {}) };
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'INTERNAL', message };
}

/** HTTP status for an error code, used by the HTTP host. */
export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case 'BAD_INPUT':
    case 'BAD_QUERY':
    case 'UNSUPPORTED':
      return 400;
    case 'UNAUTHORIZED':
      return 401;
    case 'NOT_FOUND':
    case 'UNKNOWN_METHOD':
      return 404;
    case 'CONFLICT':
    case 'DB_FROM_FUTURE':
    case 'NOT_A_DATABASE':
      return 409;
    case 'TOO_LARGE':
      return 413;
    case 'DB_BUSY':
      return 503;
    case 'DISK_FULL':
      return 507;
    case 'DB_CORRUPT':
    case 'DB_READONLY':
    case 'INTERNAL':
      return 500;
    default:
      return assertNever(code);
  }
}

/** Ends an exhaustive switch; a new case that is not handled fails to compile. */
export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}
