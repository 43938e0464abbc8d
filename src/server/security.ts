import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

/** A fresh per-run token: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares tokens in constant time, so response timing does not leak the token. */
export function tokenMatches(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * True when the Host header names this machine's loopback address and our port. A web page on
 * another origin can point a DNS name at 127.0.0.1 (DNS rebinding); its requests then carry that
 * name in Host, and are refused here.
 */
export function isLoopbackHost(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  if (!host) return false;
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.toLowerCase());
  if (!m) return false;
  return LOOPBACK_HOSTS.has(m[1]!) && (m[2] === undefined ? port === 80 : Number(m[2]) === port);
}

/** The renderer's policy, the same as in Electron. */
export const CSP = CONTENT_SECURITY_POLICY;

/** Headers sent with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
