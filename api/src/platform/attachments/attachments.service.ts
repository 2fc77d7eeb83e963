import {
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
  OnApplicationBootstrap,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { type Action, type AttachmentRecord, attachmentEvidenceTypes, can, type LevelRecord, type Resource } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { contentDisposition } from '../../common/download';
import { fieldError } from '../../common/errors';
import { type ActsAt, actsAt, assertActsAt } from '../../common/record-access';
import { assertInScope, notFound } from '../../common/region-scope';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { inTransaction } from '../../database/data-source';
import { AuditLogService } from '../audit-log/audit-log.service';
import { UPLOAD_SWEEP_GRACE_MS } from '../imports/imports.service';
import { Attachment } from './attachment.entity';
import { EVIDENCE_TYPES, isEvidenceType, sniffFile } from './sniff';

const RESOURCE = 'attachments';
/** Uploads arrive here, inside ATTACHMENT_DIR, so keeping one is a rename on the same file system. */
export const INCOMING = '.incoming';
export const ATTACHMENT_NAME_MAX = 200;
export const ATTACHMENT_NOTE_MAX = 500;
/** the longest evidence-type code (the column's length) */
export const ATTACHMENT_EVIDENCE_TYPE_MAX = 32;

/**
 * A resource whose records carry evidence declares it once (in its service's `onModuleInit`), and its
 * controller module adds `attachmentRoutes(resource)`. Every decision about an attachment is the owner's:
 * in scope exactly when the owner is (`find`, its one access path), written by whoever acts on the owner
 * (`writers`, judged by assertActsAt), frozen when the owner's state says so.
 */
export interface AttachmentOwner<T extends { regionCode: string } = { regionCode: string }> {
  resource: Resource;
  /** the owner through its resource's one access path: 404 outside the caller's scope */
  find(actor: Actor, id: number, em?: EntityManager): Promise<T>;
  /** who adds and removes evidence, at the owner's level */
  writers: ActsAt;
  /** why evidence cannot change now (e.g. the owner is submitted), or null while the owner is editable */
  frozen(owner: T): string | null;
  /** the owner permission an upload needs, as on its route (`attachmentRoutes`); 'edit' by default */
  uploadAction?: Action;
}

/** An uploaded file as the attachment upload interceptor leaves it (a temp file under ATTACHMENT_DIR). */
export interface IncomingFile {
  path: string;
  originalname: string;
  size: number;
}

/** A file the platform made (a case's official document), kept as an attachment through the upload's checks. */
export interface GeneratedFile {
  fileName: string;
  /** what the bytes must sniff as; a generator that produced something else is a defect (an Error, not a 4xx) */
  mimeType: string;
  content: Buffer;
  note?: string;
  evidenceType?: string;
}

/** Names refused: control characters, path separators, and what a file system or a shell reads specially. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const BAD_NAME = /[\u0000-\u001f\u007f/\\\uFFFD]|^\.+$/;

/** What an attachment row records of a kept file besides the uploader and the time. */
type KeptFile = Pick<Attachment, 'ownerResource' | 'ownerId' | 'regionCode' | 'fileName' | 'size' | 'sha256' | 'contentType' | 'note' | 'evidenceType'>;

/** The name as kept (NFC, trimmed), or null where it is empty, too long, or a path or control character in it. */
function keptName(raw: string): string | null {
  const name = raw.normalize('NFC').trim();
  return !name || name.length > ATTACHMENT_NAME_MAX || BAD_NAME.test(name) ? null : name;
}

/** The one attachments mechanism (ARCHITECTURE §3): evidence files on disk by sha256, owned by a record. */
@Injectable()
export class AttachmentsService implements OnApplicationBootstrap {
  private readonly owners = new Map<string, AttachmentOwner>();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditLogService,
  ) {}

  /** Uploads a crash left in the incoming folder (older than the grace: another process may be receiving one). */
  onApplicationBootstrap(): void {
    const incoming = path.join(this.config.attachmentDir, INCOMING);
    if (!fs.existsSync(incoming)) return;
    for (const name of fs.readdirSync(incoming)) {
      const file = path.join(incoming, name);
      if (Date.now() - fs.statSync(file).mtimeMs > UPLOAD_SWEEP_GRACE_MS) fs.rmSync(file, { force: true });
    }
  }

  register<T extends { regionCode: string }>(owner: AttachmentOwner<T>): void {
    if (this.owners.has(owner.resource)) throw new Error(`attachments: ${owner.resource} registered twice`);
    this.owners.set(owner.resource, owner as unknown as AttachmentOwner);
  }

  private owner(resource: string): AttachmentOwner {
    const owner = this.owners.get(resource);
    if (!owner) throw new Error(`attachments: ${resource} has attachment routes but registered no owner`);
    return owner;
  }

  /** Where the bytes of a sha256 live: two levels of fan-out, so no folder grows past a few thousand entries. */
  blobPath(sha256: string): string {
    return path.join(this.config.attachmentDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /** The owner, in the caller's scope, that the caller may add evidence to now: 404, 403, 409 otherwise. */
  private async writableOwner(actor: Actor, owner: AttachmentOwner, ownerId: number, em?: EntityManager): Promise<{ regionCode: string }> {
    const record = await owner.find(actor, ownerId, em);
    assertWritable(actor, owner, record);
    return record;
  }

  async upload(
    actor: Actor,
    resource: string,
    ownerId: number,
    file: IncomingFile | undefined,
    note: string | undefined,
    evidenceType?: string,
  ): Promise<AttachmentRecord> {
    if (!file) throw fieldError('file', '请选择要上传的文件 (multipart field "file" is required)');
    try {
      const owner = this.owner(resource);
      const evidence = evidenceTypeOf(resource, evidenceType);
      await this.writableOwner(actor, owner, ownerId); // refuse before sniffing and hashing
      const fileName = keptName(file.originalname);
      if (!fileName) {
        throw fieldError(
          'file',
          `文件名须为 1–${ATTACHMENT_NAME_MAX} 个字符，不含路径分隔符或控制字符 (the file name must be 1–${ATTACHMENT_NAME_MAX} characters without path separators or control characters)`,
        );
      }
      const contentType = await sniffFile(file.path);
      if (!isEvidenceType(contentType)) {
        const accepted = Object.values(EVIDENCE_TYPES)
          .map((t) => t.label)
          .join('、');
        throw new UnsupportedMediaTypeException({
          statusCode: 415,
          error: 'Unsupported Media Type',
          message: [`file: 文件内容为 ${contentType}，只接受 ${accepted} (the file's content is ${contentType}; accepted: PDF, JPEG, PNG, OFD, XLSX, DOCX)`],
          details: [{ field: 'file', messages: [`detected ${contentType}`] }],
        });
      }
      const sha256 = await sha256Of(file.path);
      this.keep(file.path, sha256);
      return await inTransaction(this.ds, async (em) => {
        const scoped = await this.writableOwner(actor, owner, ownerId, em); // again, in the write's transaction
        return this.recordKept(em, actor, {
          ownerResource: resource,
          ownerId,
          regionCode: scoped.regionCode,
          fileName,
          size: file.size,
          sha256,
          contentType,
          note: note?.trim() || null,
          evidenceType: evidence,
        });
      });
    } finally {
      fs.rmSync(file.path, { force: true });
    }
  }

  /**
   * A file the owner's service made itself (a case's 行政处罚决定书), kept as the upload keeps one, inside the
   * caller's transaction (so a document number and its file are written together or not at all): the owner's
   * access was checked by the caller, which holds the record; the name is checked, the bytes sniffed and required
   * to be `mimeType`, stored by sha256, one attachment row and one `upload` audit row (`generated: true`). A
   * generator that produced a bad name or other bytes is a defect: an Error, not a 4xx.
   */
  async storeGenerated(
    em: EntityManager,
    actor: Actor,
    owner: { resource: Resource; id: number; regionCode: string },
    file: GeneratedFile,
  ): Promise<AttachmentRecord> {
    const fileName = keptName(file.fileName);
    if (!fileName) {
      throw new Error(`attachments: a generated file may not be named ${JSON.stringify(file.fileName)}`);
    }
    const evidence = evidenceTypeOf(owner.resource, file.evidenceType);
    const incoming = path.join(this.config.attachmentDir, INCOMING);
    fs.mkdirSync(incoming, { recursive: true });
    const tempPath = path.join(incoming, `${Date.now()}-${randomBytes(8).toString('hex')}`);
    try {
      fs.writeFileSync(tempPath, file.content);
      const contentType = await sniffFile(tempPath);
      if (contentType !== file.mimeType || !isEvidenceType(contentType)) {
        throw new Error(`attachments: a generated ${fileName} sniffs as ${contentType}, not ${file.mimeType}`);
      }
      const sha256 = createHash('sha256').update(file.content).digest('hex');
      this.keep(tempPath, sha256);
      return await this.recordKept(
        em,
        actor,
        {
          ownerResource: owner.resource,
          ownerId: owner.id,
          regionCode: owner.regionCode,
          fileName,
          size: file.content.length,
          sha256,
          contentType,
          note: file.note?.trim() || null,
          evidenceType: evidence,
        },
        true,
      );
    } finally {
      fs.rmSync(tempPath, { force: true });
    }
  }

  /**
   * The attachment row of a file just kept by its content address, and its `upload` audit row (`generated: true` for
   * a file the owner's service made), in the caller's transaction: an upload and a generated file are recorded alike.
   */
  private async recordKept(em: EntityManager, actor: Actor, kept: KeptFile, generated = false): Promise<AttachmentRecord> {
    const saved = await em.save(
      em.create(Attachment, { ...kept, uploadedById: actor.userId, uploadedBy: actor.username, uploadedAt: new Date(), deletedAt: null }),
    );
    const { ownerResource, ownerId, fileName, size, sha256, contentType, evidenceType } = kept;
    await this.audit.append(em, actor, {
      action: 'upload',
      resource: RESOURCE,
      resourceId: saved.id,
      after: { ownerResource, ownerId, fileName, size, sha256, contentType, evidenceType, ...(generated ? { generated: true } : {}) },
    });
    return this.toRecord(actor, saved, true);
  }

  /** Moves the upload to its content address; the same bytes uploaded twice are kept once. */
  private keep(tempPath: string, sha256: string): void {
    const target = this.blobPath(sha256);
    if (fs.existsSync(target)) return; // the caller removes the temp file
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(tempPath, target); // same file system: the temp folder is inside ATTACHMENT_DIR
  }

  async list(actor: Actor, resource: string, ownerId: number): Promise<AttachmentRecord[]> {
    const owner = this.owner(resource);
    const record = await owner.find(actor, ownerId);
    // the whole record: a writer's level may name one of its columns (an inspection's inspectingRegionCode)
    const writable = !owner.frozen(record) && actsAt(actor, record as LevelRecord, owner.writers);
    const rows = await this.ds.getRepository(Attachment).find({ where: { ownerResource: resource, ownerId, deletedAt: IsNull() }, order: { id: 'ASC' } });
    return rows.map((a) => this.toRecord(actor, a, writable));
  }

  /**
   * How many evidence files each of these records has (not deleted), by owner id; absent ids have none. For an
   * owner's own rules (a closure needs evidence) and its list pages — the caller holds the records already.
   */
  async counts(resource: Resource, ownerIds: readonly number[], em: EntityManager = this.ds.manager): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    if (!ownerIds.length) return out;
    const rows: Array<{ ownerId: number | string; n: number | string }> = await em
      .getRepository(Attachment)
      .createQueryBuilder('a')
      .select('a.ownerId', 'ownerId')
      .addSelect('COUNT(*)', 'n')
      .where('a.ownerResource = :resource AND a.deletedAt IS NULL', { resource })
      .andWhere('a.ownerId IN (:...ids)', { ids: [...new Set(ownerIds)] })
      .groupBy('a.ownerId')
      .getRawMany();
    for (const r of rows) out.set(Number(r.ownerId), Number(r.n));
    return out;
  }

  /**
   * One attachment by id, when its owner is in reach: not deleted, its copied region in scope, the owner's
   * resource readable by the role and the owner itself found through its access path. 404 otherwise, always
   * the same answer, so an id outside the caller's scope says nothing.
   */
  private async load(
    actor: Actor,
    id: number,
    em: EntityManager = this.ds.manager,
  ): Promise<{ attachment: Attachment; owner: AttachmentOwner; record: { regionCode: string } }> {
    const attachment = assertInScope(actor, await em.findOneBy(Attachment, { id, deletedAt: IsNull() }), (a) => a.regionCode, RESOURCE, id);
    const owner = this.owners.get(attachment.ownerResource);
    if (!owner || !can(actor.role, owner.resource, 'show')) throw notFound(RESOURCE, id);
    try {
      return { attachment, owner, record: await owner.find(actor, attachment.ownerId, em) };
    } catch (err) {
      if (err instanceof NotFoundException) throw notFound(RESOURCE, id);
      throw err;
    }
  }

  /** The bytes, as a download only: the sniffed type, nosniff, `attachment` with the name per RFC 6266/5987. */
  async download(actor: Actor, id: number, res: Response): Promise<void> {
    const { attachment: a } = await this.load(actor, id);
    const blob = this.blobPath(a.sha256);
    if (!fs.existsSync(blob)) {
      throw new NotFoundException({
        statusCode: 404,
        error: 'Not Found',
        message: `附件 ${id} 的文件已不在存储中 (the file of attachment ${id} is missing from storage)`,
      });
    }
    await this.audit.record(actor, {
      action: 'download',
      resource: RESOURCE,
      resourceId: id,
      after: { ownerResource: a.ownerResource, ownerId: a.ownerId, fileName: a.fileName, sha256: a.sha256 },
    });
    res.setHeader('Content-Type', a.contentType);
    res.setHeader('Content-Length', String(a.size));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', contentDisposition(downloadName(a.fileName, a.contentType), `attachment-${a.id}`));
    // not stream.pipeline: a client that closes early is its own business, not an error of ours
    await new Promise<void>((resolve, reject) => {
      const bytes = fs.createReadStream(blob);
      bytes.on('error', reject);
      res.on('close', resolve);
      bytes.pipe(res);
    });
  }

  /**
   * 更正证据种类: the owner's writers (as for an upload), while the owner is editable; one of the owner resource's
   * evidence types (400 naming `evidenceType` otherwise, or where the resource has none); audited with before/after.
   */
  async setEvidenceType(actor: Actor, id: number, evidenceType: string): Promise<AttachmentRecord> {
    return inTransaction(this.ds, async (em) => {
      const { attachment: a, owner, record } = await this.load(actor, id, em);
      const code = evidenceTypeOf(a.ownerResource, evidenceType);
      if (!code) throw fieldError('evidenceType', '请选择证据种类 (required)');
      assertWritable(actor, owner, record);
      await em.update(Attachment, { id, deletedAt: IsNull() }, { evidenceType: code });
      await this.audit.append(em, actor, {
        action: 'evidence_type',
        resource: RESOURCE,
        resourceId: id,
        before: { ownerResource: a.ownerResource, ownerId: a.ownerId, evidenceType: a.evidenceType },
        after: { evidenceType: code },
      });
      return this.toRecord(actor, { ...a, evidenceType: code }, true);
    });
  }

  /** By its uploader only, while the owner is editable. The row is kept (deletedAt): filed evidence stays on record. */
  async remove(actor: Actor, id: number): Promise<void> {
    await inTransaction(this.ds, async (em) => {
      const { attachment: a, owner, record } = await this.load(actor, id, em);
      if (a.uploadedById !== actor.userId || !can(actor.role, owner.resource, owner.uploadAction ?? 'edit')) {
        throw new ForbiddenException('只能由上传者删除附件 (only the uploader may delete an attachment)');
      }
      assertWritable(actor, owner, record);
      await em.update(Attachment, { id, deletedAt: IsNull() }, { deletedAt: new Date() });
      await this.audit.append(em, actor, {
        action: 'delete',
        resource: RESOURCE,
        resourceId: id,
        before: { ownerResource: a.ownerResource, ownerId: a.ownerId, fileName: a.fileName, sha256: a.sha256 },
      });
    });
  }

  private toRecord(actor: Actor, a: Attachment, ownerWritable: boolean): AttachmentRecord {
    return {
      id: a.id,
      fileName: a.fileName,
      size: a.size,
      sha256: a.sha256,
      contentType: a.contentType,
      uploadedBy: a.uploadedBy,
      uploadedAt: new Date(a.uploadedAt).toISOString(),
      note: a.note,
      evidenceType: a.evidenceType,
      deletable: ownerWritable && a.uploadedById === actor.userId,
    };
  }
}

/**
 * The evidence type an upload names, checked against the owner resource's declared list (ATTACHMENT_EVIDENCE_TYPE_LISTS):
 * null when none is given; 400 naming the field when the resource declares no list or the code is not in it.
 */
function evidenceTypeOf(resource: string, value: string | undefined): string | null {
  const code = value?.trim();
  if (!code) return null;
  const list = attachmentEvidenceTypes(resource);
  if (!list) {
    throw fieldError('evidenceType', `此类记录的附件不区分证据种类，请勿填写 (attachments of ${resource} carry no evidence type)`);
  }
  if (!list.is(code)) {
    const accepted = list.values.map((v) => `${v} ${list.zh[v]}`).join('、');
    throw fieldError('evidenceType', `证据种类须为：${accepted} (the evidence type must be one of: ${list.values.join(', ')})`);
  }
  return code;
}

/** Evidence changes only by whoever acts on the owner at its level (403), while the owner is editable (409). */
function assertWritable(actor: Actor, owner: AttachmentOwner, record: { regionCode: string }): void {
  assertActsAt(actor, record as LevelRecord, owner.writers);
  const frozen = owner.frozen(record);
  if (frozen) throw new ConflictException({ statusCode: 409, error: 'Conflict', message: frozen, details: { reason: 'owner_not_editable' } });
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The name a download is saved under: the uploaded name, with the right extension added when it claimed another type. */
export function downloadName(fileName: string, contentType: string): string {
  if (!isEvidenceType(contentType)) return fileName;
  const { extensions } = EVIDENCE_TYPES[contentType];
  const ext = path.extname(fileName).toLowerCase();
  return (extensions as readonly string[]).includes(ext) ? fileName : `${fileName}${extensions[0]}`;
}
