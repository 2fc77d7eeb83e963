import type { Type } from '@nestjs/common';
import type { Actor } from '../../../common/actor';
import { BeneficiariesService } from '../../enrollment/beneficiaries/beneficiaries.service';
import { VerificationTasksService } from '../../enrollment/verification-tasks/verification-tasks.service';
import { SettlementsService } from '../../assistance/settlements/settlements.service';
import { CostWarningsService } from '../../assistance/cost-warnings/cost-warnings.service';
import { RectificationItemsService } from '../../rectification/rectification-items/rectification-items.service';
import { ResponsibilityTablesService } from '../../supervision/responsibility-tables/responsibility-tables.service';
import { ReportingTasksService } from '../../supervision/reporting-tasks/reporting-tasks.service';
import { FraudCasesService } from '../../fraud/fraud-cases/fraud-cases.service';
import { FraudCluesService } from '../../fraud/fraud-clues/fraud-clues.service';
import { FraudSuspicionsService } from '../../screening/fraud-suspicions/fraud-suspicions.service';

/** A list service's read under the list contract: the same call its own `GET /api/<resource>` makes. */
export type ListRead = (actor: Actor, query: Record<string, unknown>) => Promise<{ rows: object[]; total: number }>;

/**
 * The lists the catalogue's drill-downs point at (`drillDown.resource`), each by its service and the method its list
 * route calls: the drill-down export reads the numerator's records through exactly that read, never a query of its own.
 */
export const DRILL_DOWN_LISTS: Readonly<Record<string, { service: Type<unknown>; read: string }>> = {
  beneficiaries: { service: BeneficiariesService, read: 'listBeneficiaries' },
  'verification-tasks': { service: VerificationTasksService, read: 'listTasks' },
  settlements: { service: SettlementsService, read: 'list' },
  'cost-warnings': { service: CostWarningsService, read: 'list' },
  'rectification-items': { service: RectificationItemsService, read: 'list' },
  'responsibility-tables': { service: ResponsibilityTablesService, read: 'list' },
  'reporting-tasks': { service: ReportingTasksService, read: 'list' },
  'fraud-cases': { service: FraudCasesService, read: 'list' },
  'fraud-clues': { service: FraudCluesService, read: 'list' },
  'fraud-suspicions': { service: FraudSuspicionsService, read: 'list' },
};

/** Column headers for the record fields the lists share; any other field is headed by its name. */
export const DRILL_DOWN_HEADERS: Readonly<Record<string, string>> = {
  id: '编号',
  regionCode: '区划代码',
  regionName: '地区',
  name: '姓名',
  idNumber: '身份证号（脱敏）',
  title: '标题',
  state: '状态',
  status: '状态',
  dueOn: '期限',
  dueAt: '期限',
  year: '年度',
  period: '期间',
  settledOn: '结算日期',
  visitType: '就诊类型',
  totalCost: '总费用（分）',
  outOfPocket: '个人自付（分）',
  overdue: '逾期',
  createdAt: '创建时间',
  updatedAt: '更新时间',
};
