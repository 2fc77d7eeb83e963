import type { CodeList } from './codes';
import { FRAUD_EVIDENCE_TYPE_CODES } from './fraud/codes';
import type { Resource } from './permissions';

/**
 * Which evidence-type code list an attachment of each resource may carry (`AttachmentRecord.evidenceType`), as
 * data: the platform's attachments accept a code of the owner's list and refuse the field (400) for a resource
 * that declares none. The admin's attachment panel shows the select and the column from the same table.
 */
export const ATTACHMENT_EVIDENCE_TYPE_LISTS: Readonly<Partial<Record<Resource, CodeList<string>>>> = Object.freeze({
  // 令第4号 art. 19: the eight kinds of evidence of a fraud case
  'fraud-cases': FRAUD_EVIDENCE_TYPE_CODES,
});

/** The evidence-type list a resource's attachments carry, or null when they carry none. */
export function attachmentEvidenceTypes(resource: string): CodeList<string> | null {
  return Object.hasOwn(ATTACHMENT_EVIDENCE_TYPE_LISTS, resource) ? (ATTACHMENT_EVIDENCE_TYPE_LISTS[resource as Resource] ?? null) : null;
}
