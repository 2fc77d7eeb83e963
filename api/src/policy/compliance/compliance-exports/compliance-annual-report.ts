import {
  COMPLIANCE_ACTION_STATUS_CODES,
  COMPLIANCE_AREA_CODES,
  COMPLIANCE_INDICATORS,
  COMPLIANCE_INDICATOR_IDS,
  type ComplianceActionStatus,
  type ComplianceArea,
  type ComplianceIndicatorId,
  type ComplianceStatus,
} from '@yibao/shared';
import { docx, grid, heading, para, right, title } from '../../../common/docx';
import type { StoredCell } from '../compliance-results/stored-cell';
import { complianceStatusText, formatComplianceThreshold, formatComplianceValue } from './compliance-format';

/** A frozen result as the report reads it: the stored figure's shape (StoredCell), without its run and time. */
type FrozenFigure = Pick<
  StoredCell,
  'regionCode' | 'indicatorId' | 'numerator' | 'denominator' | 'value' | 'status' | 'threshold' | 'liveNumerator' | 'liveDenominator'
>;

export interface AnnualReportInput {
  unitName: string;
  year: number;
  today: string;
  snapshotIds: number[];
  /** the region's own frozen results of the year */
  results: readonly FrozenFigure[];
  /** the child regions' red results of the year */
  redChildren: ReadonlyArray<FrozenFigure & { regionName: string }>;
  /** comments on the region's cells of the year (the reasons given) */
  comments: ReadonlyArray<{ indicatorId: string; text: string; authorName: string | null }>;
  actionCounts: Readonly<Record<ComplianceActionStatus, number>>;
}

/** The areas whose figures the report's third part gives in words (S4 §五 rectification, §六 fraud). */
const FIGURE_AREAS: readonly ComplianceArea[] = ['rectification', 'fraud'];

const dateZh = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/**
 * The annual report draft (S4 §八: the province reports its key work to the national bureau by 10 December) from the
 * frozen year: every indicator with its line and source, what is red and why (the red child regions, the comments
 * given), the rectification and fraud figures in words, and the follow-up actions. Pure: tested by rendering.
 */
export async function annualReportBody(input: AnnualReportInput): Promise<Buffer> {
  const { unitName, year } = input;
  const byId = new Map(input.results.map((r) => [r.indicatorId, r]));
  const ordered = COMPLIANCE_INDICATOR_IDS.filter((id) => byId.has(id));
  const figure = (id: ComplianceIndicatorId) => byId.get(id)!;
  const red = ordered.filter((id) => figure(id).status === 'red');
  const changed = ordered.filter((id) => {
    const r = figure(id);
    return r.liveNumerator !== null && (r.liveNumerator !== r.numerator || r.liveDenominator !== r.denominator);
  });

  const parts: string[] = [
    title(`${unitName}${year}年度医疗保障扶贫重点工作完成情况报告`),
    right('（草稿，供修改后报送）'),
    para(
      `根据《关于坚决完成医疗保障脱贫攻坚硬任务的指导意见》（医保发〔2019〕57号）第八条关于每年12月10日前报送年度重点工作完成情况的要求，现将${unitName}${year}年度政策合规情况报告如下。本报告数据取自${year}年度已冻结的合规审计结果（快照 ${input.snapshotIds.map((id) => `#${id}`).join('、')}），共 ${ordered.length} 项指标，其中未达标 ${red.length} 项。`,
    ),
    heading('一、合规指标完成情况'),
    grid(
      ordered.map((id) => {
        const def = COMPLIANCE_INDICATORS[id];
        const r = figure(id);
        return [
          `${id} ${def.label.zh}`,
          formatComplianceValue(def, r.value),
          formatComplianceThreshold(def, r.threshold),
          complianceStatusText(r.status as ComplianceStatus),
          `${def.source.document}${def.source.clause ? ` 第${def.source.clause}条` : ''}`,
        ];
      }),
      [2600, 1200, 1200, 1300, 2700],
      { header: ['指标', '完成值', '标准', '状态', '依据'], size: 21 },
    ),
    heading('二、未达标指标及原因'),
  ];
  if (!red.length) parts.push(para('本年度各项指标均已达标或处于临界范围。'));
  red.forEach((id, i) => {
    const def = COMPLIANCE_INDICATORS[id];
    const r = figure(id);
    parts.push(
      para(
        `（${i + 1}）${id} ${def.label.zh}：完成值 ${formatComplianceValue(def, r.value)}，标准 ${formatComplianceThreshold(def, r.threshold)}，未达标。${def.numerator.zh} ${r.numerator}，${def.denominator.zh} ${r.denominator}。依据：${def.source.document}${def.source.clause ? `第${def.source.clause}条` : ''}“${def.source.text}”。`,
      ),
    );
    const children = input.redChildren.filter((c) => c.indicatorId === id);
    if (children.length) parts.push(para(`未达标地区：${children.map((c) => `${c.regionName}（${formatComplianceValue(def, c.value)}）`).join('、')}。`));
    const reasons = input.comments.filter((c) => c.indicatorId === id);
    if (reasons.length) parts.push(para(`情况说明：${reasons.map((c) => `${c.text}${c.authorName ? `（${c.authorName}）` : ''}`).join('；')}。`));
  });
  parts.push(heading('三、过度保障整改和打击欺诈骗保情况'));
  for (const area of FIGURE_AREAS) {
    const ids = ordered.filter((id) => COMPLIANCE_INDICATORS[id].area === area);
    if (!ids.length) {
      parts.push(para(`${COMPLIANCE_AREA_CODES.zh[area]}：本年度无冻结数据。`));
      continue;
    }
    const sentences = ids.map((id) => {
      const def = COMPLIANCE_INDICATORS[id];
      const r = figure(id);
      return `${def.label.zh}${formatComplianceValue(def, r.value)}（${def.numerator.zh} ${r.numerator}，${def.denominator.zh} ${r.denominator}，${complianceStatusText(r.status as ComplianceStatus)}）`;
    });
    parts.push(para(`${COMPLIANCE_AREA_CODES.zh[area]}：${sentences.join('；')}。`));
  }
  const counts = input.actionCounts;
  parts.push(
    heading('四、跟进整改事项'),
    para(
      `针对本年度指标提出跟进事项 ${Object.values(counts).reduce((a, b) => a + b, 0)} 项，其中${COMPLIANCE_ACTION_STATUS_CODES.values
        .map((s) => `${COMPLIANCE_ACTION_STATUS_CODES.zh[s]} ${counts[s]} 项`)
        .join('，')}。`,
    ),
  );
  if (changed.length) parts.push(para(`说明：冻结后数据有变动的指标 ${changed.join('、')}，本报告仍采用冻结值，变动情况另行说明。`));
  parts.push(right(`${unitName}（印章）`), right(dateZh(input.today)));
  return docx(parts.join(''));
}
