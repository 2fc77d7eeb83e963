import { Progress, Tag, Typography } from 'antd';

/**
 * What every job a user starts shows while it runs and once it is done — file imports (`<imports>`) and
 * background runs (`settlement-recomputes`): its status as a tag and its progress as a bar. Each kind brings
 * its own words (the status labels, the caption under the bar); the colours and the arithmetic are here.
 */
export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'];

export const isFinished = (job: { status: string }) => job.status === 'succeeded' || job.status === 'failed';

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
 * units done / units in all as a bar with its percentage; `total` null (not counted yet) shows a running bar
 * without a figure. A finished job with nothing to do is complete (100 %).
 */
export function JobProgress({
  status,
  processed,
  total,
  label,
  caption,
  size = 'default',
  testId,
}: {
  status: string;
  processed: number;
  total: number | null;
  /** the bar's accessible name */
  label: string;
  /** the line under the bar, e.g. "已处理 40 / 100 行" */
  caption: string;
  size?: 'default' | 'small';
  testId?: string;
}) {
  const known = typeof total === 'number';
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
