import type { Request } from 'express';

/** The session token a request carries: a bearer token, else the session cookie (auth guard and the docs gate). */
export function sessionTokenOf(req: Request, cookieName: string): { token: string | null; viaCookie: boolean } {
  const header = req.headers.authorization;
  const bearer = typeof header === 'string' && /^Bearer\s+/i.test(header) ? header.replace(/^Bearer\s+/i, '').trim() : null;
  const cookie = (req.cookies as Record<string, string> | undefined)?.[cookieName];
  return { token: bearer || cookie || null, viaCookie: !bearer };
}
