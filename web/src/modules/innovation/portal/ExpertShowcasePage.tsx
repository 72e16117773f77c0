import { Avatar, Card, Checkbox, Flex, Space, Tag, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { CardListPage, useListPage } from '../../../app/list';
import { type TPublicExpert, listPublicExperts, portalKeys, readExpertQuery } from './api';
import { ClusterSelect } from './ClusterSelect';
import { AcademicianTag } from '../labels';
import { PageHeading } from './PageHeading';

const PAGE_SIZE = 12;
const readShowcaseQuery = (params: URLSearchParams) => readExpertQuery(params, PAGE_SIZE);
const AVATAR_COLORS = ['#1556d3', '#13a8a8', '#7e4ad6', '#d46b08', '#389e0d', '#c41d7f'];

/** 专家风采: experts who agreed to be shown, professional fields only (never contacts). */
export default function ExpertShowcasePage() {
  const t = useT();
  const state = useListPage({ read: readShowcaseQuery, queryKey: portalKeys.experts, fetch: listPublicExperts });
  const { query, update } = state;
  return (
    <CardListPage<TPublicExpert>
      heading={<PageHeading title={t('kc.portal.experts')} subtitle={t('kc.experts.subtitle')} />}
      state={state}
      search={{ placeholder: t('kc.experts.searchPlaceholder'), label: t('kc.experts.search') }}
      filters={
        <Space wrap size={16}>
          <ClusterSelect
            value={query.industry}
            onChange={(industry) => update({ industry })}
            placeholder={t('kc.experts.allIndustries')}
            style={{ width: 200 }}
          />
          <Checkbox checked={!!query.academician} onChange={(e) => update({ academician: e.target.checked ? 'true' : undefined })}>
            {t('kc.experts.onlyAcademicians')}
          </Checkbox>
        </Space>
      }
      foundText={(total) => t('kc.experts.found', { total })}
      emptyText={t('kc.experts.empty')}
      noMatchText={t('kc.experts.noMatch')}
      col={{ xs: 24, md: 12, lg: 8 }}
      skeletons={3}
      skeletonAvatar
      renderItem={(e) => <ExpertCard expert={e} />}
    />
  );
}

const TAGS_SHOWN = 4;

function TagLine({ label, values, color }: { label: string; values: string[]; color?: string }) {
  if (!values.length) return null;
  const shown = values.slice(0, TAGS_SHOWN);
  return (
    <Flex gap={4} wrap align="baseline">
      <Typography.Text type="secondary" style={{ fontSize: 12, minWidth: 56 }}>
        {label}
      </Typography.Text>
      {shown.map((v) => (
        <Tag key={v} color={color} style={{ marginInlineEnd: 0 }}>
          {v}
        </Tag>
      ))}
      {values.length > TAGS_SHOWN ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} title={values.slice(TAGS_SHOWN).join('、')}>
          +{values.length - TAGS_SHOWN}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** One expert: name, title and unit, disciplines, industries, research keywords, a short bio. */
export function ExpertCard({ expert: e }: { expert: TPublicExpert }) {
  const t = useT();
  const color = AVATAR_COLORS[e.id % AVATAR_COLORS.length];
  return (
    <Card variant="borderless" style={{ height: '100%' }} styles={{ body: { display: 'flex', flexDirection: 'column', gap: 10 } }}>
      <Flex gap={12} align="center">
        <Avatar size={52} style={{ background: e.isAcademician ? '#d4a106' : color, flex: 'none', fontSize: 22 }}>
          {[...e.name][0]}
        </Avatar>
        <div style={{ minWidth: 0 }}>
          <Flex gap={6} align="center" wrap>
            <Typography.Text strong style={{ fontSize: 17 }}>
              {e.name}
            </Typography.Text>
            {e.isAcademician ? <AcademicianTag /> : null}
          </Flex>
          <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>
            {[e.title, e.unit].filter(Boolean).join(' · ') || t('common.none')}
          </Typography.Text>
        </div>
      </Flex>
      <TagLine label={t('kc.disciplines')} values={e.disciplines} color="blue" />
      <TagLine label={t('kc.industries')} values={e.industries} color="cyan" />
      {e.keywords.length ? (
        <Typography.Paragraph style={{ margin: 0, fontSize: 13 }} ellipsis={{ rows: 2 }}>
          <Typography.Text type="secondary">{t('kc.keywords')}:</Typography.Text> {e.keywords.join('、')}
        </Typography.Paragraph>
      ) : null}
      {e.bio ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }} ellipsis={{ rows: 3, tooltip: e.bio }}>
          {e.bio}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
