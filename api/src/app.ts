import { Logger, LoggerService, LogLevel, UnauthorizedException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AppConfig } from './config/config';
import { ApiExceptionFilter, createValidationPipe, fieldErrors, toErrorBody } from './common/errors';
import { AccessRecorder } from './common/access-trace';
import { findBodyProblem, findQueryProblem, InputProblem, verifyUtf8Body } from './common/input-guard';
import { AuditLogService } from './platform/audit-log/audit-log.service';
import { sessionTokenOf } from './platform/auth/session-token';
import { SessionsService } from './platform/auth/sessions.service';
import { configureSessions, migrate } from './database/data-source';
import { withStartLock } from './database/start-lock';
import { demoAccountsWithDemoPassword, seedHolidays, seedRegions } from './platform/seed/seed';
import { seedDemo, seedDemoActivity } from './demo';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function refuse(res: Response, problem: InputProblem) {
  const body = toErrorBody(fieldErrors([{ field: problem.field, messages: [problem.message] }]));
  return res.status(body.statusCode).json(body);
}

/**
 * JSON bodies only, within the size limit, valid UTF-8; parse errors, non-object bodies and what
 * input-guard refuses (too deep, prototype keys, NUL, lone surrogates — in the body and in the query
 * string) answer in the contract's error shape (400/413) instead of reaching a handler.
 */
function jsonBody(limit: string) {
  const parse = express.json({ limit, strict: true, verify: verifyUtf8Body });
  return (req: Request, res: Response, next: NextFunction) => {
    // API queries only: the panel's own addresses are read by the browser app, not the server
    const queryAt = req.originalUrl.indexOf('?');
    const api = req.path === '/api' || req.path.startsWith('/api/');
    const queryProblem = queryAt < 0 || !api ? null : findQueryProblem(req.originalUrl.slice(queryAt + 1));
    if (queryProblem) return refuse(res, queryProblem);
    parse(req, res, (err?: unknown) => {
      if (err) {
        const body = toErrorBody(err);
        return res.status(body.statusCode).json(body);
      }
      if (WRITE_METHODS.has(req.method) && req.body !== undefined && (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body))) {
        return res.status(400).json({ statusCode: 400, error: 'Bad Request', message: '请求体须为 JSON 对象 (the body must be a JSON object)' });
      }
      const bodyProblem = req.body === undefined ? null : findBodyProblem(req.body);
      if (bodyProblem) return refuse(res, bodyProblem);
      next();
    });
  };
}

/**
 * Content-Security-Policy of the panel and the OpenAPI UI: scripts only from our own files (the built
 * index.html and swagger-ui load theirs from files, nothing inline); styles may be inline because antd's
 * CSS-in-JS and swagger-ui's page inject <style> elements; images also as data: (icons in CSS).
 */
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // the attachment preview shows a PDF the panel fetched as a blob: of type application/pdf in a frame
  'frame-src blob:',
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
/** JSON and downloads load nothing. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
/** swagger-ui's own files under /api/docs/ (the only /api responses a browser may cache) */
const DOCS_ASSET = /^\/api\/docs\/[\w.-]+\.(?:js|css|png|ico)$/;

