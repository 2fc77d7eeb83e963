import {
  amountInCapitals,
  CASE_DOCUMENT_KIND_CODES,
  caseDocumentNo,
  DISCRETION_TIER_CODES,
  FRAUD_ARTICLE_TEXTS,
  FRAUD_CAUSE_BASIS,
  FRAUD_CAUSE_CODES,
  FRAUD_CLUE_SOURCE_CODES,
  FRAUD_DECISION_TYPE_CODES,
  FRAUD_EVIDENCE_TYPE_CODES,
  FRAUD_MEASURE_CODES,
  FRAUD_PARTY_TYPE_CODES,
  formatMoney,
  hearingRightsRefusal,
  issuingUnitAbbreviation,
  maskIdNumbersIn,
  type CaseDocumentKind as SharedCaseDocumentKind,
  type FraudArticle,
  type FraudCaseRecord,
  type FraudClueSource,
  type FraudEvidenceType,
} from '@yibao/shared';
import { centered, docx, DOCX_MIME, grid, para, right, title } from '../../../common/docx';

/** 立案审批表, 行政处罚事先告知书, 行政处罚决定书 (令第4号 arts. 15, 41, 46). */
export type CaseDocumentKind = SharedCaseDocumentKind;

/** Who issues the document: the handling unit. */
export interface IssuingUnit {
  regionCode: string;
  /** e.g. 柳州市医疗保障局 */
  unitName: string;
  /** the unit's 机关代字 (柳医保) when it differs from the one derived from its region (`issuingUnitAbbreviation`) */
  abbreviation?: string;
  /** the region's name (柳州市), for the derived 机关代字; the case's `regionName` otherwise */
  regionName?: string | null;
}

export interface RenderedDocument {
  /** the document's number (文号), e.g. 柳医保罚〔2026〕3号 */
  documentNo: string;
  fileName: string;
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  content: Buffer;
}

/** What the case record does not hold but a document lists (optional: the documents say "见案卷" without it). */
export interface CaseDocumentExtras {
  /** the evidence files of the case (its attachments), for the decision's 证据 section */
  evidence?: ReadonlyArray<{ fileName: string; evidenceType: string | null }>;
  /** the clue's source, for the filing form's 案件来源 */
  clueSource?: FraudClueSource | null;
}

/** A document that cannot be made from the record as it stands (the caller answers 409 naming the reason). */
export class CaseDocumentNotReady extends Error {
  constructor(
    readonly kind: CaseDocumentKind,
    message: string,
  ) {
    super(message);
    this.name = 'CaseDocumentNotReady';
  }
}

const ARTICLE_NUMERALS: Record<FraudArticle, string> = { 37: '三十七', 38: '三十八', 40: '四十', 41: '四十一' };
const REGULATION = '《医疗保障基金使用监督管理条例》';
const PROCEDURE = '《医疗保障行政处罚程序暂行规定》';

/**
 * Renders one of the case's documents as DOCX from the case record. `serial` is the unit's running number for
 * the kind and year, kept by the caller. Pure: no database, so it is tested on a record.
 *
 * The party's ID number is printed as the record carries it — masked (`maskIdNumbersIn` again, in case a caller
 * passes a whole one): a generated document is kept as an attachment that everyone who may see the case can
 * download, and the party is identified by name, type and the masked number; the served paper copy is completed by
 * hand where a unit's practice wants the whole number.
 */
export async function renderCaseDocument(
  kind: CaseDocumentKind,
  record: FraudCaseRecord,
  unit: IssuingUnit,
  serial: number,
  year: number,
  extras: CaseDocumentExtras = {},
): Promise<RenderedDocument> {
  const abbreviation = unit.abbreviation?.trim() || issuingUnitAbbreviation(unit.regionCode, unit.regionName ?? record.regionName);
  const documentNo = caseDocumentNo(kind, abbreviation, year, serial);
  const body =
    kind === 'filing_approval'
      ? filingApproval(record, unit, documentNo, extras)
      : kind === 'penalty_notice'
        ? penaltyNotice(record, unit, documentNo)
        : penaltyDecision(record, unit, documentNo, extras);
  const content = await docx(body);
  return { documentNo, fileName: `${CASE_DOCUMENT_KIND_CODES.zh[kind]}-${safeFileName(documentNo)}.docx`, mimeType: DOCX_MIME, content };
}

