import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Global,
  Inject,
  Injectable,
  Module,
  NestInterceptor,
  PayloadTooLargeException,
  UseInterceptors,
} from '@nestjs/common';
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
      filename: (_req, file, cb) =>
        cb(
          null,
          `${Date.now()}-${randomBytes(6).toString('hex')}${path
            .extname(file.originalname)
            .toLowerCase()
            .replace(/[^.a-z]/g, '')}`,
        ),
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

/** Multer's "File too large" names neither the field nor the limit: say both (multer removes the partial file). */
@Injectable()
class NameUploadLimit implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((err: unknown) => {
        if (!(err instanceof PayloadTooLargeException)) return throwError(() => err);
        const mb = this.config.uploadLimitMb;
        return throwError(
          () =>
            new PayloadTooLargeException({
              statusCode: 413,
              error: 'Payload Too Large',
              message: [`file: 文件超过 ${mb} MB 上限 (the file is larger than the ${mb} MB limit, UPLOAD_LIMIT_MB)`],
              details: [{ field: 'file', messages: [`larger than ${mb} MB`] }],
            }),
        );
      }),
    );
  }
}

/** The one upload decorator of every import's POST: the file as `file`, to disk, deleted if the request fails. */
export const ImportUpload = () => applyDecorators(UseInterceptors(NameUploadLimit, FileInterceptor('file'), DeleteUploadOnError));

@Global()
@Module({ imports: [uploads], providers: [ImportsService], exports: [ImportsService, uploads] })
export class ImportsModule {}
