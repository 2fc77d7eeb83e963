import { Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../common/actor';
import { Authorize, CurrentActor } from '../auth/decorators';
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

  @Delete(':id')
  @Authorize('attachments', 'delete')
  @HttpCode(200)
  @ApiOperation({ summary: '删除附件 (by its uploader while the record is editable: 403 someone else, 409 the record is not editable)' })
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    await this.attachments.remove(actor, id);
    return { ok: true };
  }
}
