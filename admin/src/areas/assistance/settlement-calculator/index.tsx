import { CalculatorOutlined } from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { useCustomMutation, useGetIdentity } from '@refinedev/core';
import { type CurrentUser, type SettlementResult, regionLevelOf } from '@yibao/shared';
import { Alert, Button, Card, Col, Collapse, Form, InputNumber, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FlagTags, TierBar } from '../../../components/AssistanceLabels';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { YuanInput } from '../../../components/YuanInput';
import type { ApiError } from '../../../providers/http';
import { thisYear } from '../../../components/dates';
import { CaseFields, type CaseValues, MAX_CASE_YUAN, TierTable, TraceSteps, caseInput, placeCaseErrors } from '../components/settlement-case';

interface CalculatorValues extends CaseValues {
  year: number;
  yearToDate?: {
    settlements?: number | null;
    inPolicyCost?: number | null;
    basic?: number | null;
    criticalIllness?: number | null;
    medicalAid?: number | null;
  };
}

const YTD = ['inPolicyCost', 'basic', 'criticalIllness', 'medicalAid'] as const;
/** The calculator's own fields beside the case fields. */
const OWN_FIELDS = ['year', 'yearToDate'];

/**
 * 一站式结算试算 (`POST /api/settlements/calculate`): a case as the hospital would settle it, run through the
 * approved parameters of its pooling region — basic insurance → 大病保险 → 医疗救助 → other, the rest out of
 * pocket — with the flags it raises and each step's rule and source ("why this amount").
 */
export default function SettlementCalculator() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const [form] = Form.useForm<CalculatorValues>();
  const [result, setResult] = useState<{ result: SettlementResult; totalCost: number }>();
  const [problem, setProblem] = useState<string>();
  const { mutateAsync, mutation } = useCustomMutation<SettlementResult & Record<string, unknown>, ApiError>();
  const region = me && ['city', 'county'].includes(regionLevelOf(me.regionCode)) ? me.regionCode : undefined;

  const calculate = async (v: CalculatorValues) => {
    setProblem(undefined);
    const ytd = v.yearToDate;
    const hasYtd = ytd && (ytd.settlements || YTD.some((k) => ytd[k]));
    try {
      const { data } = await mutateAsync({
        url: '/settlements/calculate',
        method: 'post',
        values: {
          ...caseInput(v),
          year: v.year,
          ...(hasYtd ? { yearToDate: { settlements: ytd.settlements ?? 0, ...Object.fromEntries(YTD.map((k) => [k, ytd[k] ?? 0])) } } : {}),
        },
        successNotification: false,
        errorNotification: false,
      });
      setResult({ result: data as unknown as SettlementResult, totalCost: v.totalCost });
    } catch (e) {
      const error = e as ApiError;
      setResult(undefined);
      const others = placeCaseErrors(form, error.errors, OWN_FIELDS);
      setProblem(
        error.statusCode === 404
          ? t('settlement-calculator.noParameters', { message: error.message })
          : others.length
            ? others.join('；')
            : error.errors
              ? t('settlement-calculator.fixFields')
              : error.message,
      );
    }
  };

  return (
    <List title={t('settlement-calculator.titles.list')}>
      <Row gutter={16}>
        <Col xs={24} xl={11}>
          <Card title={t('settlement-calculator.caseTitle')} data-testid="calculator">
            <Typography.Paragraph type="secondary">{t('settlement-calculator.intro')}</Typography.Paragraph>
            {me && (
              <Form<CalculatorValues>
                form={form}
                layout="vertical"
                initialValues={{
                  regionCode: region,
                  year: thisYear(),
                  visitType: 'inpatient',
                  hospitalLevel: 'secondary',
                  inCounty: true,
                  identityCategories: [],
                }}
                onFinish={calculate}
              >
                <Space wrap size={16} align="start">
                  <Form.Item
                    label={t('settlements.fields.region')}
                    name="regionCode"
                    extra={t('settlement-calculator.hints.region')}
                    rules={[{ required: true, message: t('settlements.rules.region') }]}
                  >
                    <RegionTreeSelect selectableLevels={['city', 'county']} allowClear={false} style={{ width: 240 }} />
                  </Form.Item>
                  <Form.Item label={t('settlements.fields.year')} name="year" rules={[{ required: true, message: t('settlements.rules.year') }]}>
                    <InputNumber min={2019} max={2100} precision={0} style={{ width: 120 }} />
                  </Form.Item>
                </Space>
                <CaseFields />
                <Collapse
                  size="small"
                  style={{ marginBottom: 16 }}
                  items={[
                    {
                      key: 'ytd',
                      label: t('settlement-calculator.yearToDate'),
                      children: (
                        <>
                          <Typography.Paragraph type="secondary">{t('settlement-calculator.hints.yearToDate')}</Typography.Paragraph>
                          <Form.Item label={t('settlement-calculator.ytd.settlements')} name={['yearToDate', 'settlements']}>
                            <InputNumber min={0} precision={0} style={{ width: 120 }} />
                          </Form.Item>
                          <Space wrap size={16}>
                            {YTD.map((k) => (
                              <Form.Item key={k} label={t(`settlement-calculator.ytd.${k}`)} name={['yearToDate', k]}>
                                <YuanInput max={MAX_CASE_YUAN} aria-label={t(`settlement-calculator.ytd.${k}`)} />
                              </Form.Item>
                            ))}
                          </Space>
                        </>
                      ),
                    },
                  ]}
                />
                <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={mutation.isPending} data-testid="calculate">
                  {t('settlement-calculator.calculate')}
                </Button>
              </Form>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <Card title={t('settlement-calculator.result')} data-testid="calculator-result">
            {problem && (
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 16 }}
                message={t('settlement-calculator.failed')}
                description={problem}
                data-testid="calculator-problem"
              />
            )}
            {!result && !problem && <Typography.Paragraph type="secondary">{t('settlement-calculator.empty')}</Typography.Paragraph>}
            {result && (
              <Space direction="vertical" size={16} style={{ width: '100%' }}>
                <TierBar tiers={result.result} total={result.totalCost} />
                <TierTable computed={result.result} />
                <div>
                  <Typography.Text strong>{t('settlements.fields.flags')}：</Typography.Text>
                  <FlagTags flags={result.result.flags} />
                </div>
                <Card size="small" title={t('settlements.trace.title')}>
                  <TraceSteps trace={result.result.trace} />
                </Card>
              </Space>
            )}
          </Card>
        </Col>
      </Row>
    </List>
  );
}
