import 'reflect-metadata';
import { ConsoleLogger, Logger, LogLevel } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { ROLE_LABELS } from '@yibao/shared';
import { createApp } from './app';
import { AppConfig, LOG_LEVELS, loadConfig } from './config/config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './platform/seed/seed';

/** Nest's start-up chatter (a line per module and ~200 per route): shown at LOG_LEVEL=debug only. */
const START_UP_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/** The console logger with Nest's start-up chatter moved down to debug, so what a start does stays visible. */
class StartLogger extends ConsoleLogger {
  log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (typeof context === 'string' && START_UP_CONTEXTS.has(context)) super.debug(message, ...rest);
    else super.log(message, ...rest);
  }
}

function loggerFor(config: AppConfig): StartLogger {
  const levels: LogLevel[] = ['fatal', ...LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1)];
  if (config.logLevel === 'debug') levels.push('verbose');
  return new StartLogger({ logLevels: levels });
}

/** One block at the end of a start: where to go and, in demo mode, who to log in as. */
function readyBlock(config: AppConfig, port: number, ms: number): string {
  const url = `http://localhost:${port}`;
  const lines = [
    '',
    '─'.repeat(72),
    ` 医保帮扶督导平台 ready in ${(ms / 1000).toFixed(1)} s (database: ${config.database.type}${config.demo ? ', demo' : ''})`,
    `   admin     ${url}/`,
    `   API       ${url}/api        OpenAPI ${url}/api/docs`,
  ];
  if (config.demo) {
    lines.push('', ` demo accounts — password for all: ${DEMO_PASSWORD}`);
    for (const a of DEMO_ACCOUNTS) lines.push(`   ${a.username.padEnd(15)} ${ROLE_LABELS[a.role].padEnd(6, '\u3000')} ${a.regionCode} ${a.displayName}`);
  }
  lines.push('─'.repeat(72), '');
  return lines.join('\n');
}

async function main() {
  const started = Date.now();
  const config = loadConfig();
  const app = await createApp(config, { logger: loggerFor(config) });
  app.enableShutdownHooks();
  await app.listen(config.port, process.env.HOST || '0.0.0.0');
  // the port bound, which PORT=0 leaves to the system (tests that start several processes read it here)
  const port = (app.getHttpServer().address() as AddressInfo).port;
  new Logger('Yibao').log(`listening on port ${port}`);
  process.stdout.write(readyBlock(config, port, Date.now() - started));
}

main().catch((err) => {
  console.error(`yibao: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
