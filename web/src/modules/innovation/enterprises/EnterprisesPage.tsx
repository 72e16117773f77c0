import { useQuery } from '@tanstack/react-query';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import { RecordLink } from '../../../app/components/RecordLink';
import { RevealPii } from '../../../app/components/RevealPii';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useCityConfig } from '../../../app/hooks/useOrgTree';
import { useT } from '../../../app/i18n';
import { FilterSelect, DetailDrawer, filterIcon, ListPage, RowActions, type TListColumn, useDeleteRow, useListPage } from '../../../app/list';
import {
  deleteEnterprise,
  ENTERPRISE_SCALES,
  ENTERPRISES_URL,
  enterpriseKeys,
  getEnterprise,
  listEnterprises,
  readEnterpriseQuery,
  type TEnterprise,
} from '../api';
import { allClusters, DESC_LABEL, DemoTag, scaleLabel, TagList } from '../labels';
import { EnterpriseFormDrawer } from './EnterpriseFormDrawer';

function EnterpriseDetailDrawer({ id, initial, onClose }: { id: number | null; initial?: TEnterprise; onClose: () => void }) {
  const t = useT();
  const query = useQuery({
    queryKey: enterpriseKeys.one(id ?? 0),
    queryFn: () => getEnterprise(id!),
    enabled: id != null,
    placeholderData: initial && initial.id === id ? initial : undefined,
  });
  const none = t('common.none');
  return (
    <DetailDrawer<TEnterprise> title={t('ent.detailTitle')} open={id != null} onClose={onClose} query={query}>
      {(e) => (
        <Flex vertical gap={16}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {e.name}
            {e.isHighTech ? (
              <Tag color="blue" style={{ marginInlineStart: 8 }}>
                {t('ent.highTechShort')}
              </Tag>
            ) : null}
            {e.isDemo ? <DemoTag /> : null}
          </Typography.Title>
          <Descriptions
            column={1}
            bordered
            size="small"
            styles={{ label: DESC_LABEL }}
            items={[
              { key: 'creditCode', label: t('ent.creditCode'), children: <Typography.Text code>{e.creditCode}</Typography.Text> },
              { key: 'org', label: t('ent.org'), children: e.orgName },
              { key: 'industry', label: t('ent.industry'), children: e.industry || none },
              { key: 'clusters', label: t('ent.clusters'), children: <TagList items={e.clusters} color="purple" /> },
              { key: 'scale', label: t('ent.scale'), children: e.scale ? scaleLabel(t, e.scale) : none },
              { key: 'address', label: t('ent.address'), children: e.address || none },
              { key: 'contactName', label: t('ent.contactName'), children: e.contactName || none },
              {
                key: 'contactPhone',
                label: t('ent.contactPhone'),
                children: (
                  <RevealPii value={e.contactPhone} url={`/api/v1/enterprises/${e.id}/pii`} field="contactPhone" revealable={Boolean(e.piiRevealable)} label={t('ent.contactPhone')} />
                ),
              },
              {
                key: 'demands',
                label: t('ent.demandCount'),
                children: <Link to={`/admin/demands?enterpriseId=${e.id}`}>{e.demandCount}</Link>,
              },
              {
                key: 'accounts',
                label: t('ent.accounts'),
                children: e.users.length ? e.users.map((u) => <Tag key={u.userId}>{`${u.displayName}（${u.username}）`}</Tag>) : none,
              },
              {
                key: 'intro',
                label: t('ent.intro'),
                children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{e.intro || none}</Typography.Paragraph>,
              },
            ]}
          />
        </Flex>
      )}
    </DetailDrawer>
  );
}

