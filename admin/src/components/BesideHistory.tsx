import { Card, Col, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkflowHistory } from './WorkflowHistory';

/** A workflow record's lower row: its own cards on the left, its history on the right (one column on narrow screens). */
export function BesideHistory({ resource, id, children }: { resource: string; id: number | string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Row gutter={16} style={{ marginTop: 16 }}>
      <Col xs={24} xl={14}>
        {children}
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('workflow.history.title')}>
          <WorkflowHistory resource={resource} id={id} />
        </Card>
      </Col>
    </Row>
  );
}