// ---- the three documents ----------------------------------------------------------------------------------------

function filingApproval(c: FraudCaseRecord, unit: IssuingUnit, documentNo: string, extras: CaseDocumentExtras): string {
  const rows: Array<[string, string]> = [
    ['案件编号', c.caseNo],
    ['案由', causesText(c)],
    ['当事人', c.partyName],
    ['当事人类型', FRAUD_PARTY_TYPE_CODES.zh[c.partyType]],
    ...partyIdentity(c),
    ['案件来源', extras.clueSource ? FRAUD_CLUE_SOURCE_CODES.zh[extras.clueSource] : c.clueId ? `线索第${c.clueId}号` : '—'],
    ['涉案金额', money(c.amountInvolved)],
    ['违法行为终了日期', dateZh(c.conductEndedOn)],
    ['是否危害健康', c.healthHarmed ? '是（追责时效5年）' : '否（追责时效2年）'],
    ['立案依据', causesBasisText(c)],
    ['承办人员', c.officers.map((o) => `${o.displayName}（执法证号：${o.enforcementCertNo ?? '无'}）`).join('；') || '—'],
    ['立案日期', dateZh(c.filedOn)],
    ['办案期限', `${dateZh(c.decisionDueOn)}前作出处理决定（${PROCEDURE}第四十五条）`],
    ['承办部门意见', ''],
    ['负责人审批意见', ''],
  ];
  return [
    title(unit.unitName),
    title(CASE_DOCUMENT_KIND_CODES.zh.filing_approval),
    centered(documentNo),
    table(rows),
    para(`依据：${PROCEDURE}第十五条、第十六条。`),
  ].join('');
}

function penaltyNotice(c: FraudCaseRecord, unit: IssuingUnit, documentNo: string): string {
  const n = c.notice;
  if (!n) throw new CaseDocumentNotReady('penalty_notice', '案件尚未告知，不能生成行政处罚事先告知书 (the case has no notice yet: notify first)');
  const hearingDue =
    hearingRightsRefusal({ partyType: c.partyType, proposedFine: n.proposedFine, measures: n.measures, hearingOffered: false }, c.parameters.thresholds) !==
    null;
  const proposals = [
    n.proposedRecoup > 0 ? `责令退回医疗保障基金${money(n.proposedRecoup)}` : null,
    n.proposedFine > 0 ? `处罚款${money(n.proposedFine)}` : null,
    ...n.measures.map((m) => FRAUD_MEASURE_CODES.zh[m]),
  ].filter((p): p is string => p !== null);
  const paragraphs = [
    `${c.partyName}：`,
    `本机关于${dateZh(c.filedOn)}对你（单位）涉嫌${causeNames(c)}一案立案调查。经查，你（单位）存在${causeNames(c)}的行为，涉及医疗保障基金${money(c.amountInvolved)}。`,
    `你（单位）的上述行为违反了${causesBasisText(c)}的规定。${causesArticleTexts(c)}`,
    `依据上述规定，本机关拟对你（单位）作出如下行政处罚：${proposals.length ? proposals.join('；') : '不予罚款'}。`,
    `根据${PROCEDURE}第四十一条和《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）有权进行陈述和申辩。如有陈述、申辩意见，请于收到本告知书之日起${c.parameters.limits.statementWindowDays}日内（${dateZh(n.statementEndsOn)}前）向本机关提出；逾期未提出的，视为放弃上述权利。本机关不因你（单位）陈述、申辩而加重处罚。`,
  ];
  if (hearingDue || n.hearingOffered) {
    paragraphs.push(
      `根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。如要求听证，请于收到本告知书之日起${c.parameters.limits.statementWindowDays}日内向本机关提出；逾期未提出的，视为放弃听证权利。`,
    );
  }
  if (n.changeReason) paragraphs.push(`本告知书变更此前告知内容的理由：${n.changeReason}`);
  return [
    title(unit.unitName),
    title(CASE_DOCUMENT_KIND_CODES.zh.penalty_notice),
    centered(documentNo),
    ...paragraphs.map(para),
    signature(unit, n.noticedOn),
  ].join('');
}

