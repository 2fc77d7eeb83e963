import { Card, Progress, Tag, Typography } from 'antd';
import { isJobFinished, JOB_STATUSES, type JobRecord } from '@yibao/shared';
import { type ReactNode, useEffect } from 'react';
import { useJob } from '../../hooks/useJob';

/**
 * What every job a user starts shows while it runs and once it is done — file imports (`<imports>`) and
 * background runs (`settlement-recomputes`, `cost-warning-detections`): its status as a tag, its progress as
 * a bar from the fields every job reports (`processed`, `total`), and the one start-and-follow screen. Each
 * kind brings its own words (the status labels, the caption under the bar); the colours and arithmetic are here.
 */
export { JOB_STATUSES, isJobFinished as isFinished };

/** Tag colour and a text colour that keeps WCAG AA contrast on the tag's tint. */
const STATUS_COLORS: Record<string, { color: string; text?: string }> = {
  queued: { color: 'default' },
  running: { color: 'processing', text: '#0958d9' },
  succeeded: { color: 'success', text: '#237804' },
  failed: { color: 'error', text: '#a8071a' },
};

export function JobStatusTag({ status, label, testId }: { status: string; label: string; testId?: string }) {
  const c = STATUS_COLORS[status] ?? { color: 'default' };
  return (
    <Tag color={c.color} style={c.text ? { color: c.text } : undefined} data-testid={testId}>
      {label}
    </Tag>
  );
}

/**
 * processed / total as a bar with its percentage; `total` null (not counted yet) shows a running bar
 * without a figure. A finished job with nothing to do is complete (100 %).
 */
export function JobProgress({
  job,
  label,
  caption,
  size = 'default',
  testId,
}: {
  job: Pick<JobRecord, 'status' | 'processed' | 'total'>;
  /** the bar's accessible name */
  label: string;
  /** the line under the bar, e.g. "已处理 40 / 100 行" */
  caption: string;
  size?: 'default' | 'small';
  testId?: string;
}) {
  const { status, processed, total } = job;
  const known = total !== null;
  const percent = status === 'succeeded' ? 100 : known && total ? Math.min(100, Math.floor((processed / total) * 100)) : known ? 100 : 0;
  const barStatus = status === 'failed' ? 'exception' : status === 'succeeded' ? 'success' : 'active';
  return (
    <div data-testid={testId}>
      <Progress
        percent={known ? percent : 100}
        status={barStatus}
        size={size === 'small' ? 'small' : undefined}
        showInfo={known}
        strokeColor={known ? undefined : '#91caff'}
        aria-label={label}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {caption}
      </Typography.Text>
    </div>
  );
}

/**
 * The one start-and-follow screen of a job: `start` (the form that starts it) until there is a job, then the
 * job read every second until it has finished (`useJob`), drawn by `children` (progress, then the kind's
 * summary). `onFinished` runs once it has finished (e.g. to refresh the lists it changed).
 */
export function JobFollow<J extends JobRecord>({
  resource,
  jobId,
  start,
  onFinished,
  loading = <Card loading />,
  children,
}: {
  resource: string;
  jobId: number | undefined;
  start: ReactNode;
  onFinished?: () => void;
  loading?: ReactNode;
  children: (job: J) => ReactNode;
}) {
  const { job, finished } = useJob<J>(resource, jobId);
  useEffect(() => {
    if (finished) onFinished?.();
  }, [finished, onFinished]);
  if (jobId === undefined) return <>{start}</>;
  if (!job) return <>{loading}</>;
  return <>{children(job)}</>;
}
