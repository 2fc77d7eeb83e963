import { NotFoundException } from '@nestjs/common';
import type { Request } from 'express';
import { maskIdNumber, type AccessLogKind } from '@yibao/shared';
import type { Actor } from './actor';

/**
 * What the places that decide a refusal (the scope helper's 404, any 403 — the guard's permission check, CSRF)
 * or serve personal data hand to the access log. Common code cannot import the access-log module (it is above
 * it), so it names the `AccessRecorder` it needs and the access-log module provides it (Nest DI): the exception
 * filter gets it from the app and calls `traceRefusal`, a route serving personal data injects it.
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

/** The access log's writer, as the layers below the platform see it: provided by the access-log module. */
export abstract class AccessRecorder {
  /** One access-log row (e.g. an import error report served: rows with ID numbers in them); `actor` null before sign-in. */
  abstract record(actor: Actor | null, event: AccessEvent): Promise<void>;
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
export function traceRefusal(recorder: AccessRecorder | undefined, req: Request, exception: unknown, statusCode: number): Promise<void> | undefined {
  if (!recorder) return undefined;
  const notFound = exception instanceof RecordNotFoundException;
  if (statusCode !== 403 && !notFound) return undefined;
  const actor = (req as Request & { actor?: Actor }).actor ?? null;
  const route = routeOf(req);
  const id = notFound ? exception.resourceId : (req.params as Record<string, string> | undefined)?.id;
  return recorder.record(actor, {
    kind: notFound ? 'not_found' : 'forbidden',
    resource: notFound ? exception.resource : (route.split('/')[2] ?? '').slice(0, 64) || 'unknown',
    resourceId: id === undefined || id === null ? null : safeFragment(String(id)),
    method: req.method,
    route,
    statusCode,
    ip: req.ip ?? null,
  });
}
