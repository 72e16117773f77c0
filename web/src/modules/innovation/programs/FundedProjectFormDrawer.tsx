import { AutoComplete, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { LIMITS } from '../../../../../shared/limits';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../../app/list';
import { PLATFORM_LEVELS, type TPlatformLevel } from '../portal/api';
import { levelLabel } from '../labels';
import {
  KECHUANG_JIANGSU,
  PROJECT_STATUSES,
  type TFundedProject,
  type TFundedProjectInput,
  type TProjectStatus,
  createFundedProject,
  programKeys,
  updateFundedProject,
} from './api';
import { clean, enterprisePick } from './common';
import { RecordPicker } from './RecordPicker';

interface TFormValues {
  name: string;
  programme: string;
  level?: TPlatformLevel;
  year?: number;
  orgId?: number;
  leadUnit?: string;
  enterpriseId?: number | null;
  status?: TProjectStatus;
  amount?: number | null;
}

export function toProjectInput(v: TFormValues): TFundedProjectInput {
  return {
    name: v.name.trim(),
    programme: v.programme.trim(),
    level: v.level!,
    year: v.year!,
    ...(v.orgId ? { orgId: v.orgId } : {}),
    leadUnit: clean(v.leadUnit),
    enterpriseId: v.enterpriseId ?? null,
    status: v.status ?? 'approved',
    amount: v.amount ?? null,
  };
}

const PROGRAMMES = [KECHUANG_JIANGSU, '江苏省科协青年科技人才托举工程', '中国科协“科创中国”试点', '南通市科协科技创新智库项目'];

export interface TFundedProjectFormDrawerProps {
  open: boolean;
  project: TFundedProject | null;
  defaultOrgId?: number;
  onClose: () => void;
}

/** Registers or edits a funded project. */
export function FundedProjectFormDrawer({ open, project: p, defaultOrgId, onClose }: TFundedProjectFormDrawerProps) {
  const t = useT();
  const [form] = Form.useForm<TFormValues>();

  const initialValues: Partial<TFormValues> = p
    ? {
        name: p.name,
        programme: p.programme,
        level: p.level,
        year: p.year,
        orgId: p.orgId,
        leadUnit: p.leadUnit ?? undefined,
        enterpriseId: p.enterpriseId,
        status: p.status,
        amount: p.amount,
      }
    : { programme: KECHUANG_JIANGSU, level: 'provincial', year: dayjs().year(), status: 'approved', orgId: defaultOrgId };

  return (
    <FormDrawer
      title={p ? t('projects.editTitle') : t('projects.newTitle')}
      open={open}
      onClose={onClose}
      size={600}
      form={form}
      initialValues={initialValues}
      submit={(v: TFormValues) => (p ? updateFundedProject(p.id, toProjectInput(v)) : createFundedProject(toProjectInput(v)))}
      successMessage={p ? t('common.saved') : t('common.created')}
      invalidate={[programKeys.projects]}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item
            name="name"
            label={t('projects.name')}
            rules={[{ required: true, whitespace: true, message: t('projects.v.name') }, { max: LIMITS.textMax }]}
          >
            <Input maxLength={LIMITS.textMax} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="programme"
            label={t('projects.programme')}
            rules={[{ required: true, whitespace: true, message: t('projects.v.programme') }, { max: 100 }]}
          >
            <AutoComplete options={PROGRAMMES.map((x) => ({ value: x }))} maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="level" label={t('kc.level')} rules={[{ required: true, message: t('platforms.v.level') }]}>
            <Radio.Group optionType="button" options={PLATFORM_LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="year"
            label={t('projects.year')}
            rules={[
              { required: true, message: t('projects.v.year') },
              { type: 'number', min: 1990, max: 2100, message: t('projects.v.year') },
            ]}
          >
            <InputNumber style={{ width: '100%' }} min={1990} max={2100} precision={0} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="enterpriseId" label={t('projects.enterprise')}>
            <RecordPicker kind="enterprises" known={p?.enterprise ? [enterprisePick(p.enterprise)] : undefined} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="leadUnit" label={t('projects.leadUnitText')} tooltip={t('projects.leadUnitHint')} rules={[{ max: LIMITS.textMax }]}>
            <Input maxLength={LIMITS.textMax} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="status" label={t('projects.status')}>
            <Select options={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`projects.status.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="amount" label={t('projects.amount')} rules={[{ type: 'number', min: 0, message: t('docking.v.money') }]}>
            <InputNumber style={{ width: '100%' }} min={0} max={1_000_000_000} precision={2} suffix={t('demand.wan')} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="orgId" label={t('projects.org')}>
            <OrgTreeSelect placeholder={t('docking.orgDefault')} />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
