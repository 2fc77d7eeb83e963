import { useCustomMutation, useInvalidate } from '@refinedev/core';
import type { ActionPayload } from '@yibao/shared';
import { useTranslation } from 'react-i18next';
import { useWorkflow } from '../components/WorkflowStateTag';
import type { ApiError } from '../providers/http';
import { useStaleNotice } from './useStaleNotice';

export interface WorkflowTarget {
  id: number | string;
  version: number;
}

export type WorkflowActionResult = { ok: true } | { ok: false; error: ApiError };

/**
 * One workflow action on one record (`POST /api/<resource>/:id/actions/<action> {comment, version, …payload}`).
 * Success is announced and every query reloads (the record, its history and diff, the inbox). A stale
 * version offers a reload; field errors (400 details: a missing comment, incomplete rows) are returned
 * for the dialog to show; any other refusal (403, 409 wrong state) is a notification and a reload.
 */
export function useWorkflowAction(resource: string) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const staleNotice = useStaleNotice();
  const { actionLabel } = useWorkflow(resource);
  const { mutateAsync, mutation } = useCustomMutation<Record<string, unknown>, ApiError>();

  const refresh = () => invalidate({ resource, invalidates: ['all'] });

  const run = async (record: WorkflowTarget, action: string, comment?: string, payload: ActionPayload = {}): Promise<WorkflowActionResult> => {
    const label = actionLabel(action);
    try {
      await mutateAsync({
        url: `/${resource}/${encodeURIComponent(String(record.id))}/actions/${action}`,
        method: 'post',
        values: { ...payload, comment, version: record.version },
        successNotification: { type: 'success', message: t('workflow.done', { action: label }) },
        errorNotification: (error?: ApiError) =>
          error?.stale || error?.errors
            ? false
            : { key: `workflow-${action}`, type: 'error', message: t('workflow.failed', { action: label }), description: error?.message },
      });
      await refresh();
      return { ok: true };
    } catch (e) {
      const error = e as ApiError;
      if (error.stale) staleNotice(refresh);
      else if (!error.errors) void refresh();
      return { ok: false, error };
    }
  };

  return { run, running: mutation.isPending };
}
