import type { ComplianceIndicatorDefinition } from '../indicator';
import { COMPLIANCE_INDICATOR_CODES as L } from '../codes';

/**
 * The rectification, supervision and fraud indicators (DOMAIN §7 and issue 18's four), computed by the API's
 * `OversightIndicators` with the conditions each module's list filters with, so the drill-down shows exactly the
 * numerator's records, or for a rate the offending complement (`shows`). Snapshot counts (OVP-3, FRD-1) are taken at
 * the end of the period's last day, or today while the period runs. Source texts are quoted from the seeds (S0 line
 * 41 and 45, S4 lines 35, 39 and 51); where the stored research only restates a rule (令第4号, the 两库 measures) the
 * clause says so.
 * Owner: helper C2 (issue 18 wave 1).
 */
const S0 = '辽医保〔2019〕8号《关于做好2019年度医疗保障扶贫工作的通知》';
const S4 = '医保发〔2019〕57号《关于坚决完成医疗保障脱贫攻坚硬任务的指导意见》';
const ORDER4 = '《医疗保障行政处罚程序暂行规定》（国家医保局令第4号）';
const TWO_LIBS = '医疗保障基金智能审核和监控知识库、规则库管理办法（2022）';
/** The stored research restates these rules; the official text itself is not stored (policy-modules §1.3, §1.7, §6). */
const RESTATED = '（条文编号与内容据 policy-modules 转述，原文未存）';

const label = (id: keyof typeof L.zh) => ({ zh: L.zh[id], en: L.en[id] });

