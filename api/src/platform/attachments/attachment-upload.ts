import { BadRequestException, CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer, { diskStorage, MulterError } from 'multer';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { catchError, Observable, throwError } from 'rxjs';
import { fieldError } from '../../common/errors';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { ATTACHMENT_EVIDENCE_TYPE_MAX, ATTACHMENT_NOTE_MAX, INCOMING } from './attachments.service';

/**
 * The multipart reader of every attachment upload: one file `file` streamed to a temp file (never into
 * memory), cut off at ATTACHMENT_LIMIT_MB (413, the partial file removed, the rest of the body discarded
 * unread), at most the `note` and `evidenceType` fields. File names are read as UTF-8 (busboy's default is Latin-1). The temp file
 * is removed whatever happens next (the service also removes it once kept).
 */
@Injectable()
export class AttachmentUpload implements NestInterceptor {
  private readonly single: ReturnType<ReturnType<typeof multer>['single']>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const incoming = path.join(config.attachmentDir, INCOMING);
    this.single = multer({
      storage: diskStorage({
        destination: (_req, _file, cb) => {
          fs.mkdirSync(incoming, { recursive: true });
          cb(null, incoming);
        },
        filename: (_req, _file, cb) => cb(null, `${Date.now()}-${randomBytes(8).toString('hex')}`),
      }),
      limits: { fileSize: config.attachmentLimitMb * 1024 * 1024, files: 1, fields: 2, parts: 3, fieldSize: ATTACHMENT_NOTE_MAX * 4 },
      defParamCharset: 'utf8',
    }).single('file');
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    await new Promise<void>((resolve, reject) =>
      this.single(req, http.getResponse<Response>(), (err: unknown) => (err ? reject(this.refusal(err)) : resolve())),
    );
    return next.handle().pipe(
      catchError((err: unknown) => {
        if (req.file?.path) fs.rmSync(req.file.path, { force: true });
        return throwError(() => err);
      }),
    );
  }

  private refusal(err: unknown): Error {
    if (!(err instanceof MulterError)) {
      return fieldError('file', '上传内容不是有效的 multipart/form-data (the upload is not valid multipart/form-data)');
    }
    const mb = this.config.attachmentLimitMb;
    switch (err.code) {
      case 'LIMIT_FILE_SIZE':
        return new PayloadTooLargeException({
          statusCode: 413,
          error: 'Payload Too Large',
          message: [`file: 文件超过 ${mb} MB 上限 (the file is larger than the ${mb} MB limit, ATTACHMENT_LIMIT_MB)`],
          details: [{ field: 'file', messages: [`larger than ${mb} MB`] }],
        });
      case 'LIMIT_FIELD_VALUE': {
        if (err.field === 'evidenceType') {
          return fieldError('evidenceType', `证据种类不能超过 ${ATTACHMENT_EVIDENCE_TYPE_MAX} 个字符 (at most ${ATTACHMENT_EVIDENCE_TYPE_MAX} characters)`);
        }
        return fieldError('note', `备注不能超过 ${ATTACHMENT_NOTE_MAX} 个字符 (at most ${ATTACHMENT_NOTE_MAX} characters)`);
      }
      case 'LIMIT_FILE_COUNT':
      case 'LIMIT_UNEXPECTED_FILE':
        return fieldError('file', '一次只能上传一个文件，字段名为 file (one file, in the field "file")');
      default:
        return new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          message: ['file: 上传只能包含 file、note 和 evidenceType 字段 (the upload holds only the fields "file", "note" and "evidenceType")'],
          details: [{ field: 'file', messages: [err.code] }],
        });
    }
  }
}
