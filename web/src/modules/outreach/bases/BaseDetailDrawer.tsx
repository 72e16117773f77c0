import { useQuery } from '@tanstack/react-query';
import { Descriptions, Flex, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { RevealPii } from '../../../app/components/RevealPii';
import { useT } from '../../../app/i18n';
import { DetailDrawer } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import { BASES_URL, baseKeys, getBase, type TBase, type TBaseDetail, type TBaseStatus } from './api';
import { BaseActions } from './BaseActions';
import { categoryLabel, KindTag, LevelTag, StatusTag, statusLabel } from './labels';

export interface TBaseDetailDrawerProps {
  baseId: number | null;
  initial?: TBase;
  onClose: () => void;
  onEdit?: (b: TBase) => void;
  onDelete?: (b: TBase) => void;
}

const STYLES = { label: { width: 112, whiteSpace: 'nowrap' } } as const;

/** One base: its fields, the moves the user may take (with a reason where one is needed) and its 流转记录. */
export function BaseDetailDrawer({ baseId, initial, onClose, onEdit, onDelete }: TBaseDetailDrawerProps) {
  const t = useT();
  const query = useQuery({
    queryKey: baseKeys.one(baseId ?? 0),
    queryFn: () => getBase(baseId!),
    enabled: baseId != null,
    placeholderData: initial && initial.id === baseId ? (initial as TBaseDetail) : undefined,
  });
  const none = t('common.none');
  const canEdit = query.data?.canEdit ?? false;

  return (
    <DetailDrawer<TBaseDetail>
      title={t('base.detailTitle')}
      open={baseId != null}
      onClose={onClose}
      size={720}
      query={query}
      onEdit={canEdit && onEdit ? onEdit : undefined}
      onDelete={canEdit && onDelete ? onDelete : undefined}
      deleteConfirm={(b) => t('base.deleteConfirm', { name: b.name })}
    >
      {(b) => (
        <Flex vertical gap={16}>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {b.name}
              {b.isDemo ? <DemoTag /> : null}
            </Typography.Title>
            <Flex gap={4} wrap style={{ marginTop: 8 }}>
              <KindTag kind={b.kind} />
              {b.level ? <LevelTag level={b.level} /> : null}
              <StatusTag status={b.status} />
              {b.reviewDue ? <Tag color="warning">{t('base.reviewDue')}</Tag> : null}
              {b.isExpired ? <Tag color="error">{t('base.expired')}</Tag> : null}
              {b.isPublic ? null : <Tag>{t('base.notPublic')}</Tag>}
            </Flex>
          </div>
          <BaseActions base={b} />
          <Descriptions
            column={1}
            bordered
            size="small"
            styles={STYLES}
            items={[
              ...(b.kind === 'education_base' ? [{ key: 'category', label: t('base.category'), children: b.category ? categoryLabel(t, b.category) : none }] : []),
              { key: 'host', label: t('base.hostUnit'), children: b.hostUnit || none },
              { key: 'address', label: t('base.address'), children: b.address || none },
              { key: 'district', label: t('base.district'), children: b.districtName || none },
              { key: 'org', label: t('base.org'), children: b.orgName },
              { key: 'contact', label: t('base.contactName'), children: b.contactName || none },
              {
                key: 'phone',
                label: t('base.contactPhone'),
                children: <RevealPii value={b.contactPhone} url={`${BASES_URL}/${b.id}/pii`} field="contactPhone" revealable={b.piiRevealable} label={t('base.contactPhone')} />,
              },
              { key: 'coords', label: `${t('base.lng')} / ${t('base.lat')}`, children: b.lng != null && b.lat != null ? `${b.lng}, ${b.lat}` : t('base.noCoords') },
              { key: 'recognizedOn', label: t('base.recognizedOn'), children: b.recognizedOn ?? none },
              { key: 'validUntil', label: t('base.validUntil'), children: b.validUntil ?? none },
              ...(b.lastReviewedOn ? [{ key: 'reviewed', label: t('base.lastReviewedOn'), children: b.lastReviewedOn }] : []),
              ...(b.statusReason ? [{ key: 'reason', label: t('base.statusReason'), children: b.statusReason }] : []),
              { key: 'description', label: t('base.description'), children: b.description ? <span style={{ whiteSpace: 'pre-wrap' }}>{b.description}</span> : none },
            ]}
          />
          <div>
            <Typography.Title level={5}>{t('base.transitions')}</Typography.Title>
            {!b.transitions ? null : b.transitions.length === 0 ? (
              <Typography.Text type="secondary">{t('base.noTransitions')}</Typography.Text>
            ) : (
              <Timeline
                items={b.transitions.map((x) => ({
                  key: x.id,
                  content: (
                    <div>
                      <Typography.Text strong>
                        {statusLabel(t, x.from as TBaseStatus)} → {statusLabel(t, x.to as TBaseStatus)}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                        {dayjs(x.at).format('YYYY-MM-DD HH:mm')} · {x.actorName ?? t('base.transition.system')}
                        {x.actorOrgName ? `（${x.actorOrgName}）` : ''}
                      </Typography.Text>
                      {x.reason ? <div>{x.reason}</div> : null}
                    </div>
                  ),
                }))}
              />
            )}
          </div>
        </Flex>
      )}
    </DetailDrawer>
  );
}
