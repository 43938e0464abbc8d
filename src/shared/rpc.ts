import { API_METHODS, isApiMethod, type ApiMethod, type ParallaxApi } from './api';
import { ApiError, toErrorData, type Result } from './errors';

/**
 * Generic glue for every transport: `dispatch` runs a named call on the serving side and
 * always answers with a `Result`; `createApiProxy` builds a `ParallaxApi` on the calling side
 * from one `send` function. No per-method code anywhere.
 */

/** Sends one call over a transport and resolves with the `Result` the other side sent back. */
export type SendCall = (method: ApiMethod, args: unknown[]) => Promise<Result<unknown>>;

/**
 * Runs `api[method](...args)` after checking the method against the allowlist. Never throws:
 * every failure becomes `{ ok: false, error }`.
 */
export async function dispatch(
  api: ParallaxApi,
  method: unknown,
  args: unknown,
): Promise<Result<unknown>> {
  if (!isApiMethod(method)) {
    return {
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: `api: unknown method ${JSON.stringify(method)}` },
    };
  }
  if (!Array.isArray(args)) {
    return { ok: false, error: { code: 'BAD_INPUT', message: `api: arguments of ${method} must be an array` } };
  }
  try {
    const fn = api[method] as (...a: unknown[]) => Promise<unknown>;
    const value = await fn.apply(api, args);
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: toErrorData(e) };
  }
}

/** Builds a `ParallaxApi` whose every method goes through `send` and unwraps the `Result`. */
export function createApiProxy(send: SendCall): ParallaxApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    api[method] = async (...args: unknown[]) => {
      // Trailing undefined arguments would become null in JSON; drop them so optional
      // parameters stay optional on the other side.
      while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
      const result = await send(method, args);
      if (result.ok) return result.value;
      throw new ApiError(result.error.code, result.error.message, result.error.messageCoded);
    };
  }
  return api as unknown as ParallaxApi;
}
