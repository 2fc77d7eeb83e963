import { Button, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWorkflow } from './WorkflowStateTag';

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