export const OVERSIGHT_INDICATORS: readonly ComplianceIndicatorDefinition[] = [
  {
    id: 'OVP-3',
    label: label('OVP-3'),
    area: 'rectification',
    measure: 'count',
    numerator: {
      zh: '期末（期间未结束时为今天）仍未销号或核实排除、且已过整改期限的整改事项数（按现行期限，含批准的延期）',
      en: 'Rectification items still open (neither closed nor dismissed) and past their deadline at the end of the period’s last day (today while it runs), by their current deadline (a granted extension counts)',
    },
    denominator: {
      zh: '同一时点已登记且仍未销号或核实排除的整改事项数',
      en: 'Rectification items identified by then and still open at that point',
    },
    comparator: '<=',
    threshold: 0,
    amberBand: 0,
    highIsGood: false,
    effectiveGap: 0,
    parameterised: false,
    source: {
      document: S4,
      clause: '五、妥善治理过度保障',
      text: '实行个人零缴费或零自付、突破基本医保目录范围、脱离实际不可持续的，要及时纠正，立行立改；……要恢复三重保障制度各自功能定位，并于2020年底前平稳过渡到现有三重制度框架内',
    },
    drillDown: { resource: 'rectification-items', filter: { scope: '{regionCode}', overdueOn: '{to}' }, shows: 'numerator' },
  },
  {
    id: 'SUP-1',
    label: label('SUP-1'),
    area: 'supervision',
    measure: 'rate',
    numerator: {
      zh: '在报送期限当日结束前经上级审定的责任分工表数',
      en: 'Units whose responsibility table was approved by the level above by the end of its due day',
    },
    denominator: {
      zh: '报送期限在本期内的责任分工表报送任务（每个市、县每年一项），期限已过或已按期审定的',
      en: 'Responsibility-table reporting tasks (one per city and county a year) due in the period whose due day has passed or that were approved in time',
    },
    comparator: '>=',
    threshold: 1,
    amberBand: 0,
    highIsGood: true,
    effectiveGap: 0.01,
    parameterised: false,
    source: {
      document: S0,
      clause: '四、建立医疗保障扶贫工作责任制',
      text: '请各市于4月12日前上报《医疗保障扶贫责任分工表》(详见附件2),并结合本地区实际情况进一步细化责任分工。',
    },
    drillDown: {
      resource: 'reporting-tasks',
      filter: { scope: '{regionCode}', duty: 'responsibility_table', dueOn_gte: '{from}', dueOn_lte: '{to}', tableApprovedLate: 'true' },
      shows: 'complement',
    },
  },
  {
    id: 'SUP-2',
    label: label('SUP-2'),
    area: 'supervision',
    measure: 'rate',
    numerator: {
      zh: '本期的季度调度统计和年度报告报送任务中按期（期限当日内）收到的',
      en: 'Quarterly statistics and annual-report tasks of the period received on or before their due day',
    },
    denominator: {
      zh: '本期应报的季度调度统计和年度报告报送任务（报送率口径：年度含全年各期；月度无此两项）',
      en: 'Quarterly statistics and annual-report tasks expected for the period (as the reporting rates count: a year takes every period in it; a month has none)',
    },
    comparator: '>=',
    threshold: 1,
    amberBand: 0,
    highIsGood: true,
    effectiveGap: 0.01,
    parameterised: false,
    source: {
      document: `${S0}；${S4}`,
      clause: 'S0 四；S4 八、狠抓攻坚责任分解落实',
      text: '建立医疗保障扶贫工作定期(按季度)调度和统计制度,具体工作要求另行通知。（S0）2019年、2020年要在每年的12月10日前向国家医疗保障局书面报告本省(区、市)医保扶贫重点工作完成情况。（S4）',
    },
    drillDown: {
      resource: 'reporting-tasks',
      filter: { scope: '{regionCode}', ratePeriod: '{period}', dutyIn: 'quarterly_statistics,annual_report', receivedOnTime: 'false' },
      shows: 'complement',
    },
  },
  {
    id: 'SUP-3',
    label: label('SUP-3'),
    area: 'supervision',
    measure: 'rate',
    numerator: {
      zh: '本期应报的全部报送任务中按期收到的（及时率，DHIS2 报送率口径：按时收到 ÷ 应报）',
      en: 'Reporting tasks of the period, every duty, received on or before their due day (timeliness as DHIS2 counts it: on time ÷ expected)',
    },
    denominator: {
      zh: '本期应报的全部报送任务（与报送率报表同一计算；年度含全年各月、各季）',
      en: 'Reporting tasks expected for the period, every duty (the reporting-rates report’s own count; a year takes every month and quarter in it)',
    },
    comparator: '>=',
    threshold: 1,
    amberBand: 0.1,
    highIsGood: true,
    effectiveGap: 0.01,
    parameterised: false,
    source: {
      document: S0,
      clause: '四、建立医疗保障扶贫工作责任制',
      text: '建立医疗保障扶贫工作定期(按季度)调度和统计制度,具体工作要求另行通知。',
    },
    drillDown: { resource: 'reporting-tasks', filter: { scope: '{regionCode}', ratePeriod: '{period}', receivedOnTime: 'false' }, shows: 'complement' },
  },
  {
    id: 'FRD-1',
    label: label('FRD-1'),
    area: 'fraud',
    measure: 'count',
    numerator: {
      zh: '期末（期间未结束时为今天）尚未作出决定、且已超过决定期限的案件数（立案后90日，含批准的延长和不计入期限的期间；令第4号，policy-modules §1.3）——即案件列表的“超期”',
      en: 'Cases not yet decided and past their decision deadline at the end of the period’s last day (today while it runs): 90 days from filing with granted extensions and excluded periods (令第4号, policy-modules §1.3) — the case list’s “overdue”',
    },
    denominator: { zh: '同一时点已立案尚未作出决定的案件数', en: 'Cases filed and not yet decided at that point' },
    comparator: '<=',
    threshold: 0,
    amberBand: 0,
    highIsGood: false,
    effectiveGap: 0,
    parameterised: false,
    source: {
      document: S4,
      clause: '六、确保基金安全平稳运行',
      text: '各地要保持基金监管高压态势……严厉打击挂床、诱导住院、盗刷、虚记、诱导院外购药、过度医疗等欺诈骗保行为，提高医保基金使用效益。',
    },
    drillDown: { resource: 'fraud-cases', filter: { scope: '{regionCode}', overdueOn: '{to}' }, shows: 'numerator' },
  },
  {
    id: 'FRD-2',
    label: label('FRD-2'),
    area: 'fraud',
    measure: 'rate',
    numerator: {
      zh: '在核查期限内（收到之日起15个工作日，经批准延长一次再加15个工作日；按省欺诈骗保参数和节假日日历）作出立案、不予立案或移送决定的线索',
      en: 'Clues whose filing decision (file, not file, transfer) was made by their deadline: 15 working days from receipt, +15 after the one approved extension, on the province’s fraud parameters and the holiday calendar',
    },
    denominator: {
      zh: '本期收到的线索中已作出决定或核查期限已过的',
      en: 'Clues received in the period that were decided or whose deadline has passed',
    },
    comparator: '>=',
    threshold: 1,
    amberBand: 0.05,
    highIsGood: true,
    effectiveGap: 0.01,
    parameterised: false,
    source: {
      document: ORDER4,
      clause: `第十四条${RESTATED}`,
      text: '对线索进行核查，自收到线索之日起15个工作日内决定是否立案；特殊情况经主要负责人批准可延长15个工作日。',
    },
    drillDown: {
      resource: 'fraud-clues',
      filter: { scope: '{regionCode}', receivedOn_gte: '{from}', receivedOn_lte: '{to}', late: 'true' },
      shows: 'complement',
    },
  },
  {
    id: 'FRD-3',
    label: label('FRD-3'),
    area: 'fraud',
    measure: 'rate',
    numerator: {
      zh: '本期产生的疑点中，经过的每个审核阶段（按流程记录，含当前阶段）都未超过时限的（各阶段时限为省欺诈骗保参数中的工作日数；曾在某一阶段超时的，即使其后按时或已办结，也计为超时）',
      en: '疑点 raised in the period that were within the limit at every stage they passed (from the workflow history, the current stage included; each stage’s working days from the province’s fraud parameters; late at any stage counts as late, even if on time since or finished)',
    },
    denominator: { zh: '本期产生的疑点', en: '疑点 raised in the period' },
    comparator: '>=',
    threshold: 1,
    amberBand: 0.05,
    highIsGood: true,
    effectiveGap: 0.01,
    parameterised: false,
    source: {
      document: TWO_LIBS,
      clause: `疑点处理流程${RESTATED}`,
      text: '省、市医保部门明确疑点处理流程：初审、复审、监管对象申诉、调查核实、违规处理，各环节应有合理时限（全国未规定天数，由省级设定）。',
    },
    drillDown: {
      resource: 'fraud-suspicions',
      // raised in the period and late at any stage they passed (the list's `lateIn`: the indicator's own judgement)
      filter: { scope: '{regionCode}', lateIn: '{period}' },
      shows: 'complement',
    },
  },
  {
    id: 'REC-1',
    label: label('REC-1'),
    area: 'rectification',
    measure: 'rate',
    numerator: {
      zh: '整改期限在本期内、并在期限当日结束前经上级销号的整改事项',
      en: 'Rectification items due in the period and closed (销号 by the level above) by the end of their due day',
    },
    denominator: {
      zh: '整改期限在本期内的整改事项（核实排除的不计；期限未到且未销号的暂不计）',
      en: 'Rectification items due in the period (dismissed ones excluded; one not yet due and not yet closed is not judged yet)',
    },
    comparator: '>=',
    threshold: 1,
    amberBand: 0.1,
    highIsGood: true,
    effectiveGap: 0.01,
    parameterised: false,
    source: {
      document: S4,
      clause: '五、妥善治理过度保障',
      text: '理清存在的医保扶贫过度保障问题，分类做好整改工作。',
    },
    drillDown: {
      resource: 'rectification-items',
      filter: { scope: '{regionCode}', dueOn_gte: '{from}', dueOn_lte: '{to}', missedDue: 'true' },
      shows: 'complement',
    },
  },
];
