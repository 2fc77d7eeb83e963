import { defineCodes, type CodeOf } from '../codes';
import { regionLevelOf } from '../regions';

/**
 * The official documents of a fraud case (令第4号 arts. 15, 41, 46), their numbers (文号) and the money words they
 * print. Pure, table-tested (documents.spec.ts); the API renders them as DOCX (case-documents.ts).
 */

/** 立案审批表, 行政处罚事先告知书, 行政处罚决定书. */
export const CASE_DOCUMENT_KIND_CODES = defineCodes({
  filing_approval: { zh: '立案审批表', en: 'Case filing approval form' },
  penalty_notice: { zh: '行政处罚事先告知书', en: 'Prior notice of administrative penalty' },
  penalty_decision: { zh: '行政处罚决定书', en: 'Administrative penalty decision' },
});
export const CASE_DOCUMENT_KINDS = CASE_DOCUMENT_KIND_CODES.values;
export type CaseDocumentKind = CodeOf<typeof CASE_DOCUMENT_KIND_CODES>;

/** The word of each kind in its number (机关代字 + 类别字): 柳医保立 / 柳医保告 / 柳医保罚. */
export const CASE_DOCUMENT_NO_WORDS: Readonly<Record<CaseDocumentKind, string>> = Object.freeze({
  filing_approval: '立',
  penalty_notice: '告',
  penalty_decision: '罚',
});

/** 行政区划简称 of the provinces (GB/T 2260 first two digits), for a provincial bureau's 机关代字. */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = Object.freeze({
  '11': '京', '12': '津', '13': '冀', '14': '晋', '15': '蒙', '21': '辽', '22': '吉', '23': '黑',
  '31': '沪', '32': '苏', '33': '浙', '34': '皖', '35': '闽', '36': '赣', '37': '鲁', '41': '豫',
  '42': '鄂', '43': '湘', '44': '粤', '45': '桂', '46': '琼', '50': '渝', '51': '川', '52': '贵',
  '53': '云', '54': '藏', '61': '陕', '62': '甘', '63': '青', '64': '宁', '65': '新',
}); // prettier-ignore

/** The serial of a document number: the unit's running number for the kind and year. */
export const CASE_DOCUMENT_SERIAL_MAX = 999_999;

/**
 * The issuing unit's 机关代字 (e.g. 柳医保) from its region (GB/T 9704 公文格式: 发文机关代字). A province writes its
 * 简称 (桂医保); a city the first character of its name (柳州市 → 柳医保), or the first two where that would read as
 * its province (桂林市 → 桂林医保, not 桂医保); a county or district its name's first two characters (鹿寨县 →
 * 鹿寨医保; 柳北区 → 柳北医保), so it never reads as its city. The national bureau is 国医保. A unit whose real
 * 代字 differs passes it (`IssuingUnit.abbreviation`).
 */
export function issuingUnitAbbreviation(regionCode: string, regionName: string | null): string {
  const level = regionLevelOf(regionCode);
  if (level === 'national') return '国医保';
  const province = PROVINCE_ABBREVIATIONS[regionCode.slice(0, 2)];
  if (level === 'province') return `${province ?? (regionName ?? '').slice(0, 1)}医保`;
  const name = [...(regionName ?? '').trim()];
  if (!name.length) return `${province ?? ''}医保`;
  if (level === 'city') return `${name[0] === province ? name.slice(0, 2).join('') : name[0]}医保`;
  return `${name.slice(0, 2).join('')}医保`;
}

/** A document's number (文号): 柳医保罚〔2026〕3号 (GB/T 9704: 六角括号 for the year, no leading zeros). */
export function caseDocumentNo(kind: CaseDocumentKind, unitAbbrev: string, year: number, serial: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`caseDocumentNo: year ${year}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > CASE_DOCUMENT_SERIAL_MAX) throw new RangeError(`caseDocumentNo: serial ${serial}`);
  return `${unitAbbrev}${CASE_DOCUMENT_NO_WORDS[kind]}〔${year}〕${serial}号`;
}

/** The most an amount in capitals is written for: 9999亿9999万9999.99 元. */
export const CAPITALS_MAX_FEN = 999_999_999_999_99;

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const GROUP_UNITS = ['', '万', '亿'];

/**
 * 大写金额 of an amount in fen, as 《会计基础工作规范》 art. 52 writes it: 壹万零伍元叁角整, 壹佰元零伍分, 零元整.
 * One 零 for a run of zeros inside the yuan; none where the 元 digit is 0 and 角 follows (the rule allows both);
 * 整 after 元 or 角. The caller writes 人民币 before it.
 */
export function amountInCapitals(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0 || fen > CAPITALS_MAX_FEN) throw new RangeError(`amountInCapitals: ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let words = '';
  let zero = false;
  const digits = String(yuan);
  for (let i = 0; i < digits.length; i++) {
    const position = digits.length - 1 - i;
    const d = Number(digits[i]);
    if (d === 0) zero = words.length > 0;
    else {
      words += (zero ? '零' : '') + DIGITS[d] + SMALL_UNITS[position % 4];
      zero = false;
    }
    // a group's word (万, 亿) once its four digits are read, when any of them is not 0
    if (position % 4 === 0 && position > 0 && Number(digits.slice(Math.max(0, i - 3), i + 1)) > 0) words += GROUP_UNITS[position / 4];
  }
  const yuanWords = words ? `${words}元` : '';
  if (!jiao && !cents) return `${yuanWords || '零元'}整`;
  if (!jiao) return `${yuanWords}${yuanWords ? '零' : ''}${DIGITS[cents]}分`;
  return `${yuanWords}${DIGITS[jiao]}角${cents ? `${DIGITS[cents]}分` : '整'}`;
}
