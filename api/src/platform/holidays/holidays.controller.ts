import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/actor';
import { ListOf } from '../../common/list';
import { Authorize, CurrentActor } from '../auth/decorators';
import { CreateHolidayDto, UpdateHolidayDto } from './dto/holiday.dto';
import { HOLIDAY_LIST, HolidaysService } from './holidays.service';

@ApiTags('holidays 节假日安排')
@Controller('holidays')
export class HolidaysController {
  constructor(private readonly holidays: HolidaysService) {}

  @Get()
  @Authorize('holidays', 'list')
  @ListOf(HOLIDAY_LIST, '节假日安排 (the working-day calendar: days off and 调休 working days; filter by year)')
  list(@Query() query: Record<string, unknown>) {
    return this.holidays.list(query);
  }

  @Get(':id')
  @Authorize('holidays', 'show')
  get(@Param('id', ParseIntPipe) id: number) {
    return this.holidays.get(id);
  }

  @Post()
  @Authorize('holidays', 'create')
  @ApiOperation({ summary: '新增一天 (add a day): {date, kind: holiday|workday, name}; one entry per date (409)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateHolidayDto) {
    return this.holidays.create(actor, dto);
  }

  @Patch(':id')
  @Authorize('holidays', 'edit')
  @ApiOperation({ summary: '修改一天 (edit a day, optimistic lock)' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateHolidayDto) {
    return this.holidays.update(actor, id, dto);
  }

  @Delete(':id')
  @Authorize('holidays', 'delete')
  @HttpCode(200)
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    await this.holidays.remove(actor, id);
    return { ok: true };
  }
}
