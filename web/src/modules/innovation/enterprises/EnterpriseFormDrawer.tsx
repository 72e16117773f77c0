import { useQuery } from '@tanstack/react-query';
import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { LIMITS } from '../../../../../shared/limits';
import { isValidCreditCode, PHONE_RE } from '../../../../../shared/validators';
import { api } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { usePiiUnlock } from '../../../app/components/RevealPii';
import { useCityConfig } from '../../../app/hooks/useOrgTree';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../../app/list';
import type { TPage } from '../../../app/types';
import {
  createEnterprise,
  ENTERPRISE_SCALES,
  ENTERPRISES_URL,
  enterpriseKeys,
  INNOVATION_LIMITS as L,
  type TEnterprise,
  type TEnterpriseInput,
  type TEnterpriseScale,
  updateEnterprise,
} from '../api';
import { allClusters, scaleLabel } from '../labels';

interface TFormValues {
  name: string;
  creditCode: string;
  orgId?: number;
  industry?: string;
  clusters?: string[];
  scale?: TEnterpriseScale | null;
  isHighTech?: boolean;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  intro?: string;
  userIds?: number[];
}

const clean = (v?: string | null) => {
  const s = v?.trim();
  return s ? s : null;
};

/** Normalizes a typed 统一社会信用代码 (spaces out, capitals) for the check. */
export const normalizeCreditCode = (v?: string) => (v ?? '').replace(/\s+/g, '').toUpperCase();

/** Form values → request body. A masked phone is left out: the role that sees it masked cannot edit it. */
export function toEnterpriseInput(v: TFormValues, opts: { keepPhone: boolean }): TEnterpriseInput {
  const body: TEnterpriseInput = {
    name: v.name.trim(),
    creditCode: normalizeCreditCode(v.creditCode),
    orgId: v.orgId,
    industry: clean(v.industry),
    clusters: [...new Set(v.clusters ?? [])],
    scale: v.scale ?? null,
    isHighTech: v.isHighTech ?? false,
    address: clean(v.address),
    contactName: clean(v.contactName),
    intro: clean(v.intro),
  };
  if (opts.keepPhone) body.contactPhone = clean(v.contactPhone);
  return body;
}

interface TUserRow {
  id: number;
  username: string;
  displayName: string;
}

/** Accounts with the enterprise role, searched on the server. */
function EnterpriseAccountsSelect({ value, onChange, known, id }: { value?: number[]; onChange?: (v: number[]) => void; known: TUserRow[]; id?: string }) {
  const t = useT();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const users = useQuery({
    queryKey: ['users', 'list', { role: 'enterprise', q }],
    queryFn: () => api.get<TPage<TUserRow>>('/api/v1/users', { role: 'enterprise', q: q || undefined, pageSize: 20 }),
    staleTime: 30_000,
  });
  const byId = new Map<number, TUserRow>();
  for (const u of [...known, ...(users.data?.items ?? [])]) byId.set(u.id, u);
  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      loading={users.isFetching}
      placeholder={t('ent.accountsPick')}
      options={[...byId.values()].map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
    />
  );
}

export interface TEnterpriseFormDrawerProps {
  open: boolean;
  enterprise: TEnterprise | null;
  onClose: () => void;
}

