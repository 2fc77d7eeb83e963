import { useCan, useCustom } from '@refinedev/core';
import { subsidyBasisText, type SubsidyDecisionRecord as SubsidyAnswer } from '@yibao/shared';
import { Alert, Card, Descriptions, Empty, InputNumber, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatFen } from '../../../components/money';
import type { ApiError } from '../../../providers/http';
import { RESOURCE } from './common';

export function useSubsidy(id: number | undefined, year: number) {
  const { result, query } = useCustom<SubsidyAnswer & Record<string, unknown>, ApiError>({
    url: `/${RESOURCE}/${id}/subsidy`,
    method: 'get',
    config: { query: { year } },
    queryOptions: { enabled: Boolean(id), staleTime: 0, retry: false },
    // No standards for the year is a normal state the card explains, not an error to pop up.
    errorNotification: (error) => (error?.statusCode === 404 ? false : { type: 'error', message: error?.message ?? '' }),
  });
  const answer = query.isSuccess ? (result?.data as SubsidyAnswer | undefined) : undefined;
  return { answer, loading: query.isLoading, error: query.error as ApiError | null };
}

/**
 * 本年度资助: the category and amount the subsidy rule grants under the pooling region's approved
 * standards for the year, line by line with its basis; a friendly note when no standards are approved.
 */
export function SubsidyCard({ id, year, onYear }: { id: number; year: number; onYear: (year: number) => void }) {
  const { t, i18n } = useTranslation();
  const { answer, loading, error } = useSubsidy(id, year);
  const { data: canStandards } = useCan({ resource: 'subsidy-standards', action: 'list' });
  return (
    <Card
      size="small"
      title={t('beneficiaries.subsidy.title')}
      data-testid="subsidy-card"
      extra={
        <Space size={6}>
          <label htmlFor="subsidy-year">{t('beneficiaries.subsidy.year')}</label>
          <InputNumber
            id="subsidy-year"
            min={2019}
            max={2100}
            precision={0}
            value={year}
            onChange={(v) => v && v >= 2019 && v <= 2100 && onYear(v)}
            style={{ width: 100 }}
          />
        </Space>
      }
    >
      {loading ? (
        <Spin />
      ) : error?.statusCode === 404 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          data-testid="subsidy-none"
          description={
            <>
              <div>{t('beneficiaries.subsidy.noStandards', { year })}</div>
              <Typography.Text type="secondary">{t('beneficiaries.subsidy.noStandardsHint')}</Typography.Text>
              {canStandards?.can && (
                <div>
                  <Link to="/subsidy-standards">{t('beneficiaries.subsidy.openStandards')}</Link>
                </div>
              )}
            </>
          }
        />
      ) : error ? (
        <Alert type="error" showIcon message={t('beneficiaries.subsidy.failed')} description={error.message} />
      ) : answer ? (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
            <Descriptions.Item label={t('beneficiaries.subsidy.category')}>{t(`subsidyCategories.${answer.category}`)}</Descriptions.Item>
            <Descriptions.Item label={t('beneficiaries.subsidy.amount')}>
              <strong data-testid="subsidy-amount">{t('money.amount', { amount: formatFen(answer.amount) })}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={t('beneficiaries.subsidy.decidedBy')}>
              {answer.decidedBy ? t(`identityCategories.${answer.decidedBy}`, { defaultValue: answer.decidedBy }) : '—'}
            </Descriptions.Item>
          </Descriptions>
          {answer.missing.length > 0 && <Alert type="warning" showIcon style={{ marginTop: 12 }} message={t('beneficiaries.subsidy.missing')} />}
          <Typography.Paragraph strong style={{ marginTop: 12, marginBottom: 4 }}>
            {t('beneficiaries.subsidy.basis')}
          </Typography.Paragraph>
          <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="subsidy-basis">
            {(answer.basisNotes ?? answer.basis).map((line, i) => (
              <li key={i}>{typeof line === 'string' ? line : subsidyBasisText(line, i18n.language === 'en-US' ? 'en' : 'zh')}</li>
            ))}
          </ol>
        </>
      ) : null}
    </Card>
  );
}
