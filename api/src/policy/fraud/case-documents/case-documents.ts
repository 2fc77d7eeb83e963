import type { FraudCaseRecord } from '@yibao/shared';

/** 立案审批表, 行政处罚事先告知书, 行政处罚决定书 (令第4号 arts. 15, 41, 46). */
export type CaseDocumentKind = 'filing_approval' | 'penalty_notice' | 'penalty_decision';

/** Who issues the document: the handling unit. */
export interface IssuingUnit {
  regionCode: string;
  /** e.g. 柳州市医疗保障局 */
  unitName: string;
}

export interface RenderedDocument {
  /** the document's number (文号), e.g. 柳医保罚〔2026〕3号 */
  documentNo: string;
  fileName: string;
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  content: Buffer;
}

/**
 * Renders one of the case's documents as DOCX from the case record. `serial` is the unit's running number for
 * the kind and year, kept by the caller. Pure: no database, so it is tested on a record.
 */
export async function renderCaseDocument(
  kind: CaseDocumentKind,
  record: FraudCaseRecord,
  unit: IssuingUnit,
  serial: number,
  year: number,
): Promise<RenderedDocument> {
  void kind;
  void record;
  void unit;
  void serial;
  void year;
  throw new Error('renderCaseDocument: not implemented');
}
