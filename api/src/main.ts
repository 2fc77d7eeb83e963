import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app';
import { loadConfig } from './config/config';

async function main() {
  const started = Date.now();
  const config = loadConfig();
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen(config.port, process.env.HOST || '0.0.0.0');
  const url = `http://localhost:${config.port}`;
  new Logger('Yibao').log(
    `医保帮扶督导平台 ready in ${Date.now() - started} ms: admin ${url}/ · API ${url}/api · docs ${url}/api/docs · db ${config.database.type}${config.demo ? ' (demo)' : ''}`,
  );
}

main().catch((err) => {
  console.error(`yibao: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
