import { Global, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diskStorage } from 'multer';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { ImportsService } from './imports.service';

/**
 * The import pipeline and the one upload configuration every import's FileInterceptor uses: uploads go to
 * disk under a random name (never into memory), one file, at most UPLOAD_LIMIT_MB.
 */
const uploads = MulterModule.registerAsync({
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => ({
    storage: diskStorage({
      destination: (_req, _file, cb) => {
        fs.mkdirSync(config.uploadDir, { recursive: true });
        cb(null, config.uploadDir);
      },
      filename: (_req, file, cb) => cb(null, `${Date.now()}-${randomBytes(6).toString('hex')}${path.extname(file.originalname).toLowerCase().replace(/[^.a-z]/g, '')}`),
    }),
    limits: { fileSize: config.uploadLimitMb * 1024 * 1024, files: 1 },
  }),
});

@Global()
@Module({ imports: [uploads], providers: [ImportsService], exports: [ImportsService, uploads] })
export class ImportsModule {}
