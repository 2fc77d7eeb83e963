import type { FieldChange } from '../workflow';

/**
 * Wire shapes of the platform mechanisms the areas reuse (ARCHITECTURE §3). The platform's own records
 * (users, sessions, regions, audit and access logs, inbox, jobs) are in users.ts, access-log.ts, workflow.ts
 * and jobs.ts.
 */

/**
 * An evidence file of a record (platform/attachments): `GET /api/<resource>/:id/attachments`, the answer of the
 * upload. `contentType` is what the bytes are (sniffed), never what the name or the browser claimed.
 */
export interface AttachmentRecord {
  id: number;
  fileName: string;
  size: number;
  sha256: string;
  contentType: string;
  uploadedBy: string;
  uploadedAt: string;
  note: string | null;
  /** a code of the owner resource's evidence-type list (`ATTACHMENT_EVIDENCE_TYPE_LISTS`), e.g. 书证; null when unset or none applies */
  evidenceType: string | null;
  /** the caller may delete it now: its uploader, while the owner record is editable */
  deletable: boolean;
}

/**
 * What every approvable record's response has (each resource's shared record extends it): the workflow engine
 * answers an action with the resource's own record, typed by `WorkflowSubject.toRecord`.
 */
export interface WorkflowRecord {
  id: number;
  state: string;
  /** the workflow actions the caller may take now */
  actions: string[];
  version: number;
}

/** `POST /api/<resource>/:id/reveal`: the whole ID number, for a role with `reveal` (audited and access-logged). */
export interface RevealedIdNumber {
  id: number;
  idNumber: string;
}

/** The head of a yearly parameter set of a pooling region (platform/parameter-sets), whatever its document. */
export interface ParameterSetHead {
  id: number;
  regionCode: string;
  year: number;
  state: string;
  approvedAt: string | null;
  /** the workflow actions the caller may take now */
  actions: string[];
  version: number;
  updatedAt: string;
}

/**
 * `GET /api/<parameter-set resource>/:id`: the working copy under the kind's document key `K`, the copy in
 * force under `approved` (null until the first approval).
 */
export type ParameterSetRecord<K extends string, D> = ParameterSetHead & { approved: D | null } & { [key in K]: D };

/** `GET /api/<parameter-set resource>/:id/diff`: what differs from the previous year's document. */
export interface ParameterSetYearDiff {
  previousYear: number | null;
  changes: FieldChange[];
}

/** `GET /api/<workflow resource>/:id/changes`: the field-level diff against the snapshot of the last approval. */
export interface WorkflowChangesRecord {
  approvedAt: string | null;
  changes: FieldChange[];
}
