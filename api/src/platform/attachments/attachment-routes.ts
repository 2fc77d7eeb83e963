import { Body, Get, HttpCode, Injectable, Param, ParseIntPipe, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Action, Resource } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { Authorize, CurrentActor } from '../auth/decorators';
import { AttachmentUpload } from './attachment-upload';
import { ATTACHMENT_EVIDENCE_TYPE_MAX, ATTACHMENT_NOTE_MAX, AttachmentsService, IncomingFile } from './attachments.service';

/** The multipart fields besides the file. */
export class AttachmentNoteDto {
  @IsOptional()
  @IsString()
  @MaxLength(ATTACHMENT_NOTE_MAX)
  note?: string;

  /** a code of the resource's evidence-type list (ATTACHMENT_EVIDENCE_TYPE_LISTS); 400 where the resource has none */
  @IsOptional()
  @IsString()
  @MaxLength(ATTACHMENT_EVIDENCE_TYPE_MAX)
  evidenceType?: string;
}

/** `PATCH /api/attachments/:id`: the evidence type, corrected after the upload. */
export class AttachmentEvidenceTypeDto {
  @ApiProperty({ description: '证据种类: a code of the owner resource’s list (fraud-cases: 令第4号 art. 19)', example: 'documentary' })
  @IsString({ message: 'evidenceType: 须为证据种类代码 (an evidence type code)' })
  @MaxLength(ATTACHMENT_EVIDENCE_TYPE_MAX, {
    message: `evidenceType: 最多 ${ATTACHMENT_EVIDENCE_TYPE_MAX} 字 (at most ${ATTACHMENT_EVIDENCE_TYPE_MAX} characters)`,
  })
  evidenceType: string;
}

/**
 * The routes a resource with evidence has, the same for every owner: `GET :id/attachments` (the owner's
 * `show`) and `POST :id/attachments` (the owner's `uploadAction`, `edit` unless the resource declares another,
 * as in its `AttachmentOwner`). A resource adds `@Controller('<resource>') class … extends attachmentRoutes(…)`
 * to its module and registers its owner with `AttachmentsService.register`. Download and delete by id are
 * `/api/attachments/:id…` (attachments.controller.ts).
 */
export function attachmentRoutes(resource: Resource, uploadAction: Action = 'edit') {
  // decorated so its constructor's parameter types are emitted: a resource's controller adds no constructor
  @Injectable()
  abstract class AttachmentRoutes {
    constructor(readonly attachments: AttachmentsService) {}

    @Get(':id/attachments')
    @Authorize(resource, 'show')
    @ApiOperation({
      summary: '附件列表 (evidence files of the record): [{id, fileName, size, sha256, contentType, uploadedBy, uploadedAt, note, evidenceType, deletable}]',
    })
    listAttachments(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
      return this.attachments.list(actor, resource, id);
    }

    @Post(':id/attachments')
    @Authorize(resource, uploadAction)
    @HttpCode(201)
    @UseInterceptors(AttachmentUpload)
    @ApiConsumes('multipart/form-data')
    @ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary' },
          note: { type: 'string', maxLength: ATTACHMENT_NOTE_MAX },
          evidenceType: {
            type: 'string',
            maxLength: ATTACHMENT_EVIDENCE_TYPE_MAX,
            description: '证据种类: a code of the resource’s list (fraud-cases: 令第4号 art. 19); 400 for a resource without one',
          },
        },
      },
    })
    @ApiOperation({
      summary: '上传附件 (PDF, JPEG, PNG, OFD, XLSX, DOCX by content; 415 otherwise, 413 over ATTACHMENT_LIMIT_MB; 409 when the record is not editable)',
    })
    uploadAttachment(
      @CurrentActor() actor: Actor,
      @Param('id', ParseIntPipe) id: number,
      @UploadedFile() file: IncomingFile | undefined,
      @Body() dto: AttachmentNoteDto,
    ) {
      return this.attachments.upload(actor, resource, id, file, dto.note, dto.evidenceType);
    }
  }
  return AttachmentRoutes;
}
