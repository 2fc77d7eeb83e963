import { applyDecorators, CallHandler, ExecutionContext, Global, Injectable, Module, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { FileInterceptor, MulterModule } from '@nestjs/platform-express';
import type { Request } from 'express';
import { catchError, Observable, throwError } from 'rxjs';
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

/**
 * Deletes the upload when the request fails before the import pipeline took it (a missing or bad parameter
 * is refused by validation after multer has written the file).
 */
@Injectable()
class DeleteUploadOnError implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((err: unknown) => {
        const file = context.switchToHttp().getRequest<Request>().file;
        if (file?.path) fs.rmSync(file.path, { force: true });
        return throwError(() => err);
      }),
    );
  }
}

/** The one upload decorator of every import's POST: the file as `file`, to disk, deleted if the request fails. */
export const ImportUpload = () => applyDecorators(UseInterceptors(FileInterceptor('file'), DeleteUploadOnError));

@Global()
@Module({ imports: [uploads], providers: [ImportsService], exports: [ImportsService, uploads] })
export class ImportsModule {}
