import { Badge, Card, Col, Empty, Flex, List, Row, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { BASE_KINDS, BASE_LEVELS, oneOf, type TBaseKind, type TBaseLevel } from './api';
import { BaseMapChart, type TMapPoint } from './BaseMapChart';
import { KIND_COLOR, kindLabel, levelLabel } from './labels';

const shortName = (n: string) => n.replace(/科学技术协会$|科协$/, '');

export interface TMapFilters {
  kind?: TBaseKind;
  level?: TBaseLevel;
  districtId?: number;
}

/** The map's filters, kept in the URL (reload and a pasted link show the same map). */
export function useMapFilters() {
  const [params, setParams] = useSearchParams();
  const id = Number(params.get('districtId'));
  const filters: TMapFilters = {
    kind: oneOf(BASE_KINDS, params.get('kind')),
    level: oneOf(BASE_LEVELS, params.get('level')),
    districtId: Number.isInteger(id) && id > 0 ? id : undefined,
  };
  const set = (patch: Partial<Record<keyof TMapFilters, string | number | undefined>>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === '') next.delete(k);
        else next.set(k, String(v));
      }
      return next;
    });
  return { filters, set };
}

export interface TBaseMapViewProps {
  points: Array<TMapPoint & { level: TBaseLevel | null; districtId: number | null }>;
  districts: Array<{ id: number; name: string }>;
  loading: boolean;
  filters: TMapFilters;
  onFilter: (patch: Partial<Record<keyof TMapFilters, string | number | undefined>>) => void;
  onOpen?: (id: number) => void;
  selectedId?: number | null;
}

/** The map page's body: filters, counts by kind, the chart, the list beside it and the counts by district. */
export function BaseMapView({ points, districts, loading, filters, onFilter, onOpen, selectedId }: TBaseMapViewProps) {
  const t = useT();
  const byKind = useMemo(() => {
    const m: Partial<Record<TBaseKind, number>> = {};
    for (const p of points) m[p.kind] = (m[p.kind] ?? 0) + 1;
    return m;
  }, [points]);
  const byDistrict = useMemo(() => {
    const rows = districts.map((d) => ({ key: String(d.id), name: shortName(d.name), total: 0, ...Object.fromEntries(BASE_KINDS.map((k) => [k, 0])) }) as Record<string, number | string> & { key: string; name: string; total: number });
    const other = { key: 'none', name: t('base.map.noDistrict'), total: 0, ...Object.fromEntries(BASE_KINDS.map((k) => [k, 0])) } as (typeof rows)[number];
    const index = new Map(rows.map((r) => [r.key, r]));
    for (const p of points) {
      const r = (p.districtId != null && index.get(String(p.districtId))) || other;
      r.total += 1;
      r[p.kind] = (r[p.kind] as number) + 1;
    }
    return [...rows, ...(other.total > 0 ? [other] : [])];
  }, [points, districts, t]);
  // The list beside: by kind (the legend's order), level (国家级 first), then name.
  const sorted = useMemo(
    () =>
      [...points].sort(
        (a, b) =>
          BASE_KINDS.indexOf(a.kind) - BASE_KINDS.indexOf(b.kind) ||
          (a.level ? BASE_LEVELS.indexOf(a.level) : 9) - (b.level ? BASE_LEVELS.indexOf(b.level) : 9) ||
          a.name.localeCompare(b.name, 'zh-CN'),
      ),
    [points],
  );
  const unplaced = points.filter((p) => p.lng == null || p.lat == null).length;

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <Select<TBaseKind>
          allowClear
          aria-label={t('base.kind')}
          placeholder={t('base.kind')}
          value={filters.kind}
          onChange={(kind) => onFilter({ kind })}
          options={BASE_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
          style={{ width: 200 }}
        />
        <Select<TBaseLevel>
          allowClear
          aria-label={t('base.level')}
          placeholder={t('base.level')}
          value={filters.level}
          onChange={(level) => onFilter({ level })}
          options={BASE_LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))}
          style={{ width: 120 }}
        />
        <Select<number>
          allowClear
          aria-label={t('base.district')}
          placeholder={t('base.district')}
          value={filters.districtId}
          onChange={(districtId) => onFilter({ districtId })}
          options={districts.map((d) => ({ value: d.id, label: shortName(d.name) }))}
          style={{ width: 150 }}
        />
        <Flex wrap gap={6} aria-label={t('base.map.byKind')}>
          {BASE_KINDS.filter((k) => byKind[k]).map((k) => (
            <Tag key={k} color={KIND_COLOR[k]} style={{ cursor: 'pointer' }} onClick={() => onFilter({ kind: filters.kind === k ? undefined : k })}>
              {kindLabel(t, k)} {byKind[k]}
            </Tag>
          ))}
        </Flex>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card variant="borderless" styles={{ body: { padding: 8 } }}>
            {loading ? <Skeleton active paragraph={{ rows: 10 }} /> : <BaseMapChart points={points} onOpen={onOpen} />}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card
            variant="borderless"
            title={`${t('base.map.listTitle')} ${points.length}`}
            extra={unplaced ? <Typography.Text type="secondary">{t('base.map.noCoords', { n: unplaced })}</Typography.Text> : null}
            styles={{ body: { padding: 0, maxHeight: 520, overflowY: 'auto' } }}
          >
            <section aria-label={t('base.map.listTitle')}>
            {!loading && points.length === 0 ? (
              <Empty description={t('base.map.empty')} style={{ padding: 24 }} />
            ) : (
              <List
                size="small"
                loading={loading}
                dataSource={sorted}
                renderItem={(p) => (
                  <List.Item
                    key={p.id}
                    onClick={onOpen ? () => onOpen(p.id) : undefined}
                    style={{ cursor: onOpen ? 'pointer' : undefined, paddingInline: 16, background: p.id === selectedId ? '#e6f0ff' : undefined }}
                  >
                    <Flex vertical gap={2} style={{ minWidth: 0 }}>
                      <span>
                        <Badge color={KIND_COLOR[p.kind]} /> <Typography.Text strong>{p.name}</Typography.Text>
                      </span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {kindLabel(t, p.kind)}
                        {p.level ? ` · ${levelLabel(t, p.level)}` : ''}
                        {p.districtName ? ` · ${shortName(p.districtName)}` : ''}
                      </Typography.Text>
                    </Flex>
                  </List.Item>
                )}
              />
            )}
            </section>
          </Card>
        </Col>
      </Row>
      <Card variant="borderless" title={t('base.map.byDistrict')} styles={{ body: { padding: 0 } }}>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          scroll={{ x: 900 }}
          dataSource={byDistrict}
          columns={[
            { title: t('base.district'), dataIndex: 'name', key: 'name', width: 140, fixed: 'left' },
            ...BASE_KINDS.map((k) => ({ title: kindLabel(t, k), dataIndex: k, key: k, width: 120, align: 'right' as const })),
            { title: t('base.map.all'), dataIndex: 'total', key: 'total', width: 80, align: 'right' as const },
          ]}
        />
      </Card>
    </Flex>
  );
}
