import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Row, Skeleton, Steps, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { useErrorText } from '../../../app/hooks/useApiError';
import { type TMsgKey, type TTranslate, useT } from '../../../app/i18n';
import { DEMAND_STATUSES, type TDemand, type TDemandStatus, type TDemandTransition, demandKeys, getDemand, int } from '../api';
import { DESC_LABEL, DemandStatusTag, DemoTag, TagList, budgetText, categoryLabel } from '../labels';
import { DemandActions } from './DemandActions';
import { DemandFormDrawer } from './DemandFormDrawer';
import { DockingEventsCard } from './DockingEventsCard';
import { EngagementsCard } from './EngagementsCard';
import { MatchPanel } from './MatchPanel';

const isStatus = (s: string): s is TDemandStatus => (DEMAND_STATUSES as readonly string[]).includes(s);
const stateLabel = (t: TTranslate, s: string, fallback: string) => (isStatus(s) ? t(`demand.status.${s}` as TMsgKey) : fallback);

/** The main path of DESIGN.md §4 as steps, with 退回 shown as an error at 待审核 and the final state. */
function progressOf(t: TTranslate, d: TDemand) {
  const ended = d.status === 'signed' || d.status === 'solved' ? d.status : d.transitions.some((x) => x.to === 'solved') ? 'solved' : 'signed';
  const path: TDemandStatus[] = ['draft', 'pending', 'published', 'docking', ended, 'closed'];
  let current = path.indexOf(d.status);
  let status: 'process' | 'error' | 'finish' = 'process';
  if (d.status === 'returned') {
    current = 1;
    status = 'error';
  } else if (d.status === 'closed') {
    status = 'finish';
  }
  return {
    current,
    status,
    items: path.map((s, i) => ({
      title: i === 1 && d.status === 'returned' ? t('demand.status.returned') : t(`demand.status.${s}` as TMsgKey),
    })),
  };
}

function HistoryTimeline({ items }: { items: TDemandTransition[] }) {
  const t = useT();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('demand.noHistory')} />;
  const sorted = [...items].sort((a, b) => a.at.localeCompare(b.at));
  const color = (to: string) => (to === 'returned' ? 'red' : to === 'closed' ? 'gray' : to === 'signed' || to === 'solved' ? 'green' : 'blue');
  return (
    <Timeline
      items={sorted.map((x) => ({
        key: x.id,
        color: color(x.to),
        content: (
          <Flex vertical gap={2}>
            <span>
              {x.from ? (
                <>
                  {stateLabel(t, x.from, x.fromLabel)} → <Typography.Text strong>{stateLabel(t, x.to, x.toLabel)}</Typography.Text>
                </>
              ) : (
                <Typography.Text strong>{stateLabel(t, x.to, x.toLabel)}</Typography.Text>
              )}
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {x.actorName ?? t('demand.system')}
              {x.actorName && x.actorOrgName ? `（${x.actorOrgName}）` : ''} · {dayjs(x.at).format('YYYY-MM-DD HH:mm')}
            </Typography.Text>
            {x.reason ? <Typography.Text style={{ fontSize: 13 }}>{t('demand.reasonIs', { reason: x.reason })}</Typography.Text> : null}
          </Flex>
        ),
      }))}
    />
  );
}

/** 技术需求详情: fields, state history, the moves the user may make, 智能匹配 and the engagements. */
export default function DemandDetailPage() {
  const t = useT();
  const errorText = useErrorText();
  const { can } = useAuth();
  const id = int(useParams().id ?? null);
  const [editing, setEditing] = useState(false);
  const query = useQuery({ queryKey: demandKeys.one(id ?? 0), queryFn: () => getDemand(id!), enabled: id != null });
  const d = query.data;
  const none = t('common.none');

  const back = (
    <Link to="/admin/demands">
      <ArrowLeftOutlined aria-hidden /> {t('demand.backToList')}
    </Link>
  );

  if (id == null) return <Alert type="error" showIcon title={t('demand.notFound')} action={back} />;
  if (query.error) return <Alert type="error" showIcon title={errorText(query.error)} action={back} />;
  if (!d) return <Skeleton active />;

  const progress = progressOf(t, d);
  const showEngagements = d.canSeeMatches || can('demands:review');

  return (
    <Flex vertical gap={16}>
      <Card
        variant="borderless"
        title={
          <Flex vertical gap={4} style={{ padding: '8px 0', whiteSpace: 'normal' }}>
            {back}
            <Flex wrap gap={8} align="center">
              <Typography.Title level={4} style={{ margin: 0 }}>
                {d.title}
              </Typography.Title>
              <DemandStatusTag status={d.status} />
              {d.confidentiality === 'staff' ? <Tag color="purple">{t('demand.conf.staff')}</Tag> : null}
              {d.isDemo ? <DemoTag /> : null}
            </Flex>
          </Flex>
        }
        extra={
          <Flex wrap gap={8} justify="flex-end">
            {d.canEdit ? (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            ) : null}
            <DemandActions demand={d} />
          </Flex>
        }
      >
        <Flex vertical gap={16}>
          <Steps size="small" current={progress.current} status={progress.status} items={progress.items} aria-label={t('demand.progress')} />
          {d.status === 'returned' && d.returnReason ? (
            <Alert type="error" showIcon title={t('demand.returnedAlert')} description={d.returnReason} />
          ) : null}
          {d.status === 'draft' && d.allowedTransitions.includes('pending') ? <Alert type="info" showIcon title={t('demand.draftAlert')} /> : null}
        </Flex>
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('demand.details')}>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              size="small"
              styles={{ label: DESC_LABEL }}
              bordered
              items={[
                { key: 'enterprise', label: t('demand.enterprise'), children: d.enterpriseName },
                { key: 'org', label: t('demand.org'), children: d.orgName },
                { key: 'category', label: t('demand.category'), children: categoryLabel(t, d.category) },
                { key: 'cluster', label: t('demand.cluster'), children: d.cluster || none },
                { key: 'budget', label: t('demand.budget'), children: budgetText(t, d.budgetMin, d.budgetMax) },
                { key: 'deadline', label: t('demand.deadline'), children: d.deadline ?? none },
                {
                  key: 'confidentiality',
                  label: t('demand.confidentiality'),
                  children: d.confidentiality === 'public' ? t('demand.conf.publicLong') : t('demand.conf.staffLong'),
                },
                { key: 'publishedAt', label: t('demand.publishedAt'), children: d.publishedAt ? dayjs(d.publishedAt).format('YYYY-MM-DD HH:mm') : none },
                { key: 'keywords', label: t('demand.keywords'), span: 'filled', children: <TagList items={d.keywords} color="geekblue" /> },
                { key: 'industries', label: t('demand.industries'), span: 'filled', children: <TagList items={d.industries} /> },
                {
                  key: 'description',
                  label: t('demand.description'),
                  span: 'filled',
                  children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{d.description}</Typography.Paragraph>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('demand.history')}>
            <HistoryTimeline items={d.transitions} />
          </Card>
        </Col>
      </Row>

      {d.canSeeMatches ? <MatchPanel demand={d} /> : null}
      {!d.canSeeMatches && can('demands:write') && !can('demands:review') ? (
        <Alert type="info" showIcon title={t('match.afterPublish')} />
      ) : null}
      {showEngagements ? <EngagementsCard demand={d} /> : null}
      {can('docking:read') && d.status !== 'draft' && d.status !== 'pending' && d.status !== 'returned' ? <DockingEventsCard demand={d} /> : null}

      <DemandFormDrawer open={editing} demand={d} onClose={() => setEditing(false)} />
    </Flex>
  );
}
