import { timingSafeEqual } from 'node:crypto';

/** Whether two secrets (tokens, hashes, signatures) are equal, in time that does not depend on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
