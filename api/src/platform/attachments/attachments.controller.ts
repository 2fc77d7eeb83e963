import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../common/actor';
import { Authorize, CurrentActor } from '../auth/decorators';
import { AttachmentEvidenceTypeDto } from './attachment-routes';
import { AttachmentsService } from './attachments.service';

@ApiTags('attachments 附件')
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get(':id/content')
  @Authorize('attachments', 'show')
  @ApiOperation({ summary: '下载附件 (download only: Content-Disposition attachment, the sniffed type, nosniff); 404 when its record is out of scope' })
  async content(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    await this.attachments.download(actor, id, res);
  }

  @Patch(':id')
  @Authorize('attachments', 'edit')
  @ApiOperation({
    summary:
      '更正证据种类 ({evidenceType}: one of the owner resource’s types, e.g. the eight of 令第4号 art. 19 for fraud-cases; the owner’s writers while it is editable; audited)',
  })
  setEvidenceType(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: AttachmentEvidenceTypeDto) {
    return this.attachments.setEvidenceType(actor, id, dto.evidenceType);
  }

  @Delete(':id')
  @Authorize('attachments', 'delete')
  @HttpCode(200)
  @ApiOperation({ summary: '删除附件 (by its uploader while the record is editable: 403 someone else, 409 the record is not editable)' })
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    await this.attachments.remove(actor, id);
    return { ok: true };
  }
}
