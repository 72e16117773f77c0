import { Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { LIMITS } from '../../../../../shared/limits';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../../app/list';
import { COMPETITION_LEVELS, COMPETITION_SERIES, compKeys, createCompetition, type TCompetition, type TCompetitionInput, type TLevel, type TSeries, updateCompetition } from './api';
import { clean, fromDay, toDay } from './labels';

interface TFormValues {
  series?: TSeries;
  title: string;
  year?: number;
  level?: TLevel;
  orgId?: number;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
  description?: string;
}

const toInput = (v: TFormValues): TCompetitionInput => ({
  series: v.series!,
  title: v.title.trim(),
  year: v.year!,
  level: v.level!,
  ...(v.orgId ? { orgId: v.orgId } : {}),
  startsOn: toDay(v.startsOn),
  endsOn: toDay(v.endsOn),
  description: clean(v.description),
});

/** Records or edits one edition of a competition. */
export function CompetitionFormDrawer({ open, competition: c, onClose }: { open: boolean; competition: TCompetition | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<TFormValues>();
  const initialValues: Partial<TFormValues> = c
    ? { series: c.series, title: c.title, year: c.year, level: c.level, orgId: c.orgId, startsOn: fromDay(c.startsOn), endsOn: fromDay(c.endsOn), description: c.description ?? undefined }
    : { series: 'youth_innovation', level: 'municipal', year: new Date().getFullYear() };
  return (
    <FormDrawer
      title={c ? t('comp.editTitle') : t('comp.newTitle')}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={initialValues}
      submit={(v: TFormValues) => (c ? updateCompetition(c.id, toInput(v)) : createCompetition(toInput(v)))}
      successMessage={c ? t('common.saved') : t('common.created')}
      invalidate={[compKeys.competitions]}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="title" label={t('comp.title')} rules={[{ required: true, whitespace: true, message: t('comp.v.title') }, { max: LIMITS.textMax }]}>
            <Input maxLength={LIMITS.textMax} placeholder={t('comp.titleHint')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="series" label={t('comp.series')} rules={[{ required: true }]}>
            <Select options={COMPETITION_SERIES.map((s) => ({ value: s, label: t(`comp.series.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="year" label={t('comp.year')} rules={[{ required: true, message: t('comp.v.year') }]}>
            <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="level" label={t('comp.level')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={COMPETITION_LEVELS.map((l) => ({ value: l, label: t(`comp.level.${l}`) }))} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="orgId" label={t('comp.organizer')} tooltip={t('comp.organizerHint')}>
            <OrgTreeSelect />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="startsOn" label={t('comp.startsOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="endsOn" label={t('comp.endsOn')}>
            <DatePicker style={{ width: '100%' }} />
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
