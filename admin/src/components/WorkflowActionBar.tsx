import { useGetIdentity, type ValidationErrors } from '@refinedev/core';
import { type CurrentUser, type LevelRecord, availableActions } from '@yibao/shared';
import { Button, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type WorkflowTarget, useWorkflowAction } from '../hooks/useWorkflowAction';
import { CommentModal } from './CommentModal';
import { useWorkflow } from './WorkflowStateTag';

export interface WorkflowRecord extends WorkflowTarget {
  state: string;
  regionCode: string;
  /** the actions the server says this user may take now; when given, a button shows only if both agree */
  actions?: string[];
}

/**
 * The actions the engine would allow this user on this record now — the same `availableActions` of
 * shared/ the API decides with — each asking for a comment (required where the definition says so) and
 * the action's declared payload fields, sending `{comment, version, …payload}`. Renders nothing when there is nothing to do.
 */
export function WorkflowActionBar({
  resource,
  record,
  title,
  fixProblems,
  explain,
}: {
  resource: string;
  record: WorkflowRecord;
  /** names the record in the dialog, e.g. "柳州市 2026 年责任分工表" */
  title?: string;
  /** shown under field problems the server reports (e.g. a link to the edit form) */
  fixProblems?: ReactNode;
  /** a rule of the record the definition cannot express, shown before confirming (and whether it needs a comment) */
  explain?: (action: string) => { note: ReactNode; commentRequired: boolean } | undefined;
}) {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const { def, actionLabel, stateLabel } = useWorkflow(resource);
  const { run, running } = useWorkflowAction(resource);
  const [pending, setPending] = useState<string>();
  const [errors, setErrors] = useState<ValidationErrors>();
  if (!def || !me) return null;

  const allowed = availableActions(def, record.state, me, record as unknown as LevelRecord).filter((a) => !record.actions || record.actions.includes(a));
  if (!allowed.length) return null;
  const action = pending ? def.actions[pending] : undefined;
  const rule = pending ? explain?.(pending) : undefined;

  return (
    <Space wrap data-testid="workflow-actions">
      {allowed.map((name) => {
        const tone = def.actions[name].tone;
        return (
          <Button
            key={name}
            type={tone === 'primary' ? 'primary' : 'default'}
            danger={tone === 'danger'}
            data-testid={`workflow-action-${name}`}
            onClick={() => {
              setErrors(undefined);
              setPending(name);
            }}
          >
            {actionLabel(name)}
          </Button>
        );
      })}
      {pending && action && (
        <CommentModal
          open
          title={title ? t('workflow.dialogTitleOf', { action: actionLabel(pending), title }) : actionLabel(pending)}
          description={
            <>
              {t('workflow.transition', { from: stateLabel(record.state), to: stateLabel(action.to) })}
              {rule && (
                <>
                  <br />
                  <span data-testid="workflow-action-rule">{rule.note}</span>
                </>
              )}
            </>
          }
          required={Boolean(action.commentRequired) || Boolean(rule?.commentRequired)}
          okText={actionLabel(pending)}
          danger={action.tone === 'danger'}
          loading={running}
          errors={errors}
          errorsExtra={fixProblems}
          onCancel={() => setPending(undefined)}
          payload={action.payload}
          record={record as unknown as Record<string, unknown>}
          target={{ resource, action: pending }}
          onOk={async (comment, payload) => {
            const result = await run(record, pending, comment, payload);
            if (!result.ok && result.error.errors) setErrors(result.error.errors);
            else setPending(undefined);
          }}
        />
      )}
    </Space>
  );
}
