import JSZip from 'jszip';
import { applicableFraudParameters, type FraudCaseRecord, type FraudDecision, type FraudNoticeRecord } from '@yibao/shared';
import { zipContainerType } from '../../../platform/attachments/sniff';
import { CaseDocumentNotReady, renderCaseDocument, type IssuingUnit } from './case-documents';

const UNIT: IssuingUnit = { regionCode: '450200', unitName: '柳州市医疗保障局' };

const NOTICE: FraudNoticeRecord = {
  noticeNo: '柳医保告〔2026〕3号',
  noticedOn: '2026-04-01',
  proposedFine: 24_000_000,
  proposedRecoup: 12_000_000,
  measures: ['order_correction'],
  hearingOffered: true,
  changeReason: null,
  statementEndsOn: '2026-04-06',
};

const DECISION: FraudDecision = {
  decisionType: 'penalty',
  decisionNo: '柳医保罚〔2026〕3号',
  decidedOn: '2026-04-20',
  fine: 24_000_000,
  recoup: 12_000_034,
  confiscate: 0,
  measures: ['order_correction', 'department_suspension'],
  suspensionMonths: 6,
  discretionTier: 'ordinary',
  discretionReason: '初次违法，积极退回',
  statementWaived: false,
  serviceDueOn: '2026-04-29',
  finePayableBy: null,
};

function caseRecord(overrides: Partial<FraudCaseRecord> = {}): FraudCaseRecord {
  return {
    id: 7,
    state: 'notified',
    actions: [],
    version: 3,
    caseNo: 'LZ-2026-0007',
    regionCode: '450200',
    regionName: '柳州市',
    clueId: 4,
    title: '柳州市某医院涉嫌分解住院、虚构医药服务项目案',
    partyType: 'institution',
    partyName: '柳州市某医院',
    institutionCode: 'H45020200001',
    institutionName: '柳州市某医院',
    idNumber: null,
    causes: ['split_admission', 'fictitious_service'],
    conductEndedOn: '2025-12-01',
    healthHarmed: false,
    amountInvolved: 12_000_034,
    officerIds: [11, 12],
    officers: [
      { id: 11, displayName: '张三', enforcementCertNo: '45020001' },
      { id: 12, displayName: '李四', enforcementCertNo: '45020002' },
    ],
    filedOn: '2026-01-10',
    decisionDueOn: '2026-04-10',
    countdown: null,
    parameters: applicableFraudParameters(2026, null),
    pauses: [],
    extensions: [],
    legalReview: null,
    notice: NOTICE,
    notices: [NOTICE],
    hearing: null,
    collectiveDiscussion: null,
    decision: null,
    servedOn: null,
    executions: [],
    lateFee: 0,
    owed: { fine: 0, recoup: 0, confiscate: 0, late_fee: 0 },
    courtEnforcementAccepted: false,
    courtEnforcement: null,
    supervised: false,
    supervision: null,
    terminationReason: null,
    attachmentCount: 5,
    createdAt: '2026-01-10T00:00:00.000Z',
    updatedAt: '2026-04-01T00:00:00.000Z',
    ...overrides,
  };
}

