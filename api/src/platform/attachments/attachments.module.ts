import { Global, Module } from '@nestjs/common';
import { AttachmentUpload } from './attachment-upload';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';

/** Evidence files for any record that registers as their owner (AttachmentOwner + attachmentRoutes). */
@Global()
@Module({ controllers: [AttachmentsController], providers: [AttachmentsService, AttachmentUpload], exports: [AttachmentsService, AttachmentUpload] })
export class AttachmentsModule {}
