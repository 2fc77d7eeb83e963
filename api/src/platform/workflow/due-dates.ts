import type { WorkflowDefinition } from '@yibao/shared';

/**
 * When an approvable record is due for its next action — the one place that computes it, in JavaScript (for
 * the record) and in SQL (for sorting and counting the inbox, and for "overdue" filters). A stage with
 * `deadlineDays` is due that many days after the record entered it; a stage without one is never overdue.
 */
export function stageDueAt(definition: WorkflowDefinition, record: { state: string; stateChangedAt: Date | string }): Date | null {
  const days = definition.states[record.state]?.deadlineDays;
  return days ? new Date(new Date(record.stateChangedAt).getTime() + days * 86_400_000) : null;
}

/** The end of a China date (YYYY-MM-DD) as an instant: a record due on that date is due until then. */
export function endOfChinaDay(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

/**
 * "Overdue at `now`" as a WHERE condition without date arithmetic (one form for both dialects, and it can
 * use an index on (state, stateChangedAt)): the current stage fell due before now.
 */
export function stageOverdueCondition(
  definition: WorkflowDefinition,
  alias: string,
  now: Date,
  param: string,
): { sql: string; params: Record<string, unknown> } {
  return stageDueCondition(definition, alias, '<', now, param);
}

/**
 * "The current stage falls due before / at or before / at or after `at`" as a WHERE condition without date arithmetic:
 * some stage's record entered it before / at or before / at or after `at` − its deadline. A stage without a deadline
 * never matches.
 */
export function stageDueCondition(
  definition: WorkflowDefinition,
  alias: string,
  op: '<' | '<=' | '>=',
  at: Date,
  param: string,
): { sql: string; params: Record<string, unknown> } {
  const parts = Object.entries(definition.states)
    .filter(([, s]) => s.deadlineDays)
    .map(([state, s], i) => ({
      sql: `(${alias}.state = :${param}s${i} AND ${alias}.stateChangedAt ${op} :${param}t${i})`,
      params: { [`${param}s${i}`]: state, [`${param}t${i}`]: new Date(at.getTime() - s.deadlineDays! * 86_400_000) },
    }));
  if (!parts.length) return { sql: '1 = 0', params: {} };
  return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: Object.assign({}, ...parts.map((p) => p.params)) };
}

/** The first instant of a China date (YYYY-MM-DD). */
export function startOfChinaDay(date: string): Date {
  return new Date(`${date}T00:00:00.000+08:00`);
}

/** Date arithmetic in the dialect's SQL; results compare with Date parameters and sort in time order. */
export interface DueSql {
  /** `column` (a timestamp) plus whole days */
  addDays(column: string, days: number): string;
  /** the end of the China-time day of `column` (a date, 'YYYY-MM-DD'): 15:59:59.999 UTC */
  endOfChinaDay(column: string): string;
}

export function dueSql(dialect: 'sqlite' | 'mysql'): DueSql {
  if (dialect === 'sqlite') {
    // TypeORM stores timestamps on SQLite as 'YYYY-MM-DD HH:MM:SS.SSS' UTC text, and binds Dates the same way
    return {
      addDays: (column, days) => `strftime('%Y-%m-%d %H:%M:%f', ${column}, '+${Math.trunc(days)} days')`,
      endOfChinaDay: (column) => `strftime('%Y-%m-%d %H:%M:%f', ${column}, '+15 hours', '+59 minutes', '+59.999 seconds')`,
    };
  }
  return {
    addDays: (column, days) => `DATE_ADD(${column}, INTERVAL ${Math.trunc(days)} DAY)`,
    endOfChinaDay: (column) => `TIMESTAMP(${column}, '15:59:59.999')`,
  };
}

/** `stageDueAt` in SQL: a CASE over the states with a deadline (NULL for the others). */
export function stageDueAtSql(definition: WorkflowDefinition, alias: string, sql: DueSql): string {
  const whens = Object.entries(definition.states)
    .filter(([, s]) => s.deadlineDays)
    .map(([state, s]) => {
      // state names come from the definitions in shared/, never from a request; checked all the same
      if (!/^[a-z_]+$/.test(state)) throw new Error(`workflow ${definition.resource}: state name ${state} is not a plain code`);
      return `WHEN '${state}' THEN ${sql.addDays(`${alias}.stateChangedAt`, s.deadlineDays!)}`;
    });
  return whens.length ? `(CASE ${alias}.state ${whens.join(' ')} ELSE NULL END)` : 'NULL';
}