/** 企业库: enterprises of the user's subtree (enterprise users: their own). */
export default function EnterprisesPage() {
  const t = useT();
  const { can } = useAuth();
  const canWrite = can('enterprises:write');
  const clusters = allClusters(useCityConfig().data?.clusters);
  const state = useListPage({
    read: readEnterpriseQuery,
    queryKey: enterpriseKeys.list,
    fetch: listEnterprises,
    columnFilters: ['cluster', 'scale', 'isHighTech'],
    exportUrl: `${ENTERPRISES_URL}/export`,
  });
  const { query, update, viewId } = state;
  const [editing, setEditing] = useState<TEnterprise | null | undefined>(undefined);

  const remove = useDeleteRow(state, { mutationFn: (e: TEnterprise) => deleteEnterprise(e.id), invalidate: enterpriseKeys.all });

  const icon = filterIcon(t);
  const none = t('common.none');

  const columns: TListColumn<TEnterprise>[] = [
    {
      title: t('ent.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: state.sortOrder('name'),
      width: 240,
      render: (name: string, e) => (
        <span>
          <RecordLink view={e.id} onOpen={() => state.openView(e.id)}>{name}</RecordLink>
          {e.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    { title: t('ent.creditCode'), dataIndex: 'creditCode', key: 'creditCode', width: 180, render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
    { title: t('ent.org'), dataIndex: 'orgName', key: 'orgName', ellipsis: true, width: 160 },
    { title: t('ent.contactName'), dataIndex: 'contactName', key: 'contactName', width: 100, render: (v) => v || none },
    { title: t('ent.contactPhone'), dataIndex: 'contactPhone', key: 'contactPhone', width: 130, render: (v) => v || none },
    { title: t('ent.industry'), dataIndex: 'industry', key: 'industry', ellipsis: true, width: 140, render: (v) => v || none },
    {
      title: t('ent.clusters'),
      dataIndex: 'clusters',
      key: 'cluster',
      width: 180,
      filters: clusters.map((c) => ({ text: c, value: c })),
      filterMultiple: false,
      filterSearch: true,
      filterIcon: icon,
      filteredValue: state.filteredValue('cluster'),
      render: (v: string[]) => <TagList items={v} color="purple" />,
    },
    {
      title: t('ent.scale'),
      dataIndex: 'scale',
      key: 'scale',
      width: 110, // 企业规模 and its filter icon on one line
      filters: ENTERPRISE_SCALES.map((s) => ({ text: scaleLabel(t, s), value: s })),
      filterMultiple: false,
      filterIcon: icon,
      filteredValue: state.filteredValue('scale'),
      render: (v: TEnterprise['scale']) => (v ? scaleLabel(t, v) : none),
    },
    {
      title: t('ent.highTech'),
      dataIndex: 'isHighTech',
      key: 'isHighTech',
      width: 140, // 高新技术企业 and its filter icon on one line (the header row stays one line high)
      filters: [
        { text: t('common.yes'), value: 'true' },
        { text: t('common.no'), value: 'false' },
      ],
      filterMultiple: false,
      filterIcon: icon,
      filteredValue: state.filteredValue('isHighTech'),
      render: (v: boolean) => (v ? <Tag color="blue">{t('ent.highTechShort')}</Tag> : none),
    },
    {
      title: t('ent.demandCount'),
      dataIndex: 'demandCount',
      key: 'demandCount',
      width: 90,
      align: 'right',
      render: (n: number, e) => <Link to={`/admin/demands?enterpriseId=${e.id}`}>{n}</Link>,
    },
    {
      title: t('people.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      sorter: true,
      sortOrder: state.sortOrder('updatedAt'),
      width: 150,
      render: (d: string) => dayjs(d).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: canWrite ? 150 : 70,
      render: (_, e) => (
        <RowActions
          onView={() => state.openView(e.id)}
          onEdit={canWrite ? () => setEditing(e) : undefined}
          onDelete={canWrite ? () => remove.mutateAsync(e) : undefined}
          deleteConfirm={t('ent.deleteConfirm', { name: e.name })}
        />
      ),
    },
  ];

  return (
    <ListPage<TEnterprise>
      title={t('ent.pageTitle')}
      tableId="enterprises"
      state={state}
      columns={columns}
      searchPlaceholder={t('ent.searchPlaceholder')}
      create={canWrite ? { label: t('ent.new'), onClick: () => setEditing(null) } : undefined}
      importer={
        canWrite ? { entityLabel: t('ent.pageTitle'), templateUrl: `${ENTERPRISES_URL}/import/template`, uploadUrl: `${ENTERPRISES_URL}/import` } : undefined
      }
      exportName={t('ent.pageTitle')}
      filters={
        <>
          {canWrite ? (
            <OrgTreeSelect lazy placeholder={t('people.orgFilter')} value={query.orgId} onChange={(orgId) => update({ orgId })} style={{ width: 220 }} />
          ) : null}
          <FilterSelect
            state={state}
            name="cluster"
            placeholder={t('ent.clusters')}
            label={t('ent.clusterFilter')}
            options={clusters.map((c) => ({ value: c, label: c }))}
            width={150}
            showSearch
          />
        </>
      }
    >
      <EnterpriseFormDrawer open={editing !== undefined} enterprise={editing ?? null} onClose={() => setEditing(undefined)} />
      <EnterpriseDetailDrawer id={viewId} initial={state.viewRow} onClose={state.closeView} />
    </ListPage>
  );
}