function penaltyDecision(c: FraudCaseRecord, unit: IssuingUnit, documentNo: string, extras: CaseDocumentExtras): string {
  const d = c.decision;
  if (!d) throw new CaseDocumentNotReady('penalty_decision', '案件尚未作出处理决定，不能生成行政处罚决定书 (the case has no decision yet: decide first)');
  if (d.decisionType === 'transfer_agency' || d.decisionType === 'transfer_judicial') {
    throw new CaseDocumentNotReady(
      'penalty_decision',
      '移送的案件制作移送书，不制作行政处罚决定书 (a transferred case gets a transfer letter, not a penalty decision)',
    );
  }
  // 不予行政处罚决定书 for a decision not to penalise (令第4号 art. 43 (二)(三)): the same sections, no amounts
  const heading = d.decisionType === 'penalty' ? CASE_DOCUMENT_KIND_CODES.zh.penalty_decision : '不予行政处罚决定书';
  const party = [`当事人：${c.partyName}`, `当事人类型：${FRAUD_PARTY_TYPE_CODES.zh[c.partyType]}`, ...partyIdentity(c).map(([k, v]) => `${k}：${v}`)];
  const evidence = extras.evidence?.length
    ? extras.evidence.map((e, i) => `${i + 1}. ${e.fileName}${evidenceLabel(e.evidenceType)}`)
    : [`本案调查中收集的证据材料${c.attachmentCount ? `共${c.attachmentCount}件` : ''}，见案卷。`];
  const items: string[] = [];
  if (d.decisionType === 'penalty') {
    if (d.recoup > 0) items.push(`责令退回医疗保障基金${moneyWithCapitals(d.recoup)}`);
    if (d.fine > 0) items.push(`处罚款${moneyWithCapitals(d.fine)}`);
    if (d.confiscate > 0) items.push(`没收违法所得${moneyWithCapitals(d.confiscate)}`);
    for (const m of d.measures) {
      const months = (m === 'department_suspension' || m === 'settlement_suspension') && d.suspensionMonths ? `${d.suspensionMonths}个月` : '';
      items.push(`${FRAUD_MEASURE_CODES.zh[m]}${months}`);
    }
  }
  const decisionText =
    d.decisionType === 'penalty'
      ? `依据${causesBasisText(c)}的规定，本机关决定对你（单位）作出如下行政处罚：\n${items.map((t, i) => `${i + 1}. ${t}`).join('\n') || '（无）'}`
      : `本机关决定：${FRAUD_DECISION_TYPE_CODES.zh[d.decisionType]}。`;
  const remedy = d.decisionType === 'penalty' ? '本处罚决定' : '本决定';
  const discretion =
    d.decisionType === 'penalty' && d.discretionTier
      ? `裁量情节：${DISCRETION_TIER_CODES.zh[d.discretionTier]}${d.discretionReason ? `。理由：${d.discretionReason}` : ''}。`
      : null;
  const lateFeePercent = c.parameters.limits.lateFeeBasisPointsPerDay / 100;
  const payment =
    d.fine + d.recoup + d.confiscate > 0 && d.decisionType === 'penalty'
      ? [
          `你（单位）应当自收到本决定书之日起${c.parameters.limits.finePayableDays}日内${d.finePayableBy ? `（${dateZh(d.finePayableBy)}前）` : ''}，持本决定书到指定的银行或者通过电子支付系统缴纳罚款及上述款项（《中华人民共和国行政处罚法》第六十七条）。`,
          `到期不缴纳罚款的，本机关将每日按罚款数额的${lateFeePercent}%加处罚款，加处罚款的数额不超出罚款的数额；并可依法申请人民法院强制执行（《中华人民共和国行政处罚法》第七十二条，${PROCEDURE}第五十五条）。`,
        ]
      : [];
  const paragraphs = [
    ...party,
    d.decisionType === 'not_established'
      ? `违法事实：本机关于${dateZh(c.filedOn)}对你（单位）涉嫌${causeNames(c)}一案立案调查。经查，违法事实不能成立。`
      : `违法事实：本机关于${dateZh(c.filedOn)}对你（单位）涉嫌${causeNames(c)}一案立案调查。经查，你（单位）存在${causeNames(c)}的行为，涉及医疗保障基金${money(c.amountInvolved)}。`,
    `${c.notice ? `本机关已于${dateZh(c.notice.noticedOn)}向你（单位）送达行政处罚事先告知书（${c.notice.noticeNo}），告知拟作出行政处罚的事实、理由、依据及你（单位）依法享有的陈述、申辩${c.notice.hearingOffered ? '、要求听证' : ''}等权利。` : ''}${d.statementWaived ? '你（单位）明确放弃陈述、申辩权利。' : ''}${c.hearing?.concludedOn ? `本机关于${dateZh(c.hearing.hearingOn)}举行了听证。` : ''}`,
    '证据：',
    ...evidence,
    d.decisionType === 'not_established' ? null : `处罚依据：你（单位）的上述行为违反了${causesBasisText(c)}的规定。${causesArticleTexts(c)}`,
    decisionText,
    discretion,
    ...payment,
    `如不服${remedy}，可以在收到本决定书之日起60日内依法申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。${d.decisionType === 'penalty' ? '申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外（《中华人民共和国行政处罚法》第七十三条）。' : ''}`,
  ].filter((p): p is string => !!p);
  return [title(unit.unitName), title(heading), centered(documentNo), ...paragraphs.flatMap((p) => p.split('\n')).map(para), signature(unit, d.decidedOn)].join(
    '',
  );
}

