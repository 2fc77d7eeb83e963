import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy } from 'class-validator';
import { parseCompliancePeriod, type CompliancePeriod } from '@yibao/shared';
import { fieldError } from '../../common/errors';

const PERIOD_MESSAGE = 'period: 须为月份 2026-10、季度 2026-Q3 或年度 2026 (a month, quarter or year)';

/** `period` in a body or a query: `2026-10`, `2026-Q3` or `2026` (parseCompliancePeriod), else a 400 naming it. */
export const CompliancePeriodParam = () =>
  applyDecorators(
    ApiProperty({ example: '2026-10', description: '期间：月 2026-10、季 2026-Q3 或年 2026 (month, quarter or year)' }),
    ValidateBy({ name: 'isCompliancePeriod', validator: { validate: (v: unknown) => parseCompliancePeriod(v) !== null } }, { message: PERIOD_MESSAGE }),
  );

/** A period from a path segment: parsed, or a 400 naming `period`. */
export function compliancePeriodOf(text: unknown, field = 'period'): CompliancePeriod {
  const p = parseCompliancePeriod(text);
  if (!p) throw fieldError(field, PERIOD_MESSAGE.slice('period: '.length));
  return p;
}
