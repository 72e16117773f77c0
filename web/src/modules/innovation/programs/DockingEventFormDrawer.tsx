import { Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { LIMITS } from '../../../../../shared/limits';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../../app/list';
import { type TDockingEvent, type TDockingEventInput, createDockingEvent, programKeys, updateDockingEvent } from './api';
import { clean, enterprisePick, expertPick, toDay } from './common';
import { RecordPicker } from './RecordPicker';

interface TFormValues {
  title: string;
  date?: Dayjs;
  place?: string;
  organizer?: string;
  orgId?: number;
  demandIds?: number[];
  expertIds?: number[];
  enterpriseIds?: number[];
  agreementsSigned?: number | null;
  contractValue?: number | null;
  summary?: string;
}

export function toDockingInput(v: TFormValues): TDockingEventInput {
  return {
    title: v.title.trim(),
    date: toDay(v.date) ?? '',
    place: clean(v.place),
    organizer: clean(v.organizer),
    ...(v.orgId ? { orgId: v.orgId } : {}),
    demandIds: v.demandIds ?? [],
    expertIds: v.expertIds ?? [],
    enterpriseIds: v.enterpriseIds ?? [],
    agreementsSigned: v.agreementsSigned ?? 0,
    contractValue: v.contractValue ?? null,
    summary: clean(v.summary),
  };
}

export interface TDockingEventFormDrawerProps {
  open: boolean;
  /** The event to edit; null to record a new one. */
  event: TDockingEvent | null;
  defaultOrgId?: number;
  onClose: () => void;
}

/** Records or edits a docking event: who met (demands, experts, enterprises) and what came of it. */
export function DockingEventFormDrawer({ open, event, defaultOrgId, onClose }: TDockingEventFormDrawerProps) {
  const t = useT();
  const [form] = Form.useForm<TFormValues>();

  const initialValues: Partial<TFormValues> = event
    ? {
        title: event.title,
        date: dayjs(event.date),
        place: event.place ?? undefined,
        organizer: event.organizer ?? undefined,
        orgId: event.orgId,
        demandIds: event.demandIds,
        expertIds: event.expertIds,
        enterpriseIds: event.enterpriseIds,
        agreementsSigned: event.agreementsSigned,
        contractValue: event.contractValue,
        summary: event.summary ?? undefined,
      }
    : { orgId: defaultOrgId, date: dayjs(), agreementsSigned: 0, demandIds: [], expertIds: [], enterpriseIds: [] };

  return (
    <FormDrawer
      title={event ? t('docking.editTitle') : t('docking.newTitle')}
      open={open}
      onClose={onClose}
      size={680}
      form={form}
      initialValues={initialValues}
      submit={(v: TFormValues) => (event ? updateDockingEvent(event.id, toDockingInput(v)) : createDockingEvent(toDockingInput(v)))}
      successMessage={event ? t('common.saved') : t('common.created')}
      invalidate={[programKeys.docking]}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item
            name="title"
            label={t('docking.title')}
            rules={[{ required: true, whitespace: true, message: t('docking.v.title') }, { max: LIMITS.textMax }]}
          >
            <Input maxLength={LIMITS.textMax} placeholder={t('docking.titlePlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="date" label={t('docking.date')} rules={[{ required: true, message: t('docking.v.date') }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="orgId" label={t('docking.org')} tooltip={t('docking.orgHint')}>
            <OrgTreeSelect placeholder={t('docking.orgDefault')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="place" label={t('docking.place')} rules={[{ max: LIMITS.textMax }]}>
            <Input maxLength={LIMITS.textMax} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="organizer" label={t('docking.organizer')} rules={[{ max: LIMITS.textMax }]}>
            <Input maxLength={LIMITS.textMax} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="demandIds" label={t('docking.demands')}>
            <RecordPicker kind="demands" multiple maxCount={100} known={event?.demands.map((d) => ({ id: d.id, label: d.title }))} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="expertIds" label={t('docking.experts')}>
            <RecordPicker kind="experts" multiple maxCount={200} known={event?.experts.map(expertPick)} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="enterpriseIds" label={t('docking.enterprises')}>
            <RecordPicker kind="enterprises" multiple maxCount={200} known={event?.enterprises.map(enterprisePick)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="agreementsSigned" label={t('docking.agreementsSigned')} rules={[{ type: 'number', min: 0, max: 10_000 }]}>
            <InputNumber style={{ width: '100%' }} min={0} max={10_000} precision={0} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="contractValue" label={t('docking.contractValue')} rules={[{ type: 'number', min: 0, message: t('docking.v.money') }]}>
            <InputNumber style={{ width: '100%' }} min={0} max={1_000_000_000} precision={2} suffix={t('demand.wan')} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="summary" label={t('docking.summary')} rules={[{ max: LIMITS.longTextMax }]}>
            <Input.TextArea rows={4} maxLength={LIMITS.longTextMax} showCount />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
