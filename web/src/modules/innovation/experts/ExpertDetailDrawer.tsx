import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Empty, Flex, List, Popconfirm, Skeleton, Tag, Typography } from 'antd';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { RevealPii } from '../../../app/components/RevealPii';
import { ACHIEVEMENT_KINDS, type TExpert, type TExpertSummary, expertKeys, getExpert } from '../api';
import { DESC_LABEL, DemoTag, TagList, achievementKindLabel } from '../labels';

const KIND_COLOR = { paper: 'blue', patent: 'gold', project: 'cyan', award: 'magenta', other: 'default' } as const;

/** Achievements grouped by kind, newest first. */
export function AchievementList({ items }: { items: TExpert['achievements'] }) {
  const t = useT();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('expert.noAchievements')} />;
  const sorted = [...items].sort((a, b) => ACHIEVEMENT_KINDS.indexOf(a.kind) - ACHIEVEMENT_KINDS.indexOf(b.kind) || (b.year ?? 0) - (a.year ?? 0));
  return (
    <List
      size="small"
      dataSource={sorted}
      renderItem={(a) => (
        <List.Item key={a.id}>
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Flex gap={8} align="baseline" wrap>
              <Tag color={KIND_COLOR[a.kind]}>{achievementKindLabel(t, a.kind)}</Tag>
              <Typography.Text strong>{a.title}</Typography.Text>
              {a.year ? <Typography.Text type="secondary">{a.year}</Typography.Text> : null}
            </Flex>
            {a.abstract ? (
              <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true, symbol: t('expert.more') }} style={{ margin: 0, fontSize: 13 }}>
                {a.abstract}
              </Typography.Paragraph>
            ) : null}
            {a.keywords.length ? <TagList items={a.keywords} /> : null}
          </Flex>
        </List.Item>
      )}
    />
  );
}

export interface TExpertDetailDrawerProps {
  expertId: number | null;
  /** The row from the list, shown while the full record loads. */
  initial?: TExpertSummary;
  onClose: () => void;
  onEdit?: (e: TExpert) => void;
  onDelete?: (e: TExpert) => void;
}

/** 专家详情: profile, achievements and (by role, masked) contacts. */
export function ExpertDetailDrawer({ expertId, initial, onClose, onEdit, onDelete }: TExpertDetailDrawerProps) {
  const t = useT();
  const errorText = useErrorText();
  const query = useQuery({
    queryKey: expertKeys.one(expertId ?? 0),
    queryFn: () => getExpert(expertId!),
    enabled: expertId != null,
  });
  const e = query.data;
  const none = t('common.none');
  const head = e ?? (initial && initial.id === expertId ? initial : undefined);

  return (
    <Drawer
      title={t('expert.detailTitle')}
      open={expertId != null}
      onClose={onClose}
      size={680}
      extra={
        e?.canEdit && (onEdit || onDelete) ? (
          <Flex gap={8}>
            {onEdit ? <Button onClick={() => onEdit(e)}>{t('common.edit')}</Button> : null}
            {onDelete ? (
              <Popconfirm
                title={t('expert.deleteConfirm', { name: e.name })}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => onDelete(e)}
              >
                <Button danger>{t('common.delete')}</Button>
              </Popconfirm>
            ) : null}
          </Flex>
        ) : null
      }
    >
      {query.error ? <Alert type="error" showIcon title={errorText(query.error)} /> : null}
      {!head && query.isLoading ? <Skeleton active /> : null}
      {head ? (
        <Flex vertical gap={16}>
          <Flex gap={8} align="center" wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {head.name}
            </Typography.Title>
            {head.isAcademician ? <Tag color="red">{t('expert.academician')}</Tag> : null}
            {head.isDemo ? <DemoTag /> : null}
          </Flex>
          <Descriptions
            column={1}
            bordered
            size="small"
            styles={{ label: DESC_LABEL }}
            items={[
              { key: 'unit', label: t('expert.unit'), children: head.unit || none },
              { key: 'title', label: t('expert.titleField'), children: head.title || none },
              { key: 'disciplines', label: t('expert.disciplines'), children: <TagList items={head.disciplines} color="blue" /> },
              { key: 'industries', label: t('expert.industries'), children: <TagList items={head.industries} color="purple" /> },
              { key: 'keywords', label: t('expert.keywords'), children: <TagList items={head.keywords} color="geekblue" /> },
              { key: 'org', label: t('expert.org'), children: head.orgName },
              { key: 'public', label: t('expert.isPublic'), children: head.isPublic ? t('common.yes') : t('common.no') },
              { key: 'account', label: t('expert.account'), children: head.hasAccount ? t('expert.hasAccount') : t('expert.noAccount') },
              ...(e?.contact
                ? [
                    {
                      key: 'phone',
                      label: t('people.phone'),
                      children: (
                        <RevealPii value={e.contact.phone} url={`/api/v1/people/${e.personId}/pii`} field="phone" revealable={e.contact.piiRevealable && e.personId != null} label={t('people.phone')} />
                      ),
                    },
                    { key: 'email', label: t('people.email'), children: e.contact.email || none },
                  ]
                : []),
              ...(e ? [{ key: 'bio', label: t('expert.bio'), children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{e.bio || none}</Typography.Paragraph> }] : []),
            ]}
          />
          <div>
            <Typography.Title level={5}>{t('expert.achievementsCount', { n: e?.achievements.length ?? head.achievementCount })}</Typography.Title>
            {e ? <AchievementList items={e.achievements} /> : <Skeleton active />}
          </div>
        </Flex>
      ) : null}
    </Drawer>
  );
}
