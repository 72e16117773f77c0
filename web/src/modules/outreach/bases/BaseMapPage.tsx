import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useOrgTree } from '../../../app/hooks/useOrgTree';
import { useT } from '../../../app/i18n';
import type { TOrgNode } from '../../../app/types';
import { baseKeys, listBases, type TBase } from './api';
import { BaseDetailDrawer } from './BaseDetailDrawer';
import { BaseMapView, type TMapFilters, useMapFilters } from './BaseMapView';

const PAGE = 200;
/** The most bases the console map loads (pages of 200). */
const MAP_MAX = 5000;
const RECOGNIZED = new Set(['recognized', 'in_review', 'retained']);

/** Every recognized base of the user's scope matching the filters, page by page. */
async function loadAll(f: TMapFilters, signal: AbortSignal): Promise<TBase[]> {
  const out: TBase[] = [];
  for (let page = 1; (page - 1) * PAGE < MAP_MAX; page++) {
    const res = await listBases({ ...f, page, pageSize: PAGE, sort: 'name' }, signal);
    out.push(...res.items);
    if (out.length >= res.total || res.items.length === 0) break;
  }
  return out.filter((b) => RECOGNIZED.has(b.status));
}

/** 科普阵地地图 (console): the recognized bases of the user's scope as markers, the list beside, counts by district and kind. */
export default function BaseMapPage() {
  const t = useT();
  const errorText = useErrorText();
  const { filters, set } = useMapFilters();
  const [open, setOpen] = useState<number | null>(null);
  const bases = useQuery({ queryKey: baseKeys.map(filters), queryFn: ({ signal }) => loadAll(filters, signal) });
  const { roots } = useOrgTree(true);
  const districts: Array<{ id: number; name: string }> = [];
  const walk = (ns: TOrgNode[]) => {
    for (const n of ns) {
      if (n.kind === 'district') districts.push({ id: n.id, name: n.name });
      else walk(n.children);
    }
  };
  walk(roots);

  return (
    <Card variant="borderless" title={t('base.map.title')}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('base.map.subtitle')}</Typography.Text>
        {bases.error ? <Alert type="error" showIcon title={errorText(bases.error)} /> : null}
        <BaseMapView
          points={bases.data ?? []}
          districts={districts}
          loading={bases.isLoading}
          filters={filters}
          onFilter={set}
          onOpen={setOpen}
          selectedId={open}
        />
      </Flex>
      <BaseDetailDrawer baseId={open} initial={bases.data?.find((b) => b.id === open)} onClose={() => setOpen(null)} />
    </Card>
  );
}
