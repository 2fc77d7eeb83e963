import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '../../common/actor';
import { fieldError } from '../../common/errors';
import { fetchList, ListSpec } from '../../common/list-query';
import { assertInScope, scopeQuery } from '../../common/region-scope';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { inTransaction } from '../../database/data-source';
import { insertMany } from '../../database/insert-many';
import { AuditLogService } from '../audit-log/audit-log.service';
import { RunningJobs } from '../jobs/job-columns';
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
  /** per-run state (caches, duplicate detection) */
  createContext(job: ImportJob, em: EntityManager): Promise<C>;
  /** a value, or the reason the row is rejected (shown in the error report) */
  validate(row: SourceRow, context: C, job: ImportJob): T | { reject: string };
  /** writes one batch inside the job's transaction; returns counts by outcome */
  writeBatch(em: EntityManager, rows: GoodRow<T>[], context: C, job: ImportJob): Promise<Record<string, number>>;
  /** once the job reads as succeeded: warm what readers will ask for next (optional, best effort) */
  afterImport?(ds: DataSource, job: ImportJob): Promise<void>;
}

export interface ImportJobRecord {
  id: number;
  kind: string;
  regionCode: string;
  username: string;
  filename: string;
  params: Record<string, unknown>;
  status: string;
  /** data rows in the file; null until the job has counted them */
  totalRows: number | null;
  processedRows: number;
  errorCount: number;
  counts: Record<string, number>;
  message: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
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

/** Rows per batch transaction: large enough that per-statement costs vanish, small enough to stay short. */
export const IMPORT_BATCH_SIZE = 5000;
/** `totalRows` while the job has not counted the file yet (the column is NOT NULL; shown as null). */
const NOT_COUNTED = -1;

function toRecord(j: ImportJob): ImportJobRecord {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: j.id,
    kind: j.kind,
    regionCode: j.regionCode,
    username: j.username,
    filename: j.filename,
    params: JSON.parse(j.params),
    status: j.status,
    totalRows: j.totalRows < 0 ? null : j.totalRows,
    processedRows: j.processedRows,
    errorCount: j.errorCount,
    counts: JSON.parse(j.counts),
    message: j.message,
    createdAt: iso(j.createdAt)!,
    startedAt: iso(j.startedAt),
    finishedAt: iso(j.finishedAt),
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
export class ImportsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Imports');
  private readonly handlers = new Map<string, ImportHandler>();
  private readonly running = new RunningJobs(this.logger, (jobId, err) =>
    this.ds.getRepository(ImportJob).update({ id: jobId }, { status: 'failed', message: `导入失败：${err.message}`.slice(0, 1000), finishedAt: new Date() }),
  );

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditLogService,
  ) {}

  register<T, C>(handler: ImportHandler<T, C>): void {
    this.handlers.set(handler.kind, handler as ImportHandler);
  }

  /** Jobs cut short by a stop resume where their last batch committed; without their file they fail. */
  async onApplicationBootstrap(): Promise<void> {
    const unfinished = await this.ds.getRepository(ImportJob).find({ where: { status: In(['queued', 'running']) } });
    for (const job of unfinished) {
      if (fs.existsSync(job.filePath) && this.handlers.has(job.kind)) {
        this.logger.log(`resuming import ${job.id} after row ${job.processedRows}`);
        this.schedule(job.id);
      } else {
        await this.ds.getRepository(ImportJob).update({ id: job.id }, { status: 'failed', message: '服务重启时上传文件已丢失，请重新导入 (the upload was lost at a restart; import again)', finishedAt: new Date() });
      }
    }
  }