function securityHeaders(config: AppConfig) {
  return (req: Request, res: Response, next: NextFunction) => {
    const api = req.path === '/api' || req.path.startsWith('/api/');
    const docsPage = req.path === '/api/docs' || req.path.startsWith('/api/docs/');
    res.setHeader('Content-Security-Policy', api && !docsPage ? API_CSP : PAGE_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    // behind HTTPS (the cookie is Secure only then): browsers keep to HTTPS for a year
    if (config.session.cookieSecure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    // API answers carry personal data: never kept by a browser or proxy cache
    if (api && !DOCS_ASSET.test(req.path)) res.setHeader('Cache-Control', 'no-store');
    next();
  };
}

/**
 * In production the OpenAPI document and UI need a session like any API route (bearer token or the panel's
 * cookie): they describe every route and field. Elsewhere they stay open for development.
 */
function docsGate(app: NestExpressApplication, config: AppConfig) {
  const sessions = app.get(SessionsService);
  return async (req: Request, res: Response, next: NextFunction) => {
    const { token } = sessionTokenOf(req, config.session.cookieName);
    const state = token ? await sessions.resolve(token) : null;
    if (state?.ok) return next();
    const body = toErrorBody(new UnauthorizedException('请先登录后查看接口文档 (sign in to read the API documentation)'));
    res.status(body.statusCode).json(body);
  };
}

export interface BootOptions {
  logger?: false | LogLevel[] | LoggerService;
  /** skip serving the admin build (tests) */
  serveAdmin?: boolean;
}

/** Builds the whole HTTP application: the one place pipes, filters, guards and docs are wired. */
export async function createApp(config: AppConfig, options: BootOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: options.logger ?? ['log', 'warn', 'error'],
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.setGlobalPrefix('api');
  app.use(securityHeaders(config));
  // gzip JSON and the admin's static assets (the login route's JS is ~1.2 MB raw, ~390 KB gzip)
  app.use(compression());
  app.use(cookieParser());
  app.use(jsonBody(config.bodyLimit));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter(app.get(AccessRecorder)));

  const doc = new DocumentBuilder()
    .setTitle('医保帮扶督导平台 API')
    .setDescription('Medical-assistance supervision platform. Lists follow the simple-rest contract (X-Total-Count); money in fen; region codes as strings.')
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer' }, 'bearer')
    .addCookieAuth(config.session.cookieName, { type: 'apiKey', in: 'cookie' }, 'cookie')
    .build();
  if (config.production) app.use(['/api/docs', '/api/docs-json'], docsGate(app, config));
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'api/docs-json' });

  if (options.serveAdmin !== false) serveAdmin(app, config);
  // the schema must be current before any module's start-up hook (e.g. resuming imports) touches it
  await configureSessions(app.get(DataSource));
  // processes started at once on one database prepare it one after another (the demo's first run included)
  await withStartLock(app.get(DataSource), new Logger('Database'), async () => {
    await prepareDatabase(app.get(DataSource), app.get(AuditLogService), config);
    await app.init();
    // the demo's work in progress goes through the services, so it waits for their start-up hooks
    await seedDemoActivity(app, config, new Logger('Database'));
  });
  return app;
}

/** The built admin under `/`, with client-side routes falling back to index.html. */
function serveAdmin(app: NestExpressApplication, config: AppConfig): void {
  const index = path.join(config.adminDist, 'index.html');
  if (!fs.existsSync(index)) {
    new Logger('Admin').warn(`no admin build at ${config.adminDist}; run npm run build`);
    return;
  }
  app.use(express.static(config.adminDist, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path === '/api' || req.path.startsWith('/api/')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** Migrate, seed reference data, and (demo) demo accounts; refuse a production start with demo passwords. */
export async function prepareDatabase(ds: DataSource, audit: AuditLogService, config: AppConfig): Promise<void> {
  const logger = new Logger('Database');
  if (config.autoMigrate) {
    const started = Date.now();
    const ran = await migrate(ds, () => logger.log('migrating the database…'));
    if (ran.length) logger.log(`applied ${ran.length} migration(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    logger.debug(`migrations applied: ${ran.join(', ') || 'none'}`);
  } else if (await ds.showMigrations()) {
    throw new Error('the database has pending migrations: run `npm run migrate` first');
  }
  await audit.ensureChainHead();
  if (await audit.isUnkeyed()) {
    // a chain written before the HMAC key: demo data is re-signed; real data waits for the operator
    if (config.demo) logger.warn(`re-signed ${await audit.signUnkeyedChain('system')} demo audit row(s) written before the chain was keyed`);
    else
      logger.warn(
        'the audit chain was written before it was keyed: verify reports it invalid until `node api/dist/api/src/cli.js sign-audit-chain` re-signs it',
      );
  }
  const regions = await seedRegions(ds);
  if (regions) logger.log(`seeded ${regions} regions`);
  const holidays = await seedHolidays(ds);
  if (holidays) logger.log(`seeded ${holidays} holiday calendar days`);
  if (config.demo) await seedDemo(ds, audit, config, logger);
  if (config.production) {
    const weak = await demoAccountsWithDemoPassword(ds);
    if (weak.length) {
      throw new Error(
        `refusing to start in production: demo account(s) ${weak.join(', ')} still have the published demo password; change or disable them first`,
      );
    }
  }
}
