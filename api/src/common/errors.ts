import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ConflictException,
  ExceptionFilter,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Logger,
  NotFoundException,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { errorMessage, maskIdNumbersIn, type ErrorCode, type NoteParams } from '@yibao/shared';
import { AccessRecorder, traceRefusal } from './access-trace';

/** The error body of ARCHITECTURE §3: `{statusCode, message, error, details?}`. */
export interface ErrorBody {
  statusCode: number;
  message: string | string[];
  error: string;
  details?: unknown;
  /** a rule's refusal (`ruleRefusal`): its stable code, the clause it enforces and the field it is about, at the top level */
  code?: string;
  article?: string;
  field?: string;
}

/** A refusal by a cited rule (a statutory guard): a stable code, the article it enforces, the request field it is about. */
export interface RuleRefusal {
  code: string;
  article: string;
  field?: string;
  /** "中文 (english)" */
  message: string;
}

/**
 * A rule's refusal as an error: `code`, `article` and `field` at the top level of the body (the client names the
 * guard and the clause on the blocked step), `details` the one-field list every 400 has. 400 for the request's
 * content, 409 for the record's state.
 */
export function ruleRefusal(status: 400 | 409, refusal: RuleRefusal): HttpException {
  const body = {
    statusCode: status,
    error: STATUS_NAMES[status],
    message: refusal.field ? [`${refusal.field}: ${refusal.message}`] : refusal.message,
    code: refusal.code,
    article: refusal.article,
    ...(refusal.field ? { field: refusal.field } : {}),
    details: [{ field: refusal.field ?? '', messages: [refusal.message], rule: refusal.code, article: refusal.article }],
  };
  return status === 400 ? new BadRequestException(body) : new ConflictException(body);
}

export interface FieldError {
  field: string;
  messages: string[];
  /** a domain error's code and figures (shared ERROR_CODES): the admin shows it in the user's language */
  code?: ErrorCode;
  params?: NoteParams;
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) {
      const messages = Object.entries(e.constraints).map(([key, msg]) =>
        key === 'whitelistValidation' ? `${field}: unknown field, remove it (未知字段)` : msg,
      );
      out.push({ field, messages });
    }
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/** A 400 naming each bad field: message holds one line per field, details the structured list. */
export function fieldErrors(fields: FieldError[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: fields.map((f) => f.messages.join('; ')),
    details: fields,
  });
}

export function fieldError(field: string, message: string): BadRequestException {
  return fieldErrors([{ field, messages: [`${field}: ${message}`] }]);
}

/**
 * A domain error by code (shared ERROR_CODES): `details` = `{code, params, ...extra}`, `message` its zh + en
 * text. The body keeps the contract's shape; clients that know the code translate it, others show `message`.
 */
export function domainError(status: 400 | 403 | 404 | 409, code: ErrorCode, params: NoteParams = {}, extra: Record<string, unknown> = {}): HttpException {
  const body = { statusCode: status, error: STATUS_NAMES[status], message: errorMessage(code, params), details: { ...extra, code, params } };
  // the status's own exception class: callers and the access log tell a 403 or a 404 by it
  const Exception = { 400: BadRequestException, 403: ForbiddenException, 404: NotFoundException, 409: ConflictException }[status];
  return new Exception(body);
}

/** A field's 400 by code: one `details` entry naming the field, with the code and its params. */
export function fieldDomainError(field: string, code: ErrorCode, params: NoteParams = {}): BadRequestException {
  return fieldErrors([{ field, messages: [`${field}: ${errorMessage(code, params)}`], code, params }]);
}

/** The one validation pipe: whitelist, reject unknown properties, transform, one message per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => fieldErrors(flatten(errors)),
  });
}

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  423: 'Locked',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Normalises every error into the contract's body; unexpected errors are logged and answered 500. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  /** `access`: where refusals are recorded (the app's AccessRecorder); none in a unit test of the filter alone. */
  constructor(private readonly access?: AccessRecorder) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      // the path only: a query string may carry personal data (an ID number searched with `q`); a driver's
      // message may quote one too ("Duplicate entry '4502…'"), so ID-shaped text is masked
      this.logger.error(maskIdNumbersIn(`${req.method} ${req.originalUrl.split('?')[0]}: ${(exception as Error)?.stack ?? exception}`));
    }
    const send = () => void (res.headersSent || res.status(body.statusCode).json(body));
    // a 403, or a record's 404 from the scope helper, goes to the access log before the answer leaves
    const traced = traceRefusal(this.access, req, exception, body.statusCode);
    if (!traced) return send();
    traced.catch((e) => this.logger.error(`access log: ${(e as Error)?.stack ?? e}`)).finally(send);
  }
}

export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'object' && response !== null) {
      const r = response as Partial<ErrorBody>;
      return {
        statusCode: status,
        message: r.message ?? exception.message,
        error: r.error ?? STATUS_NAMES[status] ?? 'Error',
        ...(r.details !== undefined ? { details: r.details } : {}),
        ...(typeof r.code === 'string' ? { code: r.code } : {}),
        ...(typeof r.article === 'string' ? { article: r.article } : {}),
        ...(typeof r.field === 'string' ? { field: r.field } : {}),
      };
    }
    return { statusCode: status, message: String(response), error: STATUS_NAMES[status] ?? 'Error' };
  }
  // Errors from body-parser and friends carry an HTTP status of their own.
  const e = exception as { status?: number; statusCode?: number; type?: string; message?: string };
  const status = e?.status ?? e?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    if (e.type === 'entity.too.large') return coded(status, 'body_too_large');
    if (e.type === 'entity.parse.failed') return coded(status, 'body_not_json');
    return { statusCode: status, message: e.message ?? 'bad request', error: STATUS_NAMES[status] ?? 'Error' };
  }
  // deadlocks and Galera certification conflicts that outlasted inTransaction's retries (database/data-source.ts, named so common/ needs no import of it): 503, try again
  if (exception instanceof Error && exception.name === 'TransactionConflictError') return coded(HttpStatus.SERVICE_UNAVAILABLE, 'database_busy');
  if (exception instanceof QueryFailedError) {
    const code = (exception as QueryFailedError & { code?: string }).code ?? '';
    if (code === 'ER_DUP_ENTRY' || /UNIQUE constraint failed/.test(exception.message)) return coded(HttpStatus.CONFLICT, 'duplicate_record');
    if (code === 'ER_DATA_TOO_LONG' || code === 'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD') return coded(400, 'value_too_long');
  }
  return coded(500, 'internal_error');
}

function coded(status: number, code: ErrorCode): ErrorBody {
  return { statusCode: status, message: errorMessage(code), error: STATUS_NAMES[status] ?? 'Error', details: { code, params: {} } };
}
