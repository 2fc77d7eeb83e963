import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { FRAUD_EXECUTION_KINDS, FRAUD_PAUSE_KINDS, type FraudExecutionKind, type FraudPauseKind } from '@yibao/shared';
import { CalendarDate } from '../../../common/query-dto';
import { text } from '../../supervision/accountability-records/accountability-records.dto';
import type { CaseDocumentKind } from '../case-documents/case-documents';

/** 100 亿元 in fen: above any case amount, within a safe integer (as the workflow's amounts). */
export const MAX_CASE_AMOUNT = 1_000_000_000_000;
/** The longest extension or pause one request records (a year). */
export const MAX_PERIOD_DAYS = 366;

/** Every write beside the state machine names the case's version it read (stale → 409). */
class CaseVersionDto {
  @ApiProperty({ description: '案件的乐观锁版本号 (the case version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1, { message: 'version: 须为正整数 (a positive integer)' })
  version: number;
}

/** 不计入办案期限的期间 (令第4号 art. 45). */
export class AddPauseDto extends CaseVersionDto {
  @ApiProperty({ enum: FRAUD_PAUSE_KINDS })
  @IsIn(FRAUD_PAUSE_KINDS, { message: `kind: 须为 ${FRAUD_PAUSE_KINDS.join('、')} 之一 (a pause kind)` })
  kind: FraudPauseKind;

  @CalendarDate('from', '2026-05-04', { required: true })
  from: string;

  /** left out while the end is not yet known (an open pause, ended by `…/pauses/:pauseId/end`) */
  @CalendarDate('to', '2026-05-20')
  to?: string;
}

/** 恢复计算期限: an open pause ends on the date of its document (not before its start, not in the future). */
export class EndPauseDto extends CaseVersionDto {
  @CalendarDate('to', '2026-05-20')
  to?: string;
}

/** 延长办案期限 (令第4号 art. 45): the head's once by 30 days; further by a collective discussion. */
export class AddExtensionDto extends CaseVersionDto {
  @ApiProperty({ example: 30 })
  @IsInt({ message: 'days: 须为整数天 (whole days)' })
  @Min(1, { message: 'days: 至少 1 天 (at least 1 day)' })
  @Max(MAX_PERIOD_DAYS, { message: `days: 最多 ${MAX_PERIOD_DAYS} 天 (at most ${MAX_PERIOD_DAYS} days)` })
  days: number;

  @ApiProperty({ example: '案情复杂，需调取异地就医结算数据' })
  @text('reason', '延期理由', 1000)
  reason: string;

  @ApiPropertyOptional({ description: '经负责人集体讨论决定 (granted by a recorded collective discussion)' })
  @IsOptional()
  @IsBoolean({ message: 'collective: 须为 true 或 false' })
  collective?: boolean;
}

/** 负责人集体讨论 (令第4号 art. 44). */
export class CollectiveDiscussionDto extends CaseVersionDto {
  @CalendarDate('heldOn', '2026-06-10', { required: true })
  heldOn: string;

  @ApiProperty({ example: ['局长 张三', '副局长 李四', '副局长 王五'] })
  @IsArray({ message: 'participants: 须为参加人员的列表 (a list of names)' })
  @ArrayMinSize(2, { message: 'participants: 集体讨论至少 2 人 (at least two participants)' })
  @ArrayMaxSize(30, { message: 'participants: 最多 30 人 (at most 30)' })
  @IsString({ each: true, message: 'participants: 每项须为姓名 (names)' })
  @MinLength(1, { each: true, message: 'participants: 姓名不能为空 (no empty name)' })
  @MaxLength(64, { each: true, message: 'participants: 每项最多 64 字 (at most 64 characters each)' })
  participants: string[];

  @ApiProperty({ example: '同意按从重情形处罚' })
  @text('conclusion', '讨论结论', 2000)
  conclusion: string;
}

/** 执行 (令第4号 arts. 53, 55): one collected amount. */
export class AddExecutionDto extends CaseVersionDto {
  @ApiProperty({ enum: FRAUD_EXECUTION_KINDS })
  @IsIn(FRAUD_EXECUTION_KINDS, { message: `kind: 须为 ${FRAUD_EXECUTION_KINDS.join('、')} 之一 (an execution kind)` })
  kind: FraudExecutionKind;

  @ApiProperty({ description: '分 (fen)', example: 1500000 })
  @IsInt({ message: 'amount: 须为以分计的整数 (whole fen)' })
  @Min(1, { message: 'amount: 须大于 0 (more than 0)' })
  @Max(MAX_CASE_AMOUNT, { message: `amount: 最多 ${MAX_CASE_AMOUNT} 分 (at most ${MAX_CASE_AMOUNT} fen)` })
  amount: number;

  @CalendarDate('paidOn', '2026-07-01')
  paidOn?: string;

  @ApiProperty({ example: '桂非税〔2026〕00012345' })
  @text('receiptNo', '票据号', 64)
  receiptNo: string;
}

/**
 * 法院受理强制执行 (行政强制法 art. 53; 令第4号 art. 56): the party neither paid nor sought review or litigation, the
 * bureau applied to the court and the court accepted — the case may close with amounts still owed.
 */
export class CourtEnforcementDto extends CaseVersionDto {
  @CalendarDate('acceptedOn', '2026-12-01')
  acceptedOn?: string;

  @ApiProperty({ example: '（2026）桂0202行审12号', description: '法院受理通知书文号 (the court’s acceptance document number)' })
  @text('documentNo', '法院受理文书号', 64)
  documentNo: string;
}

/** 督办 by the province (letter number, due date). */
export class SupervisionDto extends CaseVersionDto {
  @ApiProperty({ example: '桂医保督〔2026〕3号' })
  @text('letterNo', '督办函文号', 64)
  letterNo: string;

  @CalendarDate('dueOn', '2026-09-30', { required: true })
  dueOn: string;
}

export const CASE_DOCUMENT_KINDS: readonly CaseDocumentKind[] = ['filing_approval', 'penalty_notice', 'penalty_decision'];

/** 立案审批表, 行政处罚事先告知书, 行政处罚决定书. */
export class GenerateDocumentDto {
  @ApiProperty({ enum: CASE_DOCUMENT_KINDS })
  @IsIn(CASE_DOCUMENT_KINDS, { message: `kind: 须为 ${CASE_DOCUMENT_KINDS.join('、')} 之一 (a document kind)` })
  kind: CaseDocumentKind;
}
