/**
 * The renderer's Content Security Policy, the same in every host (Electron sets it on responses,
 * the HTTP host sends it as a header). Everything comes from the app itself; nothing is fetched
 * from elsewhere, framed, posted or evaluated. `style-src` allows inline styles because Svelte's
 * transitions write `style` attributes and inject keyframes at run time; inline *scripts* stay
 * forbidden, which is what matters for article text that might carry markup. The renderer's
 * own `<meta>` policy is stricter still, and the stricter of the two applies.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