// ---- the words they share ---------------------------------------------------------------------------------------

function partyIdentity(c: FraudCaseRecord): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  if (c.institutionCode)
    rows.push(['机构编码', `${c.institutionCode}${c.institutionName && c.institutionName !== c.partyName ? `（${c.institutionName}）` : ''}`]);
  if (c.idNumber) rows.push(['身份证号码', maskIdNumbersIn(c.idNumber)]);
  return rows;
}

const causeNames = (c: FraudCaseRecord) => c.causes.map((x) => FRAUD_CAUSE_CODES.zh[x]).join('、');
const causesText = (c: FraudCaseRecord) => c.title || causeNames(c);

/** 《条例》第三十八条第（一）项、第四十条第一款第（三）项: each cause's article and clause, once each. */
function causesBasisText(c: FraudCaseRecord): string {
  const clauses = [...new Set(c.causes.map((x) => `第${ARTICLE_NUMERALS[FRAUD_CAUSE_BASIS[x].article]}条${FRAUD_CAUSE_BASIS[x].clause}`))];
  return `${REGULATION}${clauses.join('、')}`;
}

/** The articles' penalty text, quoted once per article (FRAUD_ARTICLE_TEXTS). */
function causesArticleTexts(c: FraudCaseRecord): string {
  const articles = [...new Set(c.causes.map((x) => FRAUD_CAUSE_BASIS[x].article))].sort((a, b) => a - b);
  return articles.map((a) => `${REGULATION}第${ARTICLE_NUMERALS[a]}条规定：“${FRAUD_ARTICLE_TEXTS[a]}”`).join('');
}

function evidenceLabel(code: string | null): string {
  return code && FRAUD_EVIDENCE_TYPE_CODES.is(code) ? `（${FRAUD_EVIDENCE_TYPE_CODES.zh[code as FraudEvidenceType]}）` : '';
}

const money = (fen: number) => formatMoney(fen, 'zh');
const moneyWithCapitals = (fen: number) => `${money(fen)}（大写：人民币${amountInCapitals(fen)}）`;

/** 2026-03-05 → 2026年3月5日 */
function dateZh(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A number as a file name part: 柳医保罚〔2026〕3号 stays readable; anything a file system reads specially goes. */
function safeFileName(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what a file name must not carry
  return s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}

const signature = (unit: IssuingUnit, date: string) => `${right(`${unit.unitName}（印章）`)}${right(dateZh(date))}`;

/** A two-column form: the field names bold on the left. */
const table = (rows: ReadonlyArray<[string, string]>) => grid(rows, [2400, 6600], { labels: true });
