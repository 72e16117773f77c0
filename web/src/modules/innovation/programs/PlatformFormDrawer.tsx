import { Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { LIMITS } from '../../../../../shared/limits';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../../app/list';
import { PLATFORM_KINDS, PLATFORM_LEVELS, type TPlatformKind, type TPlatformLevel } from '../portal/api';
import { levelLabel, platformKindLabel } from '../labels';
import { PLATFORM_STATUSES, type TPlatform, type TPlatformInput, type TPlatformStatus, createPlatform, programKeys, updatePlatform } from './api';
import { clean, enterprisePick, expertPick, fromDay, toDay } from './common';
import { RecordPicker } from './RecordPicker';

interface TFormValues {
  kind?: TPlatformKind;
  name: string;
  level?: TPlatformLevel;
  orgId?: number;
  hostEnterpriseId?: number | null;
  hostName?: string;
  expertIds?: number[];
  academicians?: string[];
  establishedOn?: Dayjs;
  validUntil?: Dayjs;
  status?: TPlatformStatus;
  description?: string;
}

export function toPlatformInput(v: TFormValues): TPlatformInput {
  return {
    kind: v.kind!,
    name: v.name.trim(),
    level: v.level!,
    ...(v.orgId ? { orgId: v.orgId } : {}),
    hostEnterpriseId: v.hostEnterpriseId ?? null,
    hostName: clean(v.hostName),
    expertIds: v.expertIds ?? [],
    academicians: (v.academicians ?? []).map((a) => a.trim()).filter(Boolean),
    establishedOn: toDay(v.establishedOn),
    validUntil: toDay(v.validUntil),
    status: v.status ?? 'active',
    description: clean(v.description),
  };
}

export interface TPlatformFormDrawerProps {
  open: boolean;
  platform: TPlatform | null;
  defaultOrgId?: number;
  onClose: () => void;
}

/** Registers or edits a platform: kind, level, host, experts and academicians, validity. */
export function PlatformFormDrawer({ open, platform: p, defaultOrgId, onClose }: TPlatformFormDrawerProps) {
  const t = useT();
  const [form] = Form.useForm<TFormValues>();

  const initialValues: Partial<TFormValues> = p
    ? {
        kind: p.kind,
        name: p.name,
        level: p.level,
        orgId: p.orgId,
        hostEnterpriseId: p.hostEnterpriseId,
        // The server answers the host enterprise's name as hostName too: keep the field for a free-text host only.
        hostName: p.hostEnterpriseId == null ? (p.hostName ?? undefined) : undefined,
        expertIds: p.expertIds,
        academicians: p.academicians,
        establishedOn: fromDay(p.establishedOn),
        validUntil: fromDay(p.validUntil),
        status: p.status,
        description: p.description ?? undefined,
      }
    : { orgId: defaultOrgId, level: 'municipal', status: 'active', expertIds: [], academicians: [] };

  return (
    <FormDrawer
      title={p ? t('platforms.editTitle') : t('platforms.newTitle')}
      open={open}
      onClose={onClose}
      size={680}
      form={form}
      initialValues={initialValues}
      submit={(v: TFormValues) => (p ? updatePlatform(p.id, toPlatformInput(v)) : createPlatform(toPlatformInput(v)))}
      successMessage={p ? t('common.saved') : t('common.created')}
      invalidate={[programKeys.platforms]}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item
            name="name"
            label={t('platforms.name')}
            rules={[{ required: true, whitespace: true, message: t('platforms.v.name') }, { max: LIMITS.textMax }]}
          >
            <Input maxLength={LIMITS.textMax} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="kind" label={t('platforms.kind')} rules={[{ required: true, message: t('platforms.v.kind') }]}>
            <Select options={PLATFORM_KINDS.map((k) => ({ value: k, label: platformKindLabel(t, k) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="level" label={t('kc.level')} rules={[{ required: true, message: t('platforms.v.level') }]}>
            <Radio.Group optionType="button" options={PLATFORM_LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="hostEnterpriseId" label={t('platforms.hostEnterprise')}>
            <RecordPicker kind="enterprises" known={p?.hostEnterprise ? [enterprisePick(p.hostEnterprise)] : undefined} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="hostName" label={t('platforms.hostName')} tooltip={t('platforms.hostNameHint')} rules={[{ max: LIMITS.textMax }]}>
            <Input maxLength={LIMITS.textMax} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="academicians" label={t('platforms.academicians')} tooltip={t('platforms.academiciansHint')}>
            <Select mode="tags" tokenSeparators={[',', '，', '、']} maxCount={50} open={false} suffixIcon={null} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="expertIds" label={t('platforms.experts')}>
            <RecordPicker kind="experts" multiple maxCount={100} known={p?.experts.map(expertPick)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="establishedOn" label={t('platforms.establishedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="validUntil"
            label={t('platforms.validUntil')}
            dependencies={['establishedOn']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, v?: Dayjs) => {
                  const from = getFieldValue('establishedOn') as Dayjs | undefined;
                  return !v || !from || !v.isBefore(from, 'day') ? Promise.resolve() : Promise.reject(new Error(t('platforms.v.validUntil')));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="orgId" label={t('platforms.org')}>
            <OrgTreeSelect placeholder={t('docking.orgDefault')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="status" label={t('platforms.status')}>
            <Select options={PLATFORM_STATUSES.map((s) => ({ value: s, label: t(`platforms.status.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label={t('platforms.description')} rules={[{ max: LIMITS.longTextMax }]}>
            <Input.TextArea rows={3} maxLength={LIMITS.longTextMax} />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