async function unzip(content: Buffer): Promise<{ names: string[]; documentXml: string; text: string }> {
  const zip = await JSZip.loadAsync(content);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  // the text a reader sees: the runs' contents, entities decoded
  const text = [...documentXml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return { names: Object.keys(zip.files), documentXml, text };
}

describe('case documents as DOCX (令第4号 arts. 15, 41, 46)', () => {
  it('the filing approval form: numbered, the party, the causes with their 条例 articles, the officers and their certificates', async () => {
    const doc = await renderCaseDocument('filing_approval', caseRecord(), UNIT, 3, 2026);
    expect(doc.documentNo).toBe('柳医保立〔2026〕3号');
    expect(doc.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(doc.fileName).toBe('立案审批表-柳医保立〔2026〕3号.docx');
    const { names, text } = await unzip(doc.content);
    // what the attachment store's sniffer reads it as: a DOCX, so storing it goes through the same checks as an upload
    expect(names.sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(zipContainerType(names)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    for (const s of [
      '立案审批表',
      '柳医保立〔2026〕3号',
      '柳州市某医院',
      'H45020200001',
      'LZ-2026-0007',
      '第三十八条第（一）项',
      '第四十条第一款第（三）项',
      '张三（执法证号：45020001）',
      '120000.34元',
      '2026年1月10日',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('the prior notice: the facts, the articles and their text, the proposed amounts, the statement window and the hearing right', async () => {
    const doc = await renderCaseDocument('penalty_notice', caseRecord(), UNIT, 3, 2026);
    expect(doc.documentNo).toBe('柳医保告〔2026〕3号');
    const { text } = await unzip(doc.content);
    for (const s of [
      '行政处罚事先告知书',
      '柳州市某医院：',
      '分解住院、虚构医药服务项目',
      '《医疗保障基金使用监督管理条例》第三十八条第（一）项、第四十条第一款第（三）项',
      '处造成损失金额1倍以上2倍以下的罚款',
      '责令退回医疗保障基金120000.00元',
      '处罚款240000.00元',
      '第四十一条',
      '第四十四条、第四十五条',
      '5日内（2026年4月6日前）',
      '有权要求举行听证',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('the notice offers a hearing where the shared guard says it is due, even when the record did not flag it', async () => {
    const due = caseRecord({ notice: { ...NOTICE, hearingOffered: false } }); // 240,000 yuan for an organisation ≥ 100,000
    expect((await unzip((await renderCaseDocument('penalty_notice', due, UNIT, 1, 2026)).content)).text).toContain('有权要求举行听证');
    const small = caseRecord({ notice: { ...NOTICE, proposedFine: 100_000, hearingOffered: false } });
    expect((await unzip((await renderCaseDocument('penalty_notice', small, UNIT, 1, 2026)).content)).text).not.toContain('听证');
  });

  it('the decision (art. 46): party, facts, evidence with types, basis, amounts in figures and capitals, payment, late fee, remedies, unit and date', async () => {
    const record = caseRecord({ state: 'decided', decision: DECISION, title: '柳州市某医院分解住院、虚构医药服务项目案' });
    const doc = await renderCaseDocument('penalty_decision', record, UNIT, 3, 2026, {
      evidence: [
        { fileName: '住院病历.pdf', evidenceType: 'documentary' },
        { fileName: '询问笔录.pdf', evidenceType: 'party_statement' },
      ],
    });
    expect(doc.documentNo).toBe('柳医保罚〔2026〕3号');
    const { text } = await unzip(doc.content);
    for (const s of [
      '行政处罚决定书',
      '当事人：柳州市某医院',
      '机构编码：H45020200001',
      '违法事实',
      '1. 住院病历.pdf（书证）',
      '2. 询问笔录.pdf（当事人陈述）',
      '第三十八条第（一）项、第四十条第一款第（三）项',
      '责令退回医疗保障基金120000.34元（大写：人民币壹拾贰万元叁角肆分）',
      '处罚款240000.00元（大写：人民币贰拾肆万元整）',
      '暂停相关责任部门涉及基金使用的医药服务6个月',
      '裁量情节：一般。理由：初次违法，积极退回',
      '15日内',
      '每日按罚款数额的3%加处罚款',
      '60日内依法申请行政复议',
      '6个月内依法向人民法院提起行政诉讼',
      '柳州市医疗保障局（印章）',
      '2026年4月20日',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('refuses a decision document for a case with no decision, naming why', async () => {
    const attempt = renderCaseDocument('penalty_decision', caseRecord(), UNIT, 1, 2026);
    await expect(attempt).rejects.toBeInstanceOf(CaseDocumentNotReady);
    await expect(renderCaseDocument('penalty_decision', caseRecord(), UNIT, 1, 2026)).rejects.toThrow(/尚未作出处理决定.*no decision/);
    await expect(renderCaseDocument('penalty_notice', caseRecord({ notice: null, notices: [] }), UNIT, 1, 2026)).rejects.toThrow(/no notice/);
  });

  it('a decision not to penalise is a 不予行政处罚决定书 without amounts; a transfer has no decision document', async () => {
    const notEstablished = caseRecord({ state: 'decided', decision: { ...DECISION, decisionType: 'not_established', fine: 0, recoup: 0, measures: [] } });
    const { text } = await unzip((await renderCaseDocument('penalty_decision', notEstablished, UNIT, 4, 2026)).content);
    expect(text).toContain('不予行政处罚决定书');
    expect(text).toContain('违法事实不能成立');
    expect(text).not.toContain('处罚款');
    expect(text).not.toContain('裁量情节');
    expect(text).toContain('60日内依法申请行政复议');
    const transferred = caseRecord({ state: 'decided', decision: { ...DECISION, decisionType: 'transfer_judicial' } });
    await expect(renderCaseDocument('penalty_decision', transferred, UNIT, 5, 2026)).rejects.toThrow(/transfer letter/);
  });

  it('escapes XML special characters of user text, and drops control characters XML forbids', async () => {
    const hostile = caseRecord({ title: '<w:t>&"\'</w:t> 案\u0001', partyName: 'A&B <医院>' });
    const { documentXml, text } = await unzip((await renderCaseDocument('filing_approval', hostile, UNIT, 1, 2026)).content);
    expect(documentXml).toContain('&lt;w:t&gt;&amp;&quot;&apos;&lt;/w:t&gt; 案');
    expect(documentXml).not.toContain('\u0001');
    expect(documentXml).not.toContain('A&B <医院>');
    expect(text).toContain('A&B <医院>');
    expect(text).toContain('<w:t>&"\'</w:t> 案');
  });

  it('prints the party’s ID number masked, even when handed a whole one', async () => {
    const person = caseRecord({
      partyType: 'insured_person',
      partyName: '王五',
      institutionCode: null,
      institutionName: null,
      idNumber: '45020219900101123X',
      causes: ['impersonation'],
    });
    const { text } = await unzip((await renderCaseDocument('filing_approval', person, UNIT, 1, 2026)).content);
    expect(text).not.toContain('45020219900101123X');
    expect(text).toContain('身份证号码');
    expect(text).toMatch(/450202\*{8}123X/);
  });

  it('uses the unit’s own 机关代字 when given, the derived one otherwise', async () => {
    expect((await renderCaseDocument('penalty_notice', caseRecord(), { ...UNIT, abbreviation: '柳州医保' }, 9, 2026)).documentNo).toBe('柳州医保告〔2026〕9号');
    const guilin = { regionCode: '450300', unitName: '桂林市医疗保障局', regionName: '桂林市' };
    expect((await renderCaseDocument('penalty_notice', caseRecord(), guilin, 9, 2026)).documentNo).toBe('桂林医保告〔2026〕9号');
  });
});
