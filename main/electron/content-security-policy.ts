/**
 * The page may load only its own scripts and styles, and talk to nothing: the app works offline. The same
 * policy is sent by the e2e server, so tests run under production rules.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; frame-src 'none'";
