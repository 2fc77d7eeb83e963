import { NotFoundException } from '@nestjs/common';
import type { Request } from 'express';
import { maskIdNumber, type AccessLogKind } from '@yibao/shared';
import type { Actor } from './actor';

/**
 * The hook between the places that decide a refusal (the scope helper's 404, any 403 — the guard's
 * permission check, CSRF) or serve personal data and the access log that records it. Common and platform
 * code cannot depend on the access-log module's wiring, so it installs the recorder at start-up; the
 * exception filter calls `traceRefusal`, a route serving personal data `traceAccess`.
 */
export interface AccessEvent {
  kind: AccessLogKind;
  resource: string;
  resourceId?: string | number | null;
  /** never a whole ID number or a query string: pass it through `safeFragment` */
  detail?: string | null;
  method?: string;
  route?: string;
  statusCode?: number;
  ip?: string | null;
}

type Recorder = (actor: Actor | null, event: AccessEvent) => Promise<void>;
let recorder: Recorder | undefined;

/** Installed by the access-log module; returns the uninstaller. */
export function traceAccessWith(r: Recorder): () => void {
  recorder = r;
  return () => {
    if (recorder === r) recorder = undefined;
  };
}

/** One access-log row (e.g. an import error report served: rows with ID numbers in them). */
export async function traceAccess(actor: Actor | null, event: AccessEvent): Promise<void> {
  if (!recorder) throw new Error('traceAccess: the access-log module is not installed');
  await recorder(actor, event);
}

/** A 404 from the scope helper: the record named, missing or out of the caller's scope. */
export class RecordNotFoundException extends NotFoundException {
  constructor(
    body: object,
    readonly resource: string,
    readonly resourceId: string | number,
  ) {
    super(body);
  }
}

/** Masks anything that looks like an ID number (a run of 10+ digits/X) and bounds the length. */
export function safeFragment(value: string, max = 64): string {
  return value.replace(/\d[\dXx]{9,}/g, (run) => maskIdNumber(run)).slice(0, max);
}

/** The route pattern (`/api/beneficiaries/:id`), never the query string; the raw path masked if no route matched. */
export function routeOf(req: Request): string {
  const pattern = (req.route as { path?: string } | undefined)?.path;
  return safeFragment(pattern ? `${req.baseUrl ?? ''}${pattern}` : req.path, 200);
}

/** Writes the refusal to the access log; resolves when written (the response waits for it). */
export function traceRefusal(req: Request, exception: unknown, statusCode: number): Promise<void> | undefined {
  if (!recorder) return undefined;
  const notFound = exception instanceof RecordNotFoundException;
  if (statusCode !== 403 && !notFound) return undefined;
  const actor = (req as Request & { actor?: Actor }).actor ?? null;
  const route = routeOf(req);
  const id = notFound ? exception.resourceId : (req.params as Record<string, string> | undefined)?.id;
  return recorder(actor, {
    kind: notFound ? 'not_found' : 'forbidden',
    resource: notFound ? exception.resource : (route.split('/')[2] ?? '').slice(0, 64) || 'unknown',
    resourceId: id === undefined || id === null ? null : safeFragment(String(id)),
    method: req.method,
    route,
    statusCode,
    ip: req.ip ?? null,
  });
}
