import { CalendarOutlined, EnvironmentOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Badge, Calendar, Card, Empty, Flex, List, Pagination, Segmented, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useI18n } from '../../../app/i18n';
import { PageHeading } from '../../innovation/portal/PageHeading';
import { ACTIVITY_TYPES, activityFeedUrl, listActivityDistricts, listPublicActivities, oneOf, publicActivityKeys, type TPublicActivity } from './api';
import { ActivityTypeTag, shortOrg, typeLabel } from './labels';

const MONTH = /^\d{4}-\d{2}$/;
const LIST_PAGE_SIZE = 12;

const dateRange = (a: TPublicActivity) => (a.startDate === a.endDate ? a.startDate : `${a.startDate} ~ ${a.endDate}`);

function ActivityItem({ a }: { a: TPublicActivity }) {
  const { t } = useI18n();
  return (
    <List.Item>
      <List.Item.Meta
        title={
          <Flex gap={8} wrap align="center">
            <Link to={`/portal/activities/${a.id}`}>{a.title}</Link>
            <ActivityTypeTag type={a.type} />
            {a.phase === 'ongoing' ? <Tag color="green">{t('act.portal.ongoing')}</Tag> : null}
          </Flex>
        }
        description={
          <Flex gap={16} wrap>
            <span>
              <CalendarOutlined aria-hidden /> {dateRange(a)}
            </span>
            {a.venue ? (
              <span>
                <EnvironmentOutlined aria-hidden /> {a.venue}
              </span>
            ) : null}
            <span>{a.organizer}</span>
          </Flex>
        }
      />
    </List.Item>
  );
}

/** 科普活动日历 (public): approved public activities by month (a calendar) or upcoming (a list), by district and type. */
export default function ActivityCalendarPage() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'month' ? 'month' : 'list';
  const month = MONTH.test(params.get('month') ?? '') ? dayjs(`${params.get('month')}-01`) : dayjs().startOf('month');
  const districtId = Number(params.get('districtId')) || undefined;
  const type = oneOf(ACTIVITY_TYPES, params.get('type'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = (patch: Record<string, string | number | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) v ? next.set(k, String(v)) : next.delete(k);
      if (!('page' in patch)) next.delete('page');
      return next;
    });

  const districts = useQuery({ queryKey: publicActivityKeys.districts, queryFn: listActivityDistricts, staleTime: 10 * 60_000 });
  const monthQuery = {
    from: month.startOf('month').subtract(7, 'day').format('YYYY-MM-DD'),
    to: month.endOf('month').add(7, 'day').format('YYYY-MM-DD'),
    districtId,
    type,
    pageSize: 200,
  };
  const listQuery = { districtId, type, page, pageSize: LIST_PAGE_SIZE };
  const q = view === 'month' ? monthQuery : listQuery;
  const result = useQuery({ queryKey: publicActivityKeys.list(q), queryFn: ({ signal }) => listPublicActivities(q, signal), placeholderData: keepPreviousData });
  const items = result.data?.items ?? [];

  const onDay = (d: Dayjs) => {
    const day = d.format('YYYY-MM-DD');
    return items.filter((a) => a.startDate <= day && a.endDate >= day);
  };

  return (
    <Flex vertical gap={16}>
      <PageHeading
        title={t('act.portal.title')}
        subtitle={t('act.portal.subtitle')}
        extra={
          <a href={activityFeedUrl({ districtId, type })} download>
            <CalendarOutlined aria-hidden /> {t('act.portal.subscribe')}
          </a>
        }
      />
      <Flex gap={8} wrap align="center">
        <Segmented
          value={view}
          onChange={(v) => set({ view: v === 'month' ? 'month' : undefined })}
          options={[
            { value: 'list', label: t('act.portal.listView'), icon: <UnorderedListOutlined aria-hidden /> },
            { value: 'month', label: t('act.portal.monthView'), icon: <CalendarOutlined aria-hidden /> },
          ]}
        />
        <Select
          aria-label={t('act.district')}
          placeholder={t('act.portal.allDistricts')}
          allowClear
          style={{ width: 150 }}
          value={districtId}
          onChange={(v) => set({ districtId: v })}
          options={(districts.data?.items ?? []).map((d) => ({ value: d.id, label: shortOrg(d.name) }))}
        />
        <Select
          aria-label={t('act.type')}
          placeholder={t('act.portal.allTypes')}
          allowClear
          style={{ width: 170 }}
          value={type}
          onChange={(v) => set({ type: v })}
          options={ACTIVITY_TYPES.map((x) => ({ value: x, label: typeLabel(x, locale) }))}
        />
        {result.data ? <Typography.Text type="secondary">{t('act.portal.count', { n: result.data.total })}</Typography.Text> : null}
      </Flex>
      {result.error ? <Alert type="error" showIcon title={errorText(result.error)} /> : null}
      {view === 'month' ? (
        <Card variant="borderless">
          <Calendar
            value={month}
            onPanelChange={(d) => set({ month: d.format('YYYY-MM') })}
            onSelect={(d, info) => {
              if (info.source !== 'date') set({ month: d.format('YYYY-MM') });
            }}
            cellRender={(d, info) => {
              if (info.type !== 'date') return info.originNode;
              const day = onDay(d);
              return (
                <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {day.slice(0, 3).map((a) => (
                    <li key={a.id} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontSize: 12 }}>
                      <Badge status={a.type === 'sci_tech_week' || a.type === 'science_day' ? 'error' : 'processing'} />{' '}
                      <Link to={`/portal/activities/${a.id}`} title={a.title}>
                        {a.title}
                      </Link>
                    </li>
                  ))}
                  {day.length > 3 ? <li style={{ fontSize: 12 }}>{t('act.portal.more', { n: day.length - 3 })}</li> : null}
                </ul>
              );
            }}
          />
        </Card>
      ) : (
        <Card variant="borderless">
          {items.length === 0 && !result.isLoading ? (
            <Empty description={t('act.portal.empty')} />
          ) : (
            <List loading={result.isLoading} dataSource={items} rowKey="id" renderItem={(a) => <ActivityItem a={a} />} />
          )}
          {(result.data?.total ?? 0) > LIST_PAGE_SIZE ? (
            <Flex justify="center" style={{ marginTop: 16 }}>
              <Pagination current={page} pageSize={LIST_PAGE_SIZE} total={result.data?.total ?? 0} showSizeChanger={false} onChange={(p) => set({ page: p })} />
            </Flex>
          ) : null}
        </Card>
      )}
    </Flex>
  );
}
