import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Matches, MaxLength, Min, ValidateBy, ValidateIf } from 'class-validator';
import { actionPayloadFieldError, WORKFLOWS, type ActionPayloadField } from '@yibao/shared';
import { trim } from '../../../common/dto-transforms';

export class WorkflowActionDto {
  @ApiPropertyOptional({ description: '意见；退回、重新打开时必填 (required to return or reopen)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000, { message: 'comment: 最多 1000 字 (at most 1000 characters)' })
  comment?: string;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}

/** OpenAPI's description of each payload kind (a `code`'s list as its enum, a user as an account id). */
const PAYLOAD_SCHEMA: { [K in ActionPayloadField['type']]: (f: Extract<ActionPayloadField, { type: K }>) => Record<string, unknown> } = {
  date: () => ({ type: 'string', format: 'date' }),
  amount: (f) => ({ type: 'integer', minimum: f.min, maximum: f.max }),
  text: (f) => ({ type: 'string', maxLength: f.maxLength }),
  codes: (f) => ({ type: 'array', items: { type: 'string', enum: [...f.codes.values] }, maxItems: f.maxItems }),
  code: (f) => ({ type: 'string', enum: [...f.codes.values] }),
  flag: () => ({ type: 'boolean' }),
  count: (f) => ({ type: 'integer', minimum: f.min, maximum: f.max }),
  user: () => ({ type: 'integer', minimum: 1 }),
  users: (f) => ({ type: 'array', items: { type: 'integer', minimum: 1 }, minItems: f.minItems, maxItems: f.maxItems, uniqueItems: true }),
};
const schemaOf = (f: ActionPayloadField): Record<string, unknown> => (PAYLOAD_SCHEMA[f.type] as (f: ActionPayloadField) => Record<string, unknown>)(f);

/** Who a user field may name, for its description: `user 用户编号 (user id): inspector, city_officer at own`. */
const userRuleOf = (f: ActionPayloadField): string =>
  f.type === 'user' || f.type === 'users'
    ? `; 用户编号 (user ids): ${f.roles.join(', ')} @ ${typeof f.level === 'object' ? f.level.column : f.level} (GET /api/inbox/candidates)`
    : '';

/**
 * The action body of one resource: `WorkflowActionDto` plus the payload fields its actions declare (shared
 * `WorkflowAction.payload`), so OpenAPI documents them, the one ValidationPipe refuses any other field and a value
 * of the wrong form is a 400 before the route runs (shared `actionPayloadFieldError`). What depends on the action
 * and the record — required, declared for this action, later than the record's date — is the engine's
 * `actionPayloadOf`, which also checks the inbox's bulk actions and the services that apply actions themselves.
 */
export function workflowActionDtoFor(resource: string): typeof WorkflowActionDto {
  const fields = new Map<string, { field: ActionPayloadField; actions: string[] }>();
  for (const [name, action] of Object.entries(WORKFLOWS[resource]?.actions ?? {})) {
    for (const [field, declared] of Object.entries(action.payload ?? {})) {
      const seen = fields.get(field) ?? { field: declared, actions: [] };
      seen.actions.push(name);
      fields.set(field, seen);
    }
  }
  if (!fields.size) return WorkflowActionDto;
  class ResourceActionDto extends WorkflowActionDto {}
  Object.defineProperty(ResourceActionDto, 'name', { value: `${resource.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}ActionDto` });
  for (const [field, { field: declared, actions }] of fields) {
    ApiPropertyOptional({
      ...schemaOf(declared),
      description: `${declared.label.zh} (${declared.label.en}); ${actions.join(', ')}${declared.required ? ' 必填 (required)' : ''}${userRuleOf(declared)}`,
    })(ResourceActionDto.prototype, field);
    ValidateIf((_: unknown, v: unknown) => v !== undefined && v !== null)(ResourceActionDto.prototype, field);
    ValidateBy(
      { name: 'actionPayload', validator: { validate: (v: unknown) => actionPayloadFieldError(field, declared, v) === null } },
      { message: (args) => actionPayloadFieldError(field, declared, args.value) ?? field },
    )(ResourceActionDto.prototype, field);
  }
  return ResourceActionDto;
}

export class BulkActionDto {
  @ApiProperty({ example: 'responsibility-tables' })
  @IsString()
  @Matches(/^[a-z][a-z-]{1,63}$/, { message: 'resource: 资源名称不正确 (not a resource name)' })
  resource: string;

  @ApiProperty({ example: 'approve' })
  @IsString()
  @Matches(/^[a-z][a-z_-]{1,31}$/, { message: 'action: 操作名称不正确 (not an action name)' })
  action: string;

  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMinSize(1, { message: 'ids: 至少选择一条 (choose at least one)' })
  @ArrayMaxSize(200, { message: 'ids: 一次最多 200 条 (at most 200 at once)' })
  @IsInt({ each: true, message: 'ids: 须为整数 (integers)' })
  ids: number[];

  @ApiPropertyOptional({
    type: [Number],
    description: '与 ids 一一对应的版本号：记录在您查看后被改动则该条 409 (the versions you saw, one per id; a record changed since → 409 for that item)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsInt({ each: true, message: 'versions: 须为整数 (integers)' })
  versions?: number[];

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

/** `GET /api/inbox/candidates`: the users one `user`/`users` payload field of an action may name on one record. */
export class PayloadCandidatesQueryDto {
  @ApiProperty({ example: 'fraud-cases' })
  @Matches(/^[a-z][a-z-]{1,63}$/, { message: 'resource: 资源名称不正确 (not a resource name)' })
  resource!: string;

  @ApiProperty({ type: 'integer', example: 1 })
  @Transform(({ value }) => (typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'id: 须为正整数 (a positive integer)' })
  id!: number;

  @ApiProperty({ example: 'request_review' })
  @Matches(/^[a-z][a-z_-]{1,31}$/, { message: 'action: 操作名称不正确 (not an action name)' })
  action!: string;

  @ApiProperty({ example: 'reviewerId' })
  @Matches(/^[A-Za-z][A-Za-z0-9]{0,63}$/, { message: 'field: 字段名称不正确 (not a field name)' })
  field!: string;
}
