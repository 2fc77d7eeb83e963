/**
 * `Content-Disposition: attachment` for a download name in any script (RFC 6266 with RFC 5987's `filename*`):
 * browsers take the UTF-8 name; the ASCII `filename` is for the few that do not — the name itself when it is
 * plain ASCII, else `fallback` with the name's extension.
 */
export function contentDisposition(filename: string, fallback: string): string {
  const printable = /^[\x20-\x7e]+$/.test(filename);
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(filename)?.[0] ?? '';
  const ascii = (printable ? filename : `${fallback}${ext}`).replace(/["\\]/g, '_');
  // RFC 5987 attr-char leaves out ' ( ) * as well, which encodeURIComponent keeps
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
