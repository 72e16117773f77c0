import { useQuery } from '@tanstack/react-query';
import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { LIMITS } from '../../../../../shared/limits';
import { useAuth } from '../../../app/auth';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useI18n } from '../../../app/i18n';
import { FormDrawer } from '../../../app/list';
import {
  ACTIVITY_TYPES,
  activityKeys,
  createActivity,
  listActivityDistricts,
  publicActivityKeys,
  type TActivity,
  type TActivityInput,
  type TActivityType,
  TARGET_GROUPS,
  type TTargetGroup,
  updateActivity,
} from './api';
import { groupLabel, shortOrg, typeLabel } from './labels';

interface TValues {
  type: TActivityType;
  title: string;
  orgId?: number;
  districtOrgId?: number | null;
  coOrganizers?: string[];
  dates: [Dayjs, Dayjs | null];
  venue?: string;
  targetGroups?: TTargetGroup[];
  plannedParticipants?: number | null;
  onlineReach?: number | null;
  budget?: number | null;
  description?: string;
  contactName?: string;
  contactPhone?: string;
  internalNote?: string;
  isPublic: boolean;
}

const blank = (s: string | undefined | null) => (s?.trim() ? s.trim() : null);

/** Create / edit an activity (the organizer while 计划 or 退回; staff until 已总结). */
export function ActivityFormDrawer({ open, activity, onClose }: { open: boolean; activity: TActivity | null; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { me } = useAuth();
  const [form] = Form.useForm<TValues>();
  const districts = useQuery({ queryKey: publicActivityKeys.districts, queryFn: listActivityDistricts, staleTime: 10 * 60_000, enabled: open });
  const a = activity;
  const initialValues: Partial<TValues> = a
    ? {
        type: a.type,
        title: a.title,
        orgId: a.orgId,
        districtOrgId: a.districtOrgId,
        coOrganizers: a.coOrganizers,
        dates: [dayjs(a.startDate), dayjs(a.endDate)],
        venue: a.venue ?? undefined,
        targetGroups: a.targetGroups,
        plannedParticipants: a.plannedParticipants,
        onlineReach: a.onlineReach,
        budget: a.budget,
        description: a.description ?? undefined,
        contactName: a.contactName ?? undefined,
        contactPhone: a.contactPhone?.includes('*') ? undefined : (a.contactPhone ?? undefined),
        internalNote: a.internalNote ?? undefined,
        isPublic: a.isPublic,
      }
    : { orgId: me?.orgId, isPublic: true, targetGroups: [] };

  const submit = (v: TValues) => {
    const body: TActivityInput = {
      type: v.type,
      title: v.title.trim(),
      orgId: v.orgId,
      districtOrgId: v.districtOrgId ?? null,
      coOrganizers: v.coOrganizers ?? [],
      startDate: v.dates[0].format('YYYY-MM-DD'),
      endDate: (v.dates[1] ?? v.dates[0]).format('YYYY-MM-DD'),
      venue: blank(v.venue),
      targetGroups: v.targetGroups ?? [],
      plannedParticipants: v.plannedParticipants ?? null,
      onlineReach: v.onlineReach ?? null,
      budget: v.budget ?? null,
      description: blank(v.description),
      contactName: blank(v.contactName),
      internalNote: blank(v.internalNote),
      isPublic: v.isPublic,
    };
    if (v.contactPhone !== undefined || !a) body.contactPhone = blank(v.contactPhone);
    return a ? updateActivity(a.id, body) : createActivity(body);
  };

  return (
    <FormDrawer<TValues>
      open={open}
      title={a ? t('act.edit') : t('act.new')}
      onClose={onClose}
      form={form}
      initialValues={initialValues}
      submit={submit}
      invalidate={[activityKeys.all]}
      size={720}
    >
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="title" label={t('act.title')} rules={[{ required: true, whitespace: true, message: t('act.titleRequired') }, { max: LIMITS.textMax }]}>
            <Input placeholder={t('act.titlePlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="type" label={t('act.type')} rules={[{ required: true, message: t('act.typeRequired') }]}>
            <Select options={ACTIVITY_TYPES.map((x) => ({ value: x, label: typeLabel(x, locale) }))} placeholder={t('act.type')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="orgId" label={t('act.org')} rules={[{ required: true }]}>
            <OrgTreeSelect placeholder={t('act.org')} allowClear={false} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="districtOrgId" label={t('act.district')} extra={t('act.districtHint')}>
            <Select allowClear placeholder={t('act.districtAuto')} options={(districts.data?.items ?? []).map((d) => ({ value: d.id, label: shortOrg(d.name) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="dates" label={t('act.dates')} rules={[{ required: true, message: t('act.datesRequired') }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[false, true]} placeholder={[t('act.startDate'), t('act.endDate')]} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="venue" label={t('act.venue')} rules={[{ max: LIMITS.textMax }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="coOrganizers" label={t('act.coOrganizers')} extra={t('act.coOrganizersHint')}>
        <Select mode="tags" tokenSeparators={['、', ',', '，', ';', '；']} open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item name="targetGroups" label={t('act.targetGroups')}>
        <Checkbox.Group options={TARGET_GROUPS.map((g) => ({ value: g, label: groupLabel(g, locale) }))} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="plannedParticipants" label={t('act.plannedParticipants')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="onlineReach" label={t('act.onlineReach')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="budget" label={t('act.budget')}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('act.description')} rules={[{ max: LIMITS.longTextMax }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="contactName" label={t('act.contactName')} rules={[{ max: LIMITS.nameMax }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="contactPhone" label={t('act.contactPhone')} rules={[{ pattern: /^[\d\-+() ]*$/, message: t('act.phoneInvalid') }, { max: 30 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="internalNote" label={t('act.internalNote')} extra={t('act.internalHint')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="isPublic" label={t('act.isPublic')} valuePropName="checked" extra={t('act.isPublicHint')}>
        <Switch />
      </Form.Item>
    </FormDrawer>
  );
}
