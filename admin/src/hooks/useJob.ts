import { useOne } from '@refinedev/core';
import { isJobFinished, type JobRecord } from '@yibao/shared';
import type { ApiError } from '../providers/http';

/** How often a job that has not finished is read again. */
export const JOB_POLL_MS = 1000;

/** For a page that reads a job itself (`useRecordShow`): read again every second until it has finished. */
export const pollUntilFinished = (job: Pick<JobRecord, 'status'> | undefined): number | false => (job && !isJobFinished(job) ? JOB_POLL_MS : false);

/** For a list of jobs: read it again every two seconds while one of them has not finished. */
export const pollListWhileRunning = (rows: ReadonlyArray<object> | undefined): number | false =>
  (rows as Array<Pick<JobRecord, 'status'>> | undefined)?.some((j) => !isJobFinished(j)) ? 2 * JOB_POLL_MS : false;

/**
 * A job of any kind (`GET /api/<resource>/:id`: an import or a background run), read every second until it
 * has finished; nothing is read while `id` is undefined. `progress` is the common shape every kind reports
 * (`processed`, and `total` once counted, else null).
 */
export function useJob<J extends JobRecord = JobRecord>(resource: string, id: number | undefined) {
  const { result, query } = useOne<J, ApiError>({
    resource,
    id,
    queryOptions: {
      enabled: id !== undefined,
      staleTime: 0,
      refetchInterval: (q) => pollUntilFinished(q.state.data?.data as J | undefined),
    },
  });
  const job = id !== undefined && result?.id ? (result as J) : undefined;
  return {
    job,
    error: query.error,
    finished: !!job && isJobFinished(job),
    progress: job ? { processed: job.processed, total: job.total } : undefined,
  };
}