/** 登记/编辑企业: 统一社会信用代码 checked by its check character here and on the server. */
export function EnterpriseFormDrawer({ open, enterprise, onClose }: TEnterpriseFormDrawerProps) {
  const t = useT();
  const { can, me } = useAuth();
  const [form] = Form.useForm<TFormValues>();
  const clusters = allClusters(useCityConfig().data?.clusters);
  const pii = usePiiUnlock<{ contactPhone: string | null }>({
    id: enterprise?.id,
    masked: !!enterprise?.piiMasked,
    revealable: !!enterprise?.piiRevealable,
    url: `/api/v1/enterprises/${enterprise?.id}/pii`,
    onRevealed: (full) => form.setFieldsValue({ contactPhone: full.contactPhone ?? undefined }),
  });
  const masked = pii.masked;
  const canLinkUsers = can('users:read');
  const knownUsers = (enterprise?.users ?? []).map((u) => ({ id: u.userId, username: u.username, displayName: u.displayName }));

  const initialValues: Partial<TFormValues> = enterprise
    ? {
        name: enterprise.name,
        creditCode: enterprise.creditCode,
        orgId: enterprise.orgId,
        industry: enterprise.industry ?? undefined,
        clusters: enterprise.clusters,
        scale: enterprise.scale,
        isHighTech: enterprise.isHighTech,
        address: enterprise.address ?? undefined,
        contactName: enterprise.contactName ?? undefined,
        contactPhone: enterprise.contactPhone ?? undefined,
        intro: enterprise.intro ?? undefined,
        userIds: knownUsers.map((u) => u.id),
      }
    : { orgId: me?.orgId, clusters: [], isHighTech: false, userIds: [] };

  // A new record belongs to the user's org by default (also when the drawer opened before \`me\` arrived).
  const myOrgId = me?.orgId;
  useEffect(() => {
    if (open && !enterprise && myOrgId && form.getFieldValue('orgId') == null) form.setFieldValue('orgId', myOrgId);
  }, [open, enterprise, myOrgId, form]);

  return (
    <FormDrawer
      title={enterprise ? t('ent.editTitle') : t('ent.newTitle')}
      open={open}
      onClose={() => {
        pii.reset(); // the full number is not kept once the form closes
        onClose();
      }}
      size={680}
      form={form}
      initialValues={initialValues}
      submit={async (v: TFormValues) => {
        const body = toEnterpriseInput(v, { keepPhone: !masked });
        const saved = enterprise ? await updateEnterprise(enterprise.id, body) : await createEnterprise(body);
        const before = new Set(saved.users.map((u) => u.userId));
        const after = v.userIds ?? [];
        if (canLinkUsers && (after.length !== before.size || after.some((id) => !before.has(id))))
          return api.put<TEnterprise>(`${ENTERPRISES_URL}/${saved.id}/users`, { userIds: after });
        return saved;
      }}
      successMessage={enterprise ? t('common.saved') : t('common.created')}
      invalidate={[enterpriseKeys.all]}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="name" label={t('ent.name')} rules={[{ required: true, whitespace: true, message: t('ent.v.name') }, { max: L.enterpriseNameMax }]}>
            <Input maxLength={L.enterpriseNameMax} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="creditCode"
            label={t('ent.creditCode')}
            extra={t('ent.creditCodeHint')}
            normalize={(v?: string) => normalizeCreditCode(v)}
            validateFirst
            rules={[
              { required: true, message: t('ent.v.creditCodeRequired') },
              { len: 18, message: t('ent.v.creditCodeLength') },
              {
                validator: (_, v?: string) =>
                  isValidCreditCode(normalizeCreditCode(v)) ? Promise.resolve() : Promise.reject(new Error(t('ent.v.creditCode'))),
              },
            ]}
          >
            <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="orgId" label={t('ent.org')} rules={[{ required: true, message: t('people.v.org') }]}>
            <OrgTreeSelect allowClear={false} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="industry" label={t('ent.industry')} rules={[{ max: 50 }]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="scale" label={t('ent.scale')}>
            <Select allowClear options={ENTERPRISE_SCALES.map((s) => ({ value: s, label: scaleLabel(t, s) }))} />
          </Form.Item>
        </Col>
        <Col span={18}>
          <Form.Item
            name="clusters"
            label={t('ent.clusters')}
            rules={[{ type: 'array', max: L.clustersMax, message: t('demand.v.tags', { n: L.clustersMax }) }]}
          >
            <Select mode="tags" options={clusters.map((c) => ({ value: c, label: c }))} maxCount={L.clustersMax} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="isHighTech" label={t('ent.highTech')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="address" label={t('ent.address')} rules={[{ max: LIMITS.textMax }]}>
            <Input maxLength={LIMITS.textMax} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="contactName" label={t('ent.contactName')} rules={[{ max: LIMITS.nameMax }]}>
            <Input maxLength={LIMITS.nameMax} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="contactPhone"
            label={t('ent.contactPhone')}
            tooltip={pii.hint}
            rules={masked ? [] : [{ pattern: PHONE_RE, message: t('people.v.phone') }]}
          >
            <Input readOnly={masked} variant={masked ? 'filled' : undefined} inputMode="tel" suffix={pii.unlockButton(t('ent.contactPhone'))} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="intro" label={t('ent.intro')} rules={[{ max: L.longTextMax }]}>
            <Input.TextArea rows={4} maxLength={L.longTextMax} showCount />
          </Form.Item>
        </Col>
        {canLinkUsers ? (
          <Col span={24}>
            <Form.Item name="userIds" label={t('ent.accounts')} extra={t('ent.accountsHint')}>
              <EnterpriseAccountsSelect known={knownUsers} />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
    </FormDrawer>
  );
}
