import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, ValidateBy, ValidateIf } from 'class-validator';
import { isCalendarDate, MONTH_PATTERN } from '@yibao/shared';

/**
 * Scalar query parameters (`year`, `month`, `regionCode`, `from` …) are query DTOs checked by the one
 * ValidationPipe (`@Query() q: YearQueryDto`), like bodies: a bad or unknown parameter is a 400 naming it.
 * One constraint per property, so each bad field gets one message (list parameters follow the ListSpec instead).
 */

const optional = (required: boolean) => (required ? [] : [IsOptional()]);

/** `year`: four digits, handed on as a number. */
export const YearParam = () =>
  applyDecorators(
    ApiProperty({ type: 'integer', example: 2026, description: '年度 (four-digit year)' }),
    Transform(({ value }) => (typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value)),
    IsInt({ message: 'year: 须为四位年份 (a four-digit year)' }),
  );

/** `month`: `YYYY-MM`. */
export const MonthParam = () =>
  applyDecorators(
    ApiProperty({ example: '2026-05', description: '月份 (YYYY-MM)' }),
    Matches(MONTH_PATTERN, { message: 'month: 须为 YYYY-MM 格式的月份 (a month such as 2026-05)' }),
  );

/** A region code; whether it exists and lies in the caller's scope is the service's question. */
export const RegionCodeParam = ({ required = false, example = '450202' } = {}) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ example, description: '区划代码 (region code)' }),
    ...optional(required),
    IsString({ message: 'regionCode: 须为一个区划代码 (one region code)' }),
  );

/** A calendar date `YYYY-MM-DD`, optional. */
export const DateParam = (field: string, example: string) =>
  applyDecorators(ApiPropertyOptional({ example, format: 'date' }), IsOptional(), Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field}: 须为 YYYY-MM-DD` }));

/**
 * A field of a partial update: left out keeps the stored value, so it is checked only when sent — and null, which
 * `IsOptional` would let through, is checked (and refused) like any other wrong value.
 */
export const Sent = () => ValidateIf((_: unknown, v: unknown) => v !== undefined);

/**
 * A body's calendar date `YYYY-MM-DD` that exists (2026-02-30 does not), between 2019 — the policies' start — and
 * 2100. Optional unless `required`.
 */
export const CalendarDate = (field: string, example: string, { required = false } = {}) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ example, format: 'date' }),
    // left out is fine when optional; null is not a date
    ...(required ? [] : [Sent()]),
    ValidateBy(
      { name: 'isCalendarDate', validator: { validate: (v: unknown) => isCalendarDate(v) && v >= '2019-01-01' && v <= '2100-12-31' } },
      { message: `${field}: 须为 2019–2100 年间的日期 YYYY-MM-DD (a date such as ${example})` },
    ),
  );

/** One of a few words (`format=csv|xlsx`, `full=true|false`). */
export const OneOfParam = (field: string, values: readonly string[], { required = false } = {}) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ enum: values }),
    ...optional(required),
    IsIn(values, { message: `${field}: 须为 ${values.join(' 或 ')}` }),
  );

/** `?year=2026` */
export class YearQueryDto {
  @YearParam()
  year!: number;
}

/** `?year=2026[&regionCode=450202]` */
export class RegionYearQueryDto extends YearQueryDto {
  @RegionCodeParam()
  regionCode?: string;
}
