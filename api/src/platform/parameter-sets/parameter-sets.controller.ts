import { Body, Controller, Get, Inject, Param, ParseIntPipe, Patch, Post, Query, Type } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { REGION_CODE_PATTERN, Resource } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { ListOf } from '../../common/list';
import { Authorize, CurrentActor } from '../auth/decorators';
import { workflowRoutes } from '../workflow/workflow-routes';
import { WorkflowService } from '../workflow/workflow.service';
import type { ParameterSetColumns } from './parameter-set.entity';
import { PARAMETER_SET_LIST, type ParameterSets } from './parameter-sets';

/** The service a parameter-set controller talks to: it exposes its ParameterSets as `sets` (any document, under any key). */
export interface HasParameterSets {
  readonly sets: Pick<ParameterSets<ParameterSetColumns, unknown, never>, 'list' | 'get' | 'create' | 'update' | 'diffWithPreviousYear'>;
}

interface ControllerConfig {
  resource: Resource;
  /** the swagger tag, e.g. 'subsidy-standards 资助参保标准' */
  tag: string;
  documentKey: string;
  /** where the document's type lives, for the API docs */
  documentType: string;
  service: Type<HasParameterSets>;
}

/**
 * The routes of a yearly parameter set: list, show, diff against last year, create (copy), edit, and the
 * workflow's actions/history/changes (workflowRoutes). Each resource declares `class X extends parameterSetController({...})`.
 */
export function parameterSetController(config: ControllerConfig) {
  const { resource, documentKey } = config;
  type Body = Record<string, unknown>;

  // The request bodies carry the document under the resource's own key (`parameters`, `standards`), so
  // that property's decorators are applied by hand; they are the ones the one validation pipe reads.
  // Declared here (not in a helper) so the handlers' parameter types name the classes themselves.
  class CreateParameterSetDto {
    @ApiProperty({ example: '450200', description: '统筹地区（市）代码' })
    @IsString()
    @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
    regionCode: string;

    @ApiProperty({ example: 2027 })
    @IsInt({ message: 'year: 须为年份整数' })
    @Min(2019, { message: 'year: 不早于 2019 年' })
    @Max(2100, { message: 'year: 不晚于 2100 年' })
    year: number;
  }
  class UpdateParameterSetDto {
    @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
    @IsInt({ message: 'version: 须为整数 (must be an integer)' })
    @Min(1)
    version: number;
  }
  // distinct schema names in the OpenAPI document, e.g. CreateSubsidyStandardsDto
  const pascal = resource.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
  Object.defineProperty(CreateParameterSetDto, 'name', { value: `Create${pascal}Dto` });
  Object.defineProperty(UpdateParameterSetDto, 'name', { value: `Update${pascal}Dto` });
  const message = { message: `${documentKey}: 须为对象 (an object)` };
  IsOptional()(CreateParameterSetDto.prototype, documentKey);
  IsObject(message)(CreateParameterSetDto.prototype, documentKey);
  ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: `${config.documentType}；省略时复制上一年度 (omit to copy the previous year)`,
  })(CreateParameterSetDto.prototype, documentKey);
  IsObject(message)(UpdateParameterSetDto.prototype, documentKey);
  ApiProperty({ type: 'object', additionalProperties: true, description: `${config.documentType}（完整文档，每个取值附来源）` })(
    UpdateParameterSetDto.prototype,
    documentKey,
  );

  @ApiTags(config.tag)
  @Controller(resource)
  class ParameterSetController extends workflowRoutes(resource, '审批操作 (submit → province approve / return; revise an approved set)') {
    constructor(
      @Inject(config.service) readonly service: HasParameterSets,
      workflow: WorkflowService,
    ) {
      super(workflow);
    }

    @Get()
    @Authorize(resource, 'list')
    @ListOf(PARAMETER_SET_LIST, "列表 (per pooling region and year; counties see their city's)")
    list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
      return this.service.sets.list(actor, query);
    }

    @Get(':id')
    @Authorize(resource, 'show')
    @ApiOperation({ summary: `详情: the working copy under "${documentKey}", the copy in force under "approved"` })
    get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
      return this.service.sets.get(actor, id);
    }

    @Get(':id/diff')
    @Authorize(resource, 'show')
    @ApiOperation({ summary: '与上一年度对比 (field-level changes against the previous year)' })
    diff(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
      return this.service.sets.diffWithPreviousYear(actor, id);
    }

    @Post()
    @Authorize(resource, 'create')
    @ApiBody({ type: CreateParameterSetDto })
    @ApiOperation({ summary: `新建年度 (city officer): {regionCode, year, ${documentKey}?}; without the document the previous year is copied` })
    create(@CurrentActor() actor: Actor, @Body() dto: CreateParameterSetDto) {
      return this.service.sets.create(actor, dto.regionCode, dto.year, (dto as unknown as Body)[documentKey]);
    }

    @Patch(':id')
    @Authorize(resource, 'edit')
    @ApiBody({ type: UpdateParameterSetDto })
    @ApiOperation({ summary: `修改工作稿 (draft or returned): {${documentKey}, version}` })
    update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateParameterSetDto) {
      return this.service.sets.update(actor, id, (dto as unknown as Body)[documentKey], dto.version);
    }
  }
  return ParameterSetController;
}
