import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, DatePicker, Flex, Row, Select, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useSearchParams } from 'react-router';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useI18n } from '../../../app/i18n';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, activityKeys, activityTotals, oneOf, type TBucket } from './api';
import { statusLabel, typeLabel } from './labels';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One chart: echarts-for-react on echarts/core with only the parts registered above. */
function Chart({ option, height = 300, label }: { option: echarts.EChartsCoreOption; height?: number; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height }} />
    </div>
  );
}

/** 活动统计: counts by month, district, type and target group for a date range (the same numbers as the list). */
export default function ActivityTotalsPage() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const year = dayjs().year();
  const from = DATE.test(params.get('from') ?? '') ? params.get('from')! : `${year}-01-01`;
  const to = DATE.test(params.get('to') ?? '') ? params.get('to')! : `${year}-12-31`;
  const status = oneOf(ACTIVITY_STATUSES, params.get('status'));
  const type = oneOf(ACTIVITY_TYPES, params.get('type'));
  const q = { from, to, status, type };
  const totals = useQuery({ queryKey: activityKeys.totals(q), queryFn: ({ signal }) => activityTotals(q, signal), placeholderData: keepPreviousData });
  const set = (patch: Record<string, string | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) v ? next.set(k, v) : next.delete(k);
      return next;
    });
  const name = (b: TBucket) => (locale === 'en-US' ? b.labelEn : b.label);
  const data = totals.data;
  const bar = (items: TBucket[], horizontal = false): echarts.EChartsCoreOption => ({
    tooltip: { trigger: 'axis' },
    grid: { left: horizontal ? 120 : 40, right: 20, top: 20, bottom: 30 },
    [horizontal ? 'yAxis' : 'xAxis']: { type: 'category', data: items.map(name), ...(horizontal ? { inverse: true } : {}) },
    [horizontal ? 'xAxis' : 'yAxis']: { type: 'value' },
    series: [{ type: 'bar', name: t('act.count'), data: items.map((b) => b.count), itemStyle: { color: '#1556d3' } }],
  });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('act.totalsTitle')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <DatePicker.RangePicker
            aria-label={t('act.dateRange')}
            value={[dayjs(from), dayjs(to)]}
            onChange={(v) => set({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
          />
          <Select
            aria-label={t('act.status')}
            placeholder={t('act.status')}
            allowClear
            style={{ width: 120 }}
            value={status}
            onChange={(v) => set({ status: v })}
            options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: statusLabel(s, locale) }))}
          />
          <Select
            aria-label={t('act.type')}
            placeholder={t('act.type')}
            allowClear
            style={{ width: 150 }}
            value={type}
            onChange={(v) => set({ type: v })}
            options={ACTIVITY_TYPES.map((s) => ({ value: s, label: typeLabel(s, locale) }))}
          />
        </Flex>
      </Flex>
      {totals.error ? <Alert type="error" showIcon title={errorText(totals.error)} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card variant="borderless">
            <Statistic title={t('act.totalActivities')} value={data?.total ?? 0} loading={totals.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card variant="borderless">
            <Statistic title={t('act.totalParticipants')} value={data?.participants ?? 0} loading={totals.isLoading} />
          </Card>
        </Col>
      </Row>
      {data ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t('act.byMonth')}>
              <Chart
                label={t('act.byMonth')}
                option={{
                  tooltip: { trigger: 'axis' },
                  grid: { left: 40, right: 20, top: 20, bottom: 30 },
                  xAxis: { type: 'category', data: data.byMonth.map((b) => b.key) },
                  yAxis: { type: 'value' },
                  series: [{ type: 'line', smooth: true, areaStyle: {}, name: t('act.count'), data: data.byMonth.map((b) => b.count) }],
                }}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('act.byDistrict')}>
              <Chart label={t('act.byDistrict')} option={bar(data.byDistrict)} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('act.byType')}>
              <Chart label={t('act.byType')} option={bar(data.byType, true)} height={360} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('act.byTargetGroup')} extra={<Typography.Text type="secondary">{t('act.byTargetGroupHint')}</Typography.Text>}>
              <Chart
                label={t('act.byTargetGroup')}
                height={360}
                option={{
                  tooltip: { trigger: 'item' },
                  legend: { bottom: 0 },
                  series: [{ type: 'pie', radius: ['35%', '65%'], data: data.byTargetGroup.map((b) => ({ name: name(b), value: b.count })) }],
                }}
              />
            </Card>
          </Col>
        </Row>
      ) : null}
    </Flex>
  );
}
