import { ConflictException, Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource, EntityManager, In } from 'typeorm';
import { bilingualParts, can, csvLine, type ImportJobRecord, type ImportRejectedRow, maskIdNumber, maskIdNumbersIn } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { contentDisposition } from '../../common/download';
import { fieldError } from '../../common/errors';
import { fetchList, ListSpec } from '../../common/list';
import { assertInScope, scopeQuery } from '../../common/region-scope';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { inTransaction, isDuplicateKey } from '../../database/data-source';
import { insertMany } from '../../database/insert-many';
import { AuditLogService } from '../audit-log/audit-log.service';
import { GAVE_UP_MESSAGE, MAX_JOB_ATTEMPTS, RunningJobs, toJobRecord } from '../jobs/job-columns';
import { JobLeases, LeaseLost } from '../jobs/job-lease';
import { ImportJob, ImportRowError } from './import-job.entity';
import { countDataRows, ImportFormatError, readRows, SourceRow } from './row-reader';

/** A validated row ready for its importer's batch writer. */
export interface GoodRow<T> {
  line: number;
  value: T;
}

/**
 * What one kind of import knows (roster, settlements…): its columns, how to check a row, and how to write
 * a batch. The pipeline around it — upload, streaming, batching, progress, errors, resume — is shared.
 */
export interface ImportHandler<T = unknown, C = unknown> {
  kind: string;
  resource: string;
  headers: readonly string[];
  /** columns a file may leave out (their cells read ''); shown after `headers` in the error report */
  optionalHeaders?: readonly string[];
  /** per-run state (caches, duplicate detection) */
  createContext(job: ImportJob, em: EntityManager): Promise<C>;
  /** a value, or the reason the row is rejected (shown in the error report) */
  validate(row: SourceRow, context: C, job: ImportJob): T | { reject: string };
  /** writes one batch inside the job's transaction; returns counts by outcome */
  writeBatch(em: EntityManager, rows: GoodRow<T>[], context: C, job: ImportJob): Promise<Record<string, number>>;
  /** writes that belong to the import's success (a reporting task it fulfils), in the transaction that marks it succeeded */
  succeeded?(em: EntityManager, job: ImportJob): Promise<void>;
  /** once the job reads as succeeded: warm what readers will ask for next (optional, best effort) */
  afterImport?(ds: DataSource, job: ImportJob): Promise<void>;
}

export const IMPORT_JOB_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    kind: { type: 'string' },
    regionCode: { type: 'string' },
    username: { type: 'string' },
    status: { type: 'string' },
    createdAt: { type: 'date' },
  },
  search: ['filename', 'username'],
  defaultSort: [['id', 'DESC']],
};

/** An upload younger than this is never swept: it may be arriving in another process sharing the folder. */
export const UPLOAD_SWEEP_GRACE_MS = 10 * 60 * 1000;

/** Rows per batch transaction: large enough that per-statement costs vanish, small enough to stay short. */
export const IMPORT_BATCH_SIZE = 5000;
/** Rejected lines an import's page shows (the error report has them all). */
export const REJECTED_ROWS_SHOWN = 100;
/** The error report's own columns before the file's: the line, then each reason's Chinese and English halves in columns of their own. */
export const ERROR_REPORT_HEADERS = ['行号', '原因', 'Reason (English)'] as const;
/** The serial key of an import: its kind and region (a county's: only county officers import). */
export function importSerialKey(job: Pick<ImportJob, 'kind' | 'regionCode'>): string {
  return `import:${job.kind}:${job.regionCode}`;
}

/** `totalRows` while the job has not counted the file yet (the column is NOT NULL; shown as null). */
const NOT_COUNTED = -1;

function toRecord(j: ImportJob): ImportJobRecord {
  const totalRows = j.totalRows < 0 ? null : j.totalRows;
  return {
    ...toJobRecord(j, JSON.parse(j.params), j.processedRows, totalRows),
    filename: j.filename,
    totalRows,
    processedRows: j.processedRows,
    errorCount: j.errorCount,
    counts: JSON.parse(j.counts),
  };
}

/** An uploaded file as multer leaves it on disk. */
export interface UploadedFileInfo {
  path: string;
  originalname: string;
  size: number;
}

