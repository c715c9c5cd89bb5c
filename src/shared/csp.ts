// The renderer's Content-Security-Policy, the same in Electron and in the browser host: only the app's own
// scripts (no eval, no inline script), no plugins, no framing, no remote connections. React sets styles
// through the CSSOM, which style-src does not restrict, so no 'unsafe-inline' is needed either.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'"
].join('; ')
