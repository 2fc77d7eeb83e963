import type { Response } from 'express';

export function setTotalCount(res: Response, total: number): void {
  res.setHeader('X-Total-Count', String(total));
}