  async start(actor: Actor, kind: string, file: UploadedFileInfo | undefined, params: Record<string, unknown>): Promise<ImportJobRecord> {
    const handler = this.handlers.get(kind);
    if (!handler) throw new Error(`no import handler ${kind}`);
    if (!file) throw fieldError('file', '请选择要上传的 CSV 或 XLSX 文件 (attach one CSV or XLSX file as "file")');
    try {
      // only the header is checked here; the rows are counted by the job (a 1M-row XLSX takes seconds)
      await checkHeader(file.path, handler.headers);
    } catch (err) {
      fs.rmSync(file.path, { force: true });
      if (err instanceof ImportFormatError) throw fieldError('file', err.message);
      throw fieldError('file', '无法读取文件：请上传 CSV（UTF-8 或 GBK）或 XLSX (could not read the file: upload CSV or XLSX)');
    }
    const fileHash = await hashFile(file.path);
    const job = await inTransaction(this.ds, async (em) => {
      const saved = await em.save(
        em.create(ImportJob, {
          kind,
          regionCode: actor.regionCode,
          userId: actor.userId,
          username: actor.username,
          filename: Buffer.from(file.originalname, 'latin1').toString('utf8').slice(0, 255),
          filePath: file.path,
          fileHash,
          params: JSON.stringify(params),
          status: 'queued',
          totalRows: NOT_COUNTED,
          processedRows: 0,
          errorCount: 0,
          counts: '{}',
          message: null,
          startedAt: null,
          finishedAt: null,
        }),
      );
      await this.audit.append(em, { actor, action: 'import', resource: handler.resource, resourceId: saved.id, after: { filename: saved.filename, fileHash, params }, ip: actor.ip });
      return saved;
    });
    this.schedule(job.id);
    return toRecord(job);
  }

  private schedule(jobId: number): void {
    this.running.schedule(jobId, () => this.run(jobId));
  }

  /** Waits for a running job (tests and shutdown). */
  settle(jobId: number): Promise<void> {
    return this.running.settle(jobId);
  }

  private async run(jobId: number): Promise<void> {
    const repo = this.ds.getRepository(ImportJob);
    let job = await repo.findOneByOrFail({ id: jobId });
    const handler = this.handlers.get(job.kind)!;
    await repo.update({ id: jobId }, { status: 'running', startedAt: job.startedAt ?? new Date() });
    const context = await handler.createContext(job, this.ds.manager);
    // the progress total, counted alongside the import and saved with the next batch once known
    let counted: number | null = null;
    if (job.totalRows < 0) {
      countDataRows(job.filePath, { headers: handler.headers }).then(
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
        const changes: Partial<ImportJob> = { processedRows: job.processedRows + size, errorCount: job.errorCount + bad.length, counts: JSON.stringify(merged) };
        if (counted !== null && job.totalRows !== counted) changes.totalRows = counted;
        await em.update(ImportJob, { id: jobId }, changes);
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
      for await (const row of readRows(job.filePath, { headers: handler.headers, skipRows: job.processedRows })) {
        batch.push(row);
        if (batch.length >= IMPORT_BATCH_SIZE) await flush();
      }
      if (batch.length) await flush();
    } finally {
      // a read error must not mark the job failed while the batch before it is still committing
      await writing.catch(() => undefined);
    }
    await writing;
    await repo.update({ id: jobId }, { status: 'succeeded', finishedAt: new Date(), message: null, totalRows: job.processedRows });
    fs.rmSync(job.filePath, { force: true });
    // warming what readers ask for next is not part of the import: a failure only leaves the work to the next reader
    await handler.afterImport?.(this.ds, job).catch((err) => this.logger.warn(`import ${jobId}: after-import step failed: ${(err as Error).message}`));
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

  /** The rejected rows as CSV (UTF-8 with BOM, so Excel opens it in Chinese): line, reason, then the cells. */
  async sendErrorReport(actor: Actor, kind: string, id: number, res: Response): Promise<void> {
    const job = await this.load(actor, kind, id);
    const handler = this.handlers.get(kind)!;
    const esc = (v: unknown) => {
      const s = String(v ?? '');
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    const name = `导入错误报告-${job.id}.csv`;
    res.setHeader('Content-Disposition', `attachment; filename="import-errors-${job.id}.csv"; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.write('\uFEFF' + ['行号', '原因', ...handler.headers].map(esc).join(',') + '\r\n');
    let after = 0;
    for (;;) {
      const rows = await this.ds.getRepository(ImportRowError).createQueryBuilder('e').where('e.jobId = :id AND e.id > :after', { id, after }).orderBy('e.id', 'ASC').limit(2000).getMany();
      for (const r of rows) {
        const cells = JSON.parse(r.raw) as Record<string, string>;
        res.write([r.line, r.reason, ...handler.headers.map((h) => cells[h])].map(esc).join(',') + '\r\n');
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
async function checkHeader(file: string, headers: readonly string[]): Promise<void> {
  const rows = readRows(file, { headers });
  try {
    await rows.next();
  } finally {
    await rows.return(undefined);
  }
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
