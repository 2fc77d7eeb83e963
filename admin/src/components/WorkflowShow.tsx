import { Show } from '@refinedev/antd';
import type { ReactNode } from 'react';
import { BackIcon } from './BackIcon';
import { type WorkflowRecord, WorkflowActionBar } from './WorkflowActionBar';

/**
 * The show page of a workflow record: the actions the user may take now first in the header (`fixProblems`
 * and `explain` as WorkflowActionBar takes them), then the page's own `buttons`; no edit or delete buttons
 * of Refine's own (a record changes through its workflow).
 */
export function WorkflowShow({
  resource,
  record,
  title,
  isLoading,
  fixProblems,
  explain,
  buttons,
  children,
}: {
  resource: string;
  record: WorkflowRecord | undefined;
  title: string | undefined;
  isLoading: boolean;
  fixProblems?: ReactNode;
  explain?: (action: string) => { note: ReactNode; commentRequired: boolean } | undefined;
  buttons?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Show
      goBack={<BackIcon />}
      isLoading={isLoading}
      title={title}
      canEdit={false}
      canDelete={false}
      headerButtons={({ defaultButtons }) =>
        record && (
          <>
            <WorkflowActionBar resource={resource} record={record} title={title} fixProblems={fixProblems} explain={explain} />
            {buttons}
            {defaultButtons}
          </>
        )
      }
    >
      {children}
    </Show>
  );
}
