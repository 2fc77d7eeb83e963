import { useList } from '@refinedev/core';
import type { InspectionRecord } from '@yibao/shared';
import { Calendar, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useWorkflow } from '../../../components/WorkflowStateTag';
import { RESOURCE } from './common';

/** Inspections per month are few (a province plans a handful); one page covers any month. */
const MONTH_PAGE = 200;

/**
 * 检查日历: the month's inspections (in scope; concealed ones hidden from the inspected unit by the API) on each day
 * of their plannedFrom–plannedTo, each opening its page.
 */
export function InspectionCalendar() {
  const { stateLabel, stateColor } = useWorkflow(RESOURCE);
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  // the visible grid reaches into the months around: ask for the six weeks shown
  const first = month.startOf('month').startOf('week').format('YYYY-MM-DD');
  const last = month.endOf('month').endOf('week').add(7, 'day').format('YYYY-MM-DD');
  const { result } = useList<InspectionRecord>({
    resource: RESOURCE,
    pagination: { currentPage: 1, pageSize: MONTH_PAGE },
    filters: [
      { field: 'plannedFrom', operator: 'lte', value: last },
      { field: 'plannedTo', operator: 'gte', value: first },
    ],
    sorters: [{ field: 'plannedFrom', order: 'asc' }],
  });
  const rows = result?.data ?? [];
  return (
    <Calendar
      data-testid="inspection-calendar"
      value={month}
      onPanelChange={(d) => setMonth(d)}
      onSelect={(d) => setMonth(d)}
      cellRender={(d, info) => {
        if (info.type !== 'date') return info.originNode;
        const day = d.format('YYYY-MM-DD');
        const on = rows.filter((r) => r.plannedFrom <= day && day <= r.plannedTo);
        return (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {on.map((r) => (
              <li key={r.id} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                <Link to={`/${RESOURCE}/show/${r.id}`} title={`${r.title}（${stateLabel(r.state)}）`} data-testid="calendar-inspection">
                  <Tag color={stateColor(r.state)} style={{ marginInlineEnd: 0 }}>
                    {r.regionName ?? r.regionCode}
                  </Tag>
                </Link>
              </li>
            ))}
          </ul>
        );
      }}
    />
  );
}
