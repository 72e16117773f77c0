import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { useAuth } from '../../app/auth';
import { RevealPii } from '../../app/components/RevealPii';
import { useDictLabel } from '../../app/hooks/useOrgTree';
import { useT } from '../../app/i18n';
import { DetailDrawer } from '../../app/list';
import { getPerson, peopleKeys, type TPerson } from './api';
import { DemoTag, useGenderLabel } from './PersonTags';

export interface TPersonDetailDrawerProps {
  personId: number | null;
  /** The row from the list, shown while the full record loads. */
  initial?: TPerson;
  canWrite: boolean;
  onClose: () => void;
  onEdit: (p: TPerson) => void;
  onDelete: (p: TPerson) => void;
}

export function PersonDetailDrawer({ personId, initial, canWrite, onClose, onEdit, onDelete }: TPersonDetailDrawerProps) {
  const t = useT();
  const dl = useDictLabel();
  const navigate = useNavigate();
  const genderLabel = useGenderLabel();
  const { can } = useAuth();
  const query = useQuery({
    queryKey: peopleKeys.one(personId ?? 0),
    queryFn: () => getPerson(personId!),
    enabled: personId != null,
    placeholderData: initial && initial.id === personId ? initial : undefined,
  });
  const none = t('common.none');
  const fmt = (d?: string) => (d ? dayjs(d).format('YYYY-MM-DD HH:mm') : none);

  return (
    <DetailDrawer<TPerson>
      title={t('people.detailTitle')}
      open={personId != null}
      onClose={onClose}
      query={query}
      onEdit={canWrite ? onEdit : undefined}
      onDelete={canWrite ? onDelete : undefined}
      deleteConfirm={(r) => t('people.deleteConfirm', { name: r.name })}
    >
      {(p) => (
        <Flex vertical gap={16}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {p.name}
            {p.isDemo ? <DemoTag /> : null}
          </Typography.Title>
          {p.piiMasked ? <Alert type="info" showIcon title={t('people.piiMasked')} /> : null}
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              { key: 'gender', label: t('people.gender'), children: genderLabel(p.gender) },
              { key: 'birthYear', label: t('people.birthYear'), children: p.birthYear ?? none },
              { key: 'unit', label: t('people.unit'), children: p.unit || none },
              { key: 'title', label: t('people.titleField'), children: p.title ? dl(p.title) : none },
              { key: 'education', label: t('people.education'), children: p.education ? dl(p.education) : none },
              {
                key: 'disciplines',
                label: t('people.disciplines'),
                children: p.disciplines.length ? p.disciplines.map((d) => <Tag key={d}>{dl(d)}</Tag>) : none,
              },
              { key: 'phone', label: t('people.phone'), children: <RevealPii value={p.phone} url={`/api/v1/people/${p.id}/pii`} field="phone" revealable={p.piiRevealable} label={t('people.phone')} /> },
              { key: 'idNumber', label: t('people.idNumber'), children: <RevealPii value={p.idNumber} url={`/api/v1/people/${p.id}/pii`} field="idNumber" revealable={p.piiRevealable} label={t('people.idNumber')} /> },
              { key: 'email', label: t('people.email'), children: p.email || none },
              { key: 'org', label: t('people.org'), children: p.orgName },
              {
                key: 'memberships',
                label: t('people.memberships'),
                children: p.memberships.length
                  ? p.memberships.map((m) => (
                      <div key={m.orgId}>
                        {m.orgName} <Typography.Text type="secondary">· {m.role}</Typography.Text>
                      </div>
                    ))
                  : none,
              },
              { key: 'createdAt', label: t('people.createdAt'), children: fmt(p.createdAt) },
              { key: 'updatedAt', label: t('people.updatedAt'), children: fmt(p.updatedAt) },
            ]}
          />
          {can('audit:read') ? (
            <div>
              <Button type="link" style={{ padding: 0 }} onClick={() => navigate(`/admin/audit?entity=person&entityId=${p.id}`)}>
                {t('people.viewAudit')}
              </Button>
            </div>
          ) : null}
        </Flex>
      )}
    </DetailDrawer>
  );
}
