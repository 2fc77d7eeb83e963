import type { BulkActionResult } from '@yibao/shared';
import { Alert, Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localizeServerText } from '../providers/i18n';
import { useWorkflow } from './WorkflowStateTag';
import { serverErrorText } from './serverErrors';

/**
 * The bulk decision bar over a page of workflow records (the inbox's tabs, the 疑点 queue): how many are chosen,
 * and a button for every action some record on the page offers, in the definition's order — enabled only when
 * every chosen record offers it. `onPick` opens the page's dialog; the request is the page's (the engine's bulk).
 */
export function BulkActionBar({
  resource,
  items,
  chosen,
  onPick,
}: {
  resource: string;
  /** the records on the page (what offers an action) */
  items: ReadonlyArray<{ actions: string[] }>;
  /** the chosen ones among them */
  chosen: ReadonlyArray<{ actions: string[] }>;
  onPick: (action: string) => void;
}) {
  const { t } = useTranslation();
  const { def, actionLabel } = useWorkflow(resource);
  const offered = Object.keys(def?.actions ?? {}).filter((a) => items.some((i) => i.actions.includes(a)));
  return (
    <Space style={{ marginBottom: 12 }} wrap data-testid="bulk-bar">
      <Typography.Text type="secondary">{t('inbox.bulk.selected', { count: chosen.length })}</Typography.Text>
      {offered.map((name) => {
        const all = chosen.length > 0 && chosen.every((i) => i.actions.includes(name));
        const tone = def?.actions[name].tone;
        return (
          <Tooltip key={name} title={chosen.length && !all ? t('inbox.bulk.notForAll', { action: actionLabel(name) }) : undefined}>
            <Button
              type={tone === 'primary' ? 'primary' : 'default'}
              danger={tone === 'danger'}
              disabled={!all}
              onClick={() => onPick(name)}
              data-testid={`bulk-${name}`}
            >
              {t('inbox.bulk.button', { action: actionLabel(name) })}
            </Button>
          </Tooltip>
        );
      })}
    </Space>
  );
}

/** A bulk action's answer with what it was: the resource and the action. */
export interface BulkOutcomeValue extends BulkActionResult {
  resource: string;
  action: string;
}

/**
 * The outcome of the last bulk action: how many succeeded, which failed and why (the engine's per-item results);
 * with `listSucceeded` the succeeded items are listed too. `titleOf` names an item (a title, a link).
 */
export function BulkOutcome({
  outcome,
  titleOf,
  listSucceeded = false,
  onClose,
}: {
  outcome: BulkOutcomeValue;
  titleOf: (id: number) => ReactNode;
  listSucceeded?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { actionLabel } = useWorkflow(outcome.resource);
  const listed = outcome.results.filter((r) => listSucceeded || !r.ok);
  return (
    <Alert
      closable
      onClose={onClose}
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      data-testid="bulk-outcome"
      type={outcome.failed ? (outcome.succeeded ? 'warning' : 'error') : 'success'}
      message={t('inbox.bulk.outcome', { action: actionLabel(outcome.action), succeeded: outcome.succeeded, failed: outcome.failed })}
      description={
        listed.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {listed.map((r) => (
              <li key={r.id} data-testid={r.ok ? 'bulk-success' : 'bulk-failure'}>
                {titleOf(r.id)}：
                {r.ok ? (
                  <Tag color="green">{t('inbox.bulk.ok')}</Tag>
                ) : r.message ? (
                  serverErrorText(r.details, localizeServerText(r.message))
                ) : (
                  t('errors.unknown', { status: r.status })
                )}
              </li>
            ))}
          </ul>
        )
      }
    />
  );
}
