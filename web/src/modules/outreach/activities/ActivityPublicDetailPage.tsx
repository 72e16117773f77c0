import { ArrowLeftOutlined, CalendarOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useI18n } from '../../../app/i18n';
import { activityIcsUrl, getPublicActivity, publicActivityKeys } from './api';
import { ActivityTypeTag, groupLabel, shortOrg } from './labels';

/** 科普活动详情 (public): when, where, who for, and 加入日历 (.ics). */
export default function ActivityPublicDetailPage() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const id = Number(useParams().id);
  const query = useQuery({ queryKey: publicActivityKeys.one(id), queryFn: () => getPublicActivity(id), enabled: Number.isInteger(id) && id > 0, retry: false });
  const a = query.data;
  const none = t('common.none');
  return (
    <Flex vertical gap={16}>
      <Link to="/portal/activities">
        <ArrowLeftOutlined aria-hidden /> {t('act.portal.back')}
      </Link>
      {query.error ? <Alert type="error" showIcon title={errorText(query.error)} /> : null}
      {query.isLoading ? <Skeleton active /> : null}
      {a ? (
        <Card variant="borderless">
          <Flex vertical gap={16}>
            <div>
              <Typography.Title level={2} style={{ margin: 0 }}>
                {a.title}
              </Typography.Title>
              <Flex gap={4} style={{ marginTop: 8 }} wrap>
                <ActivityTypeTag type={a.type} />
                {a.phase === 'ongoing' ? <Tag color="green">{t('act.portal.ongoing')}</Tag> : a.phase === 'past' ? <Tag>{t('act.portal.past')}</Tag> : <Tag color="blue">{t('act.portal.upcoming')}</Tag>}
              </Flex>
            </div>
            <Descriptions
              column={1}
              bordered
              size="small"
              styles={{ label: { width: 112, whiteSpace: 'nowrap' } }}
              items={[
                { key: 'dates', label: t('act.dates'), children: a.startDate === a.endDate ? a.startDate : `${a.startDate} ~ ${a.endDate}` },
                { key: 'venue', label: t('act.venue'), children: a.venue || none },
                { key: 'org', label: t('act.org'), children: a.organizer },
                { key: 'co', label: t('act.coOrganizers'), children: a.coOrganizers.length ? a.coOrganizers.join('、') : none },
                { key: 'district', label: t('act.district'), children: a.districtName ? shortOrg(a.districtName) : t('act.cityLevel') },
                { key: 'groups', label: t('act.targetGroups'), children: a.targetGroups.length ? a.targetGroups.map((g) => groupLabel(g, locale)).join('、') : none },
                { key: 'desc', label: t('act.description'), children: a.description ? <span style={{ whiteSpace: 'pre-wrap' }}>{a.description}</span> : none },
              ]}
            />
            <div>
              <Button type="primary" icon={<CalendarOutlined aria-hidden />} href={activityIcsUrl(a.id)} download={`activity-${a.id}.ics`}>
                {t('act.portal.addToCalendar')}
              </Button>
            </div>
          </Flex>
        </Card>
      ) : null}
    </Flex>
  );
}
