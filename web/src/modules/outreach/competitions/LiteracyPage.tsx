import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Table, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { LIMITS } from '../../../../../shared/limits';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../../app/list';
import { compKeys, createLiteracy, listLiteracy, type TLiteracyList, type TLiteracyRate, updateLiteracy } from './api';
import { LiteracyChart } from './LiteracyChart';
import { clean } from './labels';

interface TRow {
  id: number;
  name: string;
  isCity: boolean;
  byYear: Map<number, TLiteracyRate>;
}

/** The table of the page: one row per area (the city first), one column per year. */
export function literacyRows(data: TLiteracyList, shortNames: boolean): TRow[] {
  return data.orgs.map((o) => ({
    id: o.id,
    name: shortNames ? (o.shortName ?? o.name) : o.name,
    isCity: o.kind === 'city',
    byYear: new Map(data.items.filter((i) => i.orgId === o.id).map((i) => [i.year, i])),
  }));
}

interface TFormValues {
  orgId?: number;
  year?: number;
  rate?: number;
  source?: string;
  method?: string;
}

function LiteracyFormDrawer({ open, record, onClose }: { open: boolean; record: TLiteracyRate | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<TFormValues>();
  const initialValues: TFormValues = record
    ? { orgId: record.orgId, year: record.year, rate: record.rate, source: record.source, method: record.method ?? undefined }
    : { year: new Date().getFullYear() - 1 };
  return (
    <FormDrawer
      title={record ? t('comp.lit.editTitle') : t('comp.lit.newTitle')}
      open={open}
      onClose={onClose}
      form={form}
      size={520}
      initialValues={initialValues}
      submit={(v: TFormValues) =>
        record
          ? updateLiteracy(record.id, { rate: v.rate!, source: v.source!.trim(), method: clean(v.method) })
          : createLiteracy({ orgId: v.orgId!, year: v.year!, rate: v.rate!, source: v.source!.trim(), method: clean(v.method) })
      }
      invalidate={[compKeys.literacy]}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="orgId" label={t('comp.lit.area')} tooltip={t('comp.lit.areaHint')} rules={[{ required: true, message: t('comp.lit.v.area') }]}>
            <OrgTreeSelect disabled={!!record} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="year" label={t('comp.year')} rules={[{ required: true, message: t('comp.v.year') }]}>
            <InputNumber min={1990} max={2100} precision={0} disabled={!!record} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="rate" label={t('comp.lit.rate')} rules={[{ required: true, message: t('comp.lit.v.rate') }]}>
            <InputNumber min={0} max={100} step={0.1} precision={2} suffix="%" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="source" label={t('comp.lit.source')} rules={[{ required: true, whitespace: true, message: t('comp.lit.v.source') }, { max: LIMITS.textMax }]}>
            <Input maxLength={LIMITS.textMax} placeholder="中国科协第十三次中国公民科学素质抽样调查" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="method" label={t('comp.lit.method')} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}

/** 公民科学素质比例: a table of areas × years and a line chart; city staff record and correct the values. */
export default function LiteracyPage() {
  const t = useT();
  const errorText = useErrorText();
  const { can } = useAuth();
  const canWrite = can('literacy:write');
  const query = useQuery({ queryKey: compKeys.literacy, queryFn: ({ signal }) => listLiteracy(signal) });
  const [editing, setEditing] = useState<TLiteracyRate | null | undefined>(undefined);
  const rows = useMemo(() => (query.data ? literacyRows(query.data, true) : []), [query.data]);
  const years = query.data?.years ?? [];

  const columns = [
    { title: t('comp.lit.area'), dataIndex: 'name', key: 'name', fixed: 'left' as const, width: 150, render: (n: string, r: TRow) => (r.isCity ? <strong>{n}</strong> : n) },
    ...years.map((y) => ({
      title: String(y),
      key: String(y),
      width: 90,
      align: 'right' as const,
      render: (_: unknown, r: TRow) => {
        const rec = r.byYear.get(y);
        if (!rec) return <Typography.Text type="secondary">—</Typography.Text>;
        const text = `${rec.rate}%`;
        return (
          <Tooltip title={`${t('comp.lit.source')}：${rec.source}`}>
            {canWrite && rec.canEdit ? (
              <Button type="link" size="small" onClick={() => setEditing(rec)} aria-label={t('comp.lit.editCell', { area: r.name, year: y })}>
                {text}
              </Button>
            ) : (
              <span>{text}</span>
            )}
          </Tooltip>
        );
      },
    })),
  ];
  const latestCity = rows.find((r) => r.isCity);
  const latestYear = latestCity ? Math.max(...latestCity.byYear.keys()) : undefined;
  const latest = latestCity && latestYear ? latestCity.byYear.get(latestYear) : undefined;

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('comp.lit.pageTitle')}
        extra={
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('comp.lit.new')}
            </Button>
          ) : null
        }
      >
        {query.error ? <Alert type="error" showIcon message={errorText(query.error)} /> : null}
        {latest ? (
          <Typography.Paragraph>
            {t('comp.lit.summary', { area: latestCity!.name, year: latest.year, rate: latest.rate })}
            <Typography.Text type="secondary"> （{latest.source}）</Typography.Text>
          </Typography.Paragraph>
        ) : null}
        <Table<TRow>
          rowKey="id"
          size="small"
          loading={query.isLoading}
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          aria-label={t('comp.lit.tableLabel')}
          locale={{ emptyText: t('comp.lit.empty') }}
        />
      </Card>
      {rows.length > 0 ? (
        <Card title={t('comp.lit.chartTitle')}>
          <LiteracyChart
            ariaLabel={t('comp.lit.chartTitle')}
            years={years}
            series={rows.map((r) => ({ name: r.name, values: years.map((y) => r.byYear.get(y)?.rate ?? null), highlight: r.isCity }))}
          />
        </Card>
      ) : null}
      <LiteracyFormDrawer open={editing !== undefined} record={editing ?? null} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}
