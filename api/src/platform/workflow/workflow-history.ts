import type { EntityManager } from 'typeorm';
import { selectIn, tableOf } from '../../database/insert-many';
import { WorkflowTransition } from './workflow-transition.entity';

/** A transition row as read raw (`snapshot` only when asked for: the record's content right after it). */
export interface TransitionRow {
  recordId: number;
  fromState: string;
  toState: string;
  at: Date | string;
  snapshot?: string;
}

/**
 * The workflow transitions of these records of a resource, in the order applied, per record: what a stage-history
 * judgement (shared `stageSpans`, MON-1 / FRD-3 and the lists' `lateIn` filters) reads.
 */
export async function transitionsOf(em: EntityManager, resource: string, ids: readonly number[], withSnapshot: boolean): Promise<Map<number, TransitionRow[]>> {
  const out = new Map<number, TransitionRow[]>();
  if (!ids.length) return out;
  const q = (col: string) => em.connection.driver.escape(col);
  const columns = ['recordId', 'fromState', 'toState', 'at', ...(withSnapshot ? ['snapshot'] : [])].map((col) => `${q(col)} AS ${q(col)}`).join(', ');
  const rows = await selectIn<TransitionRow>(
    em,
    `SELECT ${columns} FROM ${q(tableOf(em, WorkflowTransition))} WHERE ${q('resource')} = ? AND ${q('recordId')} IN (?) ORDER BY ${q('at')}, ${q('id')}`,
    ids,
    [resource],
  );
  for (const r of rows) (out.get(Number(r.recordId)) ?? out.set(Number(r.recordId), []).get(Number(r.recordId))!).push(r);
  return out;
}

/** A datetime as either dialect returns it raw: a Date (MySQL, UTC) or 'YYYY-MM-DD HH:MM:SS.SSS' UTC text (SQLite). */
export function instantOf(v: Date | string): Date {
  return v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`);
}