/**
 * The one import pipeline (ARCHITECTURE §4): streamed, validated per row, written in batched transactions
 * with the job's progress, resumable after a crash, with a per-row error report.
 */
@Injectable()
export class ImportsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Imports');
  private readonly handlers = new Map<string, ImportHandler>();
  /** which API process runs which import (a job may run on another process than the one that took the upload) */
  private readonly leases: JobLeases;
  private readonly running: RunningJobs;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditLogService,
  ) {
    this.leases = new JobLeases(ds, ImportJob, config.jobLeaseSeconds);
    this.running = new RunningJobs(this.logger, (jobId, message) => this.finishFailed(jobId, `导入失败：${message}`), this.leases);
  }

  register<T, C>(handler: ImportHandler<T, C>): void {
    this.handlers.set(handler.kind, handler as ImportHandler);
  }

  /**
   * Jobs cut short by a stop resume where their last batch committed — at start-up, and whenever another API
   * process died under one (its lease ran out: `watch`); without their file, or after a process died under them
   * twice, they fail (and their upload is deleted). Then uploads no unfinished job refers to are swept: left by a
   * crash during an upload request, or by a failure that could not delete them.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.running.takeOver((job) => this.adopt(job as ImportJob));
    this.running.watch((job) => this.adopt(job as ImportJob));
    await this.sweepUploads();
  }

  onModuleDestroy(): void {
    this.running.stop();
  }

  /** A job this process has just claimed from a stopped one (`job` as it was before the claim). */
  private async adopt(job: ImportJob): Promise<void> {
    if (job.attempts >= MAX_JOB_ATTEMPTS) {
      this.logger.warn(`import ${job.id} not resumed: the process stopped under it ${job.attempts} times`);
      await this.finishFailed(job.id, `导入失败：${GAVE_UP_MESSAGE}`);
    } else if (fs.existsSync(job.filePath) && this.handlers.has(job.kind)) {
      // a queued import is one waiting for its serial key (or whose uploader's process died first): said once, when cut short
      if (job.status === 'running') this.logger.log(`resuming import ${job.id} after row ${job.processedRows}`);
      this.schedule(job.id);
    } else {
      await this.end(job.id, 'failed', { message: '服务重启时上传文件已丢失，请重新导入 (the upload was lost at a restart; import again)' }).catch((err) => {
        if (!(err instanceof LeaseLost)) throw err;
      });
    }
  }

  /**
   * The one write that ends an import (through its lease: LeaseLost if another process holds it now): its twin key
   * goes with it, so the same file can be imported again.
   */
  private end(jobId: number, status: 'succeeded' | 'failed', changes: Partial<ImportJob>, em?: EntityManager): Promise<void> {
    return this.leases.write(jobId, { ...changes, status, twinKey: null, finishedAt: new Date() }, em);
  }

  /** Marks a job failed with a message for people and deletes its upload (full of ID numbers) — unless another process holds it now. */
  private async finishFailed(jobId: number, message: string): Promise<void> {
    try {
      await this.end(jobId, 'failed', { message: message.slice(0, 1000) });
    } catch (err) {
      if (err instanceof LeaseLost) return;
      throw err;
    }
    const job = await this.ds.getRepository(ImportJob).findOneBy({ id: jobId });
    if (job) fs.rmSync(job.filePath, { force: true });
  }

  /**
   * Deletes files in the upload folder that no queued or running job refers to. Only those untouched for
   * UPLOAD_SWEEP_GRACE_MS: another process sharing the folder may be receiving one right now.
   */
  async sweepUploads(): Promise<string[]> {
    const dir = this.config.uploadDir;
    if (!fs.existsSync(dir)) return [];
    const live = new Set(
      (await this.ds.getRepository(ImportJob).find({ select: { filePath: true }, where: { status: In(['queued', 'running']) } })).map((j) =>
        path.resolve(j.filePath),
      ),
    );
    const swept: string[] = [];
    for (const name of fs.readdirSync(dir)) {
      const file = path.resolve(dir, name);
      try {
        const stat = fs.statSync(file);
        if (!stat.isFile() || live.has(file) || Date.now() - stat.mtimeMs < UPLOAD_SWEEP_GRACE_MS) continue;
        fs.rmSync(file, { force: true });
        swept.push(name);
      } catch {
        // gone meanwhile
      }
    }
    if (swept.length > 0) this.logger.log(`deleted ${swept.length} upload(s) no job refers to`);
    return swept;
  }

  async start(actor: Actor, kind: string, file: UploadedFileInfo | undefined, params: Record<string, unknown>): Promise<ImportJobRecord> {
    const handler = this.handlers.get(kind);
    if (!handler) throw new Error(`no import handler ${kind}`);
    if (!file) throw fieldError('file', '请选择要上传的 CSV 或 XLSX 文件 (attach one CSV or XLSX file as "file")');
    try {
      return await this.accept(actor, handler, file, params);
    } catch (err) {
      // refused, or failed before a job row took the file: it must not stay on disk
      fs.rmSync(file.path, { force: true });
      throw err;
    }
  }

  private async accept(actor: Actor, handler: ImportHandler, file: UploadedFileInfo, params: Record<string, unknown>): Promise<ImportJobRecord> {
    try {
      // only the header is checked here; the rows are counted by the job (a 1M-row XLSX takes seconds)
      await checkHeader(file.path, handler);
    } catch (err) {
      if (err instanceof ImportFormatError) throw fieldError('file', err.message);
      throw fieldError('file', '无法读取文件：请上传 CSV（UTF-8 或 GBK）或 XLSX (could not read the file: upload CSV or XLSX)');
    }
    const fileHash = await hashFile(file.path);
    const paramsJson = JSON.stringify(params);
    let job: ImportJob;
    try {
      // from here on the job owns the file (nothing below throws but the twin's refusal, which writes nothing)
      job = await this.insertJob(actor, handler, file, fileHash, paramsJson, params);
    } catch (err) {
      // the same file with the same parameters twice at once would race itself (on MariaDB: duplicate keys); the
      // unique twin key refuses the second on any API process. No job id: the twin may be in a region the uploader does not see
      if (isDuplicateKey(err) && /twinKey|uq_import_jobs_twin/.test(String((err as Error).message))) {
        throw new ConflictException(
          '同一文件正在以相同参数导入，请等待其完成 (the same file is already being imported with the same parameters; wait for it to finish)',
        );
      }
      throw err;
    }
    // normally this process runs it; if another took it first (its takeover poll), that one does
    if (await this.leases.claim(job)) this.schedule(job.id);
    return toRecord(job);
  }

  private insertJob(
    actor: Actor,
    handler: ImportHandler,
    file: UploadedFileInfo,
    fileHash: string,
    paramsJson: string,
    params: Record<string, unknown>,
  ): Promise<ImportJob> {
    const kind = handler.kind;
    return inTransaction(this.ds, async (em) => {
      const saved = await em.save(
        em.create(ImportJob, {
          kind,
          regionCode: actor.regionCode,
          userId: actor.userId,
          username: actor.username,
          filename: Buffer.from(file.originalname, 'latin1').toString('utf8').slice(0, 255),
          filePath: file.path,
          fileHash,
          params: paramsJson,
          twinKey: twinKeyOf(kind, fileHash, paramsJson),
          status: 'queued',
          attempts: 0,
          totalRows: NOT_COUNTED,
          processedRows: 0,
          errorCount: 0,
          counts: '{}',
          message: null,
          startedAt: null,
          finishedAt: null,
        }),
      );
      await this.audit.append(em, actor, {
        action: 'import',
        resource: handler.resource,
        resourceId: saved.id,
        after: { filename: saved.filename, fileHash, params },
      });
      return saved;
    });
  }

  /**
   * Runs an import this process holds once it holds its serial key: one import of a kind per region at a time, on
   * every API process. Two different files of one county at once would read the ledger before either wrote and then
   * clash on the same people and tasks (a failed batch midway); the second waits in the queue instead.
   */
  private schedule(jobId: number): void {
    this.running.schedule(jobId, async () => {
      const job = await this.ds.getRepository(ImportJob).findOneByOrFail({ id: jobId });
      await this.running.holdingKeys(jobId, [importSerialKey(job)], () => this.run(job));
    });
  }

  /** Waits for an import (tests, the demo seed; RunningJobs.settle). */
  settle(jobId: number): Promise<void> {
    return this.running.settle(jobId);
  }

  private async run(queued: ImportJob): Promise<void> {
    const jobId = queued.id;
    let job = queued;
    const handler = this.handlers.get(job.kind)!;
    // the claim counted the run in `attempts`; from here every write to the job checks this process still holds it
    await this.leases.write(jobId, { status: 'running', startedAt: job.startedAt ?? new Date() });
    const context = await handler.createContext(job, this.ds.manager);
    // the progress total, counted alongside the import and saved with the next batch once known
    let counted: number | null = null;
    if (job.totalRows < 0) {
      countDataRows(job.filePath, { headers: handler.headers, optionalHeaders: handler.optionalHeaders }).then(
        (n) => (counted = n),
        () => undefined, // an unreadable file fails the import itself, with its own message
      );
    }
    const prepare = (rows: SourceRow[]) => {
      const good: GoodRow<unknown>[] = [];
      const bad: Array<Partial<ImportRowError>> = [];
      for (const row of rows) {
        const result = handler.validate(row, context, job);
        if (result && typeof result === 'object' && 'reject' in (result as object)) {
          bad.push({ jobId, line: row.line, reason: (result as { reject: string }).reject.slice(0, 500), raw: JSON.stringify(row.cells) });
        } else {
          good.push({ line: row.line, value: result });
        }
      }
      return { size: rows.length, good, bad };
    };
    const write = async ({ size, good, bad }: ReturnType<typeof prepare>) => {
      job = await inTransaction(this.ds, async (em) => {
        const counts = good.length ? await handler.writeBatch(em, good, context, job) : {};
        if (bad.length) await insertMany(em, ImportRowError, bad);
        const merged: Record<string, number> = JSON.parse(job.counts);
        for (const [k, v] of Object.entries(counts)) merged[k] = (merged[k] ?? 0) + v;
        const changes: Partial<ImportJob> = {
          processedRows: job.processedRows + size,
          errorCount: job.errorCount + bad.length,
          counts: JSON.stringify(merged),
        };
        if (counted !== null && job.totalRows !== counted) changes.totalRows = counted;
        // the lease check before the batch commits: taken over meanwhile → LeaseLost, the batch rolls back
        await this.leases.write(jobId, changes, em);
        return Object.assign(job, changes);
      });
    };
    // Batch n is written while batch n + 1 is read and validated (the database works while Node parses);
    // batches still commit one at a time, in file order, each with the job's progress.
    let writing: Promise<void> = Promise.resolve();
    let batch: SourceRow[] = [];
    const flush = async () => {
      const prepared = prepare(batch);
      batch = [];
      await writing;
      writing = write(prepared);
      writing.catch(() => undefined); // awaited at the next flush; must not count as unhandled meanwhile
    };
    try {
      for await (const row of readRows(job.filePath, { headers: handler.headers, optionalHeaders: handler.optionalHeaders, skipRows: job.processedRows })) {
        batch.push(row);
        if (batch.length >= IMPORT_BATCH_SIZE) await flush();
      }
      if (batch.length) await flush();
    } finally {
      // a read error must not mark the job failed while the batch before it is still committing
      await writing.catch(() => undefined);
    }
    await writing;
    await inTransaction(this.ds, async (em) => {
      await this.end(jobId, 'succeeded', { message: null, totalRows: job.processedRows }, em);
      await handler.succeeded?.(em, job);
    });
    fs.rmSync(job.filePath, { force: true });
    // warming what readers ask for next is not part of the import: a failure only leaves the work to the next reader
    await handler
      .afterImport?.(this.ds, job)
      .catch((err) => this.logger.warn(maskIdNumbersIn(`import ${jobId}: after-import step failed: ${(err as Error).message}`)));
  }

  private async load(actor: Actor, kind: string, id: number): Promise<ImportJob> {
    const job = await this.ds.getRepository(ImportJob).findOneBy({ id, kind });
    return assertInScope(actor, job, (j) => j.regionCode, this.handlers.get(kind)?.resource ?? kind, id);
  }

  async get(actor: Actor, kind: string, id: number): Promise<ImportJobRecord> {
    return toRecord(await this.load(actor, kind, id));
  }

  async list(actor: Actor, kind: string, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(ImportJob).createQueryBuilder('j'), actor).andWhere('j.kind = :kind', { kind });
    const { rows, total } = await fetchList(qb, query, IMPORT_JOB_LIST);
    return { rows: rows.map(toRecord), total };
  }

  /**
   * The first REJECTED_ROWS_SHOWN rejected lines, by line: number and reason only (the cells stay in the
   * report), with any ID number in a reason masked — the page is no reveal, so it needs no audit.
   */
  async rejectedRows(actor: Actor, kind: string, id: number): Promise<ImportRejectedRow[]> {
    await this.load(actor, kind, id);
    const rows = await this.ds
      .getRepository(ImportRowError)
      .createQueryBuilder('e')
      .select(['e.id', 'e.line', 'e.reason'])
      .where('e.jobId = :id', { id })
      .orderBy('e.line', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(REJECTED_ROWS_SHOWN)
      .getMany();
    return rows.map((r) => ({ line: r.line, reason: maskIdNumbersIn(r.reason) }));
  }

  /**
   * The rejected rows as CSV (UTF-8 with BOM, so Excel opens it in Chinese): line, the reason in Chinese and in
   * English (one language per column), then the cells.
   * Without the reveal permission ID columns are masked, and so is any ID number elsewhere in a row; cells
   * are formula-safe; the download is audited like every export of personal data.
   */
  async sendErrorReport(actor: Actor, kind: string, id: number, res: Response): Promise<void> {
    const job = await this.load(actor, kind, id);
    const handler = this.handlers.get(kind)!;
    const reveal = can(actor.role, 'beneficiaries', 'reveal');
    const idColumns = new Set(handler.headers.filter((h) => h.includes('身份证号')));
    const shown = (header: string | null, value: string | undefined) => {
      if (reveal || value === undefined) return value;
      return header !== null && idColumns.has(header) ? maskIdNumber(value) : maskIdNumbersIn(value);
    };
    await this.audit.record(actor, {
      action: 'export',
      resource: handler.resource,
      resourceId: job.id,
      after: { report: 'import-errors', rows: job.errorCount, maskedIds: !reveal },
    });
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    const name = `导入错误报告-${job.id}.csv`;
    res.setHeader('Content-Disposition', contentDisposition(name, `import-errors-${job.id}`));
    const columns = [...handler.headers, ...(handler.optionalHeaders ?? [])];
    res.write('\uFEFF' + csvLine([...ERROR_REPORT_HEADERS, ...columns]) + '\r\n');
    let after = 0;
    for (;;) {
      const rows = await this.ds
        .getRepository(ImportRowError)
        .createQueryBuilder('e')
        .where('e.jobId = :id AND e.id > :after', { id, after })
        .orderBy('e.id', 'ASC')
        .limit(2000)
        .getMany();
      for (const r of rows) {
        const cells = JSON.parse(r.raw) as Record<string, string>;
        const reason = bilingualParts(shown(null, r.reason)!);
        res.write(csvLine([r.line, reason.zh, reason.en ?? '', ...columns.map((h) => shown(h, cells[h]))]) + '\r\n');
      }
      if (rows.length < 2000) break;
      after = rows[rows.length - 1].id;
    }
    res.end();
  }

  uploadDir(): string {
    return this.config.uploadDir;
  }
}

/** Reads up to the first data row: throws ImportFormatError if the file has no usable header. */
async function checkHeader(file: string, handler: ImportHandler): Promise<void> {
  const rows = readRows(file, { headers: handler.headers, optionalHeaders: handler.optionalHeaders });
  try {
    await rows.next();
  } finally {
    await rows.return(undefined);
  }
}

/** An unfinished import's twin key (ImportJob.twinKey): the same kind, file and parameters. */
export function twinKeyOf(kind: string, fileHash: string, paramsJson: string): string {
  return createHash('sha256').update(`${kind}\u0000${fileHash}\u0000${paramsJson}`).digest('hex');
}

function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file)
      .on('data', (c) => hash.update(c))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}
