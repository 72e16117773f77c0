import { useQuery } from '@tanstack/react-query';
import { Col, Form, Row, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../../app/list';
import type { TPage } from '../../../app/types';
import { type TExpert, type TExpertInput, createExpert, expertKeys, updateExpert } from '../api';
import { ExpertProfileFields, type TProfileValues, profileValuesOf, toProfileInput } from './ExpertProfileFields';

interface TFormValues extends TProfileValues {
  orgId?: number;
  userId?: number | null;
  isAcademician?: boolean;
}

interface TUserRow {
  id: number;
  username: string;
  displayName: string;
}

/** Accounts with the expert role, searched on the server (link a profile to the account that answers invitations). */
function ExpertAccountSelect({ value, onChange, id }: { value?: number | null; onChange?: (v: number | null) => void; id?: string }) {
  const t = useT();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const users = useQuery({
    queryKey: ['users', 'list', { role: 'expert', q }],
    queryFn: () => api.get<TPage<TUserRow>>('/api/v1/users', { role: 'expert', q: q || undefined, pageSize: 20 }),
    staleTime: 30_000,
  });
  const options = (users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }));
  // The linked account may not be among the first results: load its name.
  const linked = useQuery({
    queryKey: ['users', 'one', value],
    queryFn: () => api.get<TUserRow>(`/api/v1/users/${value}`),
    enabled: value != null && !options.some((o) => o.value === value),
    staleTime: 60_000,
  });
  if (value != null && linked.data && !options.some((o) => o.value === value))
    options.unshift({ value, label: `${linked.data.displayName}（${linked.data.username}）` });
  return (
    <Select<number>
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      loading={users.isFetching}
      placeholder={t('expert.accountPick')}
      options={options}
    />
  );
}

export interface TExpertFormDrawerProps {
  open: boolean;
  /** The expert to edit; null to register a new one. */
  expert: TExpert | null;
  onClose: () => void;
}

/** 登记/编辑专家 (staff): profile, achievements, owning org, academician flag, linked expert account. */
export function ExpertFormDrawer({ open, expert, onClose }: TExpertFormDrawerProps) {
  const t = useT();
  const { can, me } = useAuth();
  const [form] = Form.useForm<TFormValues>();

  const initialValues: Partial<TFormValues> = expert
    ? { ...profileValuesOf(expert), orgId: expert.orgId, userId: expert.userId, isAcademician: expert.isAcademician }
    : { isPublic: true, isAcademician: false, disciplines: [], industries: [], keywords: [], achievements: [], orgId: me?.orgId };

  // A new record belongs to the user's org by default (also when the drawer opened before \`me\` arrived).
  const myOrgId = me?.orgId;
  useEffect(() => {
    if (open && !expert && myOrgId && form.getFieldValue('orgId') == null) form.setFieldValue('orgId', myOrgId);
  }, [open, expert, myOrgId, form]);

  return (
    <FormDrawer
      title={expert ? t('expert.editTitle') : t('expert.newTitle')}
      open={open}
      onClose={onClose}
      size={720}
      form={form}
      initialValues={initialValues}
      submit={async (v: TFormValues) => {
        const body: TExpertInput = {
          ...toProfileInput(v),
          orgId: v.orgId,
          isAcademician: v.isAcademician ?? false,
          ...(can('users:read') ? { userId: v.userId ?? null } : {}),
        };
        if (expert) return updateExpert(expert.id, body);
        return createExpert(body);
      }}
      successMessage={expert ? t('common.saved') : t('common.created')}
      invalidate={[expertKeys.all]}
    >
      <ExpertProfileFields />
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="orgId" label={t('expert.org')} rules={[{ required: true, message: t('people.v.org') }]}>
            <OrgTreeSelect allowClear={false} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="isAcademician" label={t('expert.academician')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        {can('users:read') ? (
          <Col span={24}>
            <Form.Item name="userId" label={t('expert.account')} extra={t('expert.accountHint')}>
              <ExpertAccountSelect />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
    </FormDrawer>
  );
}
