import type { HttpError, ValidationErrors } from '@refinedev/core';
import type { CurrentUser } from '@yibao/shared';
import { i18n, localizeGuardRefusal, localizeServerError, localizeServerText } from './i18n';

/**
 * The one HTTP client of the admin: cookie session (never the bearer token in the browser), the CSRF
 * header on writes, and every failure turned into a Refine `HttpError` the UI knows how to show.
 */
export const API_URL = '/api';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The error body of the API contract: `{statusCode, message, error, details?}`. */
interface ApiErrorBody {
  statusCode?: number;
  message?: string | string[];
  error?: string;
  details?: unknown;
  /** a statutory guard's refusal (shared fraud/guards.ts): its stable code and the article it enforces, top level */
  code?: unknown;
  article?: unknown;
  field?: unknown;
}

/** A refusal by a statutory guard: which rule, the clause it enforces, the request field it is about. */
export interface GuardRefusal {
  code: string;
  article: string;
  field?: string;
}

export interface ApiError extends HttpError {
  /** 409 from an optimistic-lock check: someone else changed the record since it was read */
  stale?: boolean;
  /** the request never got an answer (server down, network cut) */
  network?: boolean;
  /** `details.reason` of the error body, e.g. password_change_required */
  reason?: string;
  /** a statutory guard refused the step (its label and article are the message) */
  guard?: GuardRefusal;
}

/** The guard of an error body, when it names one (`code` and `article` at the top level). */
function guardOf(body: ApiErrorBody | null): GuardRefusal | undefined {
  if (!body || typeof body.code !== 'string' || typeof body.article !== 'string') return undefined;
  return { code: body.code, article: body.article, ...(typeof body.field === 'string' ? { field: body.field } : {}) };
}

let session: CurrentUser | null = null;

/** The signed-in user as last read from `/api/auth/me` or the login answer (null when signed out). */
export function currentSession(): CurrentUser | null {
  return session;
}

export function setSession(user: CurrentUser | null): void {
  session = user;
}

/** Strips the "field: " prefix the API puts on per-field messages: the form shows them under the field. */
function fieldMessage(field: string, message: string): string {
  const prefix = `${field}: `;
  return localizeServerText(message.startsWith(prefix) ? message.slice(prefix.length) : message);
}

/**
 * Field errors from `details: [{field, messages}]`. Validation messages carry the "field: " prefix and the
 * text; a few 409s (duplicate username/code) keep the text in `message` and only a code word in details.
 */
function toValidationErrors(details: unknown, lines: string[]): ValidationErrors | undefined {
  if (!Array.isArray(details)) return undefined;
  const errors: ValidationErrors = {};
  for (const d of details as Array<{ field?: unknown; messages?: unknown; code?: unknown }>) {
    if (typeof d?.field !== 'string' || !Array.isArray(d.messages)) continue;
    const field = d.field;
    if (d.code) {
      errors[field] = [localizeServerError(d, fieldMessage(field, String(d.messages[0] ?? '')))];
      continue;
    }
    const prefixed = (m: string) => m.startsWith(`${field}: `);
    const own = d.messages.map(String);
    const messages = own.some(prefixed) ? own : lines.filter(prefixed);
    errors[field] = (messages.length ? messages : own).map((m) => fieldMessage(field, m));
  }
  return Object.keys(errors).length ? errors : undefined;
}

export function toApiError(status: number, body: ApiErrorBody | null): ApiError {
  const raw = body?.message;
  const lines = (Array.isArray(raw) ? raw : raw ? [raw] : []).map(String);
  // Field names prefix the API's per-field lines; the form shows those under the field already.
  // a domain error's code (details {code, params}) is translated; other messages show the UI language's half
  const text = lines.map((l) => localizeServerText(l.replace(/^[A-Za-z_.]+: /, ''))).join('；');
  // a statutory guard is named by its label and article, whatever the page (the blocked step says which rule)
  const guard = guardOf(body);
  const message = guard ? localizeGuardRefusal(guard, text) : localizeServerError(body?.details, text);
  const details = body?.details as { reason?: string } | undefined;
  if (status === 409 && details?.reason === 'stale_version') {
    return { statusCode: status, message: i18n.t('errors.stale'), stale: true };
  }
  if (status >= 500 || !message) {
    return { statusCode: status, message: status >= 500 ? i18n.t('errors.server') : i18n.t('errors.unknown', { status }) };
  }
  let errors = status === 400 || status === 409 ? toValidationErrors(body?.details, lines) : undefined;
  // the guard's field shows the named refusal under it (a dialog without that field lists it above its form)
  if (guard?.field) errors = { ...errors, [guard.field]: [message] };
  return {
    statusCode: status,
    message,
    errors,
    reason: typeof details?.reason === 'string' ? details.reason : undefined,
    ...(guard ? { guard } : {}),
  };
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: URLSearchParams;
  body?: unknown;
}

export interface ApiResponse<T> {
  data: T;
  headers: Headers;
}

/** Calls `/api<path>`; resolves with the parsed JSON, rejects with an `ApiError`. */
export async function apiFetch<T>(path: string, { method = 'GET', query, body }: ApiRequest = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (WRITE_METHODS.has(method) && session?.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
  const qs = query?.toString();
  let res: Response;
  try {
    res = await fetch(`${API_URL}${path}${qs ? `?${qs}` : ''}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    const error: ApiError = { statusCode: 0, message: i18n.t('errors.network'), network: true };
    throw error;
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page: keep json null, the status says enough.
  }
  if (!res.ok) throw toApiError(res.status, json as ApiErrorBody | null);
  return { data: json as T, headers: res.headers };
}

/** The file name of a download from `Content-Disposition` (RFC 5987 `filename*` first, for Chinese names). */
function downloadName(header: string | null, fallback: string): string {
  const star = header && /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // a malformed escape: fall through to the plain name
    }
  }
  const plain = header && /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

/**
 * `GET /api<path>` for bytes (a download, a preview) through the same session: the response once it is ok;
 * no answer or a refusal rejects with an `ApiError` like any other call.
 */
export async function apiFetchFile(path: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(`${API_URL}${path}`, { credentials: 'same-origin' });
  } catch {
    const error: ApiError = { statusCode: 0, message: i18n.t('errors.network'), network: true };
    throw error;
  }
  if (!res.ok) {
    let body: ApiErrorBody | null = null;
    try {
      body = (await res.json()) as ApiErrorBody;
    } catch {
      // not JSON: the status says enough
    }
    throw toApiError(res.status, body);
  }
  return res;
}

/**
 * Downloads a file the API builds (`GET /api<path>`, e.g. an XLSX export) under the name the server gives,
 * through the same session; a refusal rejects with an `ApiError` like any other call, never a JSON page.
 */
export async function apiDownload(path: string, fallbackName = 'download'): Promise<string> {
  const res = await apiFetchFile(path);
  const name = downloadName(res.headers.get('Content-Disposition'), fallbackName);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the blob goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
