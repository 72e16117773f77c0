import { Col, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { LIMITS } from '../../../../../shared/limits';
import { TARGET_GROUPS, type TTargetGroup } from '../../../../../shared/outreach';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../../app/list';
import { compKeys, createProgramme, PROGRAMME_UNITS, type TProgramme, type TProgrammeInput, updateProgramme } from './api';
import { clean, useTargetGroupLabel } from './labels';

interface TFormValues {
  name: string;
  targetGroup?: TTargetGroup;
  targetCount?: number;
  unit?: '人' | '名';
  startYear?: number;
  endYear?: number;
  isLivelihood?: boolean;
  orgId?: number;
  description?: string;
}

const toInput = (v: TFormValues): TProgrammeInput => ({
  name: v.name.trim(),
  targetGroup: v.targetGroup!,
  targetCount: v.targetCount!,
  unit: v.unit ?? '名',
  startYear: v.startYear!,
  endYear: v.endYear!,
  isLivelihood: v.isLivelihood ?? false,
  ...(v.orgId ? { orgId: v.orgId } : {}),
  description: clean(v.description),
});

/** Creates or edits a target-group programme: the group, the target and its period. */
export function ProgrammeFormDrawer({ open, programme: p, onClose }: { open: boolean; programme: TProgramme | null; onClose: () => void }) {
  const t = useT();
  const groupLabel = useTargetGroupLabel();
  const [form] = Form.useForm<TFormValues>();
  const year = new Date().getFullYear();
  const initialValues: Partial<TFormValues> = p
    ? { ...p, description: p.description ?? undefined }
    : { unit: '名', startYear: year, endYear: year + 2, isLivelihood: false, targetGroup: 'farmers' };
  return (
    <FormDrawer
      title={p ? t('comp.prog.editTitle') : t('comp.prog.newTitle')}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={initialValues}
      submit={(v: TFormValues) => (p ? updateProgramme(p.id, toInput(v)) : createProgramme(toInput(v)))}
      successMessage={p ? t('common.saved') : t('common.created')}
      invalidate={[compKeys.programmes]}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="name" label={t('comp.prog.name')} rules={[{ required: true, whitespace: true, message: t('comp.prog.v.name') }, { max: LIMITS.textMax }]}>
            <Input maxLength={LIMITS.textMax} placeholder="培育高素质农民" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="targetGroup" label={t('comp.prog.group')} rules={[{ required: true }]}>
            <Select options={TARGET_GROUPS.map((g) => ({ value: g, label: groupLabel(g) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="isLivelihood" label={t('comp.prog.livelihood')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="targetCount" label={t('comp.prog.target')} rules={[{ required: true, message: t('comp.prog.v.target') }]}>
            <InputNumber min={1} max={10_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="unit" label={t('comp.prog.unit')}>
            <Radio.Group optionType="button" options={PROGRAMME_UNITS.map((u) => ({ value: u, label: u }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="startYear" label={t('comp.prog.startYear')} rules={[{ required: true }]}>
            <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="endYear" label={t('comp.prog.endYear')} rules={[{ required: true }]}>
            <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="orgId" label={t('comp.prog.owner')}>
            <OrgTreeSelect />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label={t('comp.description')} rules={[{ max: LIMITS.longTextMax }]}>
            <Input.TextArea rows={3} maxLength={LIMITS.longTextMax} />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
