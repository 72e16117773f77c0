import { UploadOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Upload, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { LIMITS } from '../../../../../shared/limits';
import { api } from '../../../app/api';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../../app/list';
import { compKeys, createTraining, type TProgramme, type TTraining, type TTrainingInput, updateTraining } from './api';
import { clean, fromDay, toDay } from './labels';

interface TFormValues {
  title: string;
  heldOn?: Dayjs;
  orgId?: number;
  traineeCount?: number;
  hours?: number | null;
  venue?: string;
  attachments?: UploadFile<{ id: string }>[];
}

/** Uploads one attachment (sign-in sheet, photo) to the platform's files; the training keeps its id. */
function uploadAttachment({ file, onSuccess, onError }: { file: unknown; onSuccess?: (r: { id: string }) => void; onError?: (e: Error) => void }) {
  const fd = new FormData();
  fd.append('file', file as Blob);
  api
    .post<{ id: string }>('/api/v1/files', fd)
    .then((r) => onSuccess?.(r))
    .catch((e: Error) => onError?.(e));
}

const toInput = (v: TFormValues): TTrainingInput => ({
  title: v.title.trim(),
  heldOn: toDay(v.heldOn)!,
  ...(v.orgId ? { orgId: v.orgId } : {}),
  traineeCount: v.traineeCount ?? 0,
  hours: v.hours ?? null,
  venue: clean(v.venue),
  attachmentIds: (v.attachments ?? []).filter((f) => f.status === 'done').map((f) => f.response?.id ?? f.uid),
});

/** Records or edits a training held under a programme (by an org in the user's subtree). */
export function TrainingFormDrawer({ open, programme, training: tr, onClose }: { open: boolean; programme: TProgramme; training: TTraining | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<TFormValues>();
  const initialValues: Partial<TFormValues> = tr
    ? { title: tr.title, heldOn: fromDay(tr.heldOn), orgId: tr.orgId, traineeCount: tr.traineeCount,
        hours: tr.hours,
        venue: tr.venue ?? undefined,
        attachments: tr.attachmentIds.map((id, i) => ({ uid: id, name: `${t('comp.train.attachments')} ${i + 1}`, status: 'done' as const, response: { id } })),
      }
    : {};
  return (
    <FormDrawer
      title={tr ? t('comp.train.editTitle') : t('comp.train.newTitle')}
      open={open}
      onClose={onClose}
      form={form}
      size={560}
      initialValues={initialValues}
      submit={(v: TFormValues) => (tr ? updateTraining(tr.id, toInput(v)) : createTraining(programme.id, toInput(v)))}
      successMessage={tr ? t('common.saved') : t('common.created')}
      invalidate={[compKeys.trainings, compKeys.programmes]}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="title" label={t('comp.train.title')} rules={[{ required: true, whitespace: true, message: t('comp.train.v.title') }, { max: LIMITS.textMax }]}>
            <Input maxLength={LIMITS.textMax} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="heldOn"
            label={t('comp.train.heldOn')}
            tooltip={t('comp.train.heldOnHint', { from: programme.startYear, to: programme.endYear })}
            rules={[{ required: true, message: t('comp.train.v.heldOn') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="traineeCount" label={t('comp.train.trainees')} rules={[{ required: true, message: t('comp.train.v.trainees') }]}>
            <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="orgId" label={t('comp.train.org')} tooltip={t('comp.train.orgHint')}>
            <OrgTreeSelect />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="hours" label={t('comp.train.hours')}>
            <InputNumber min={0} max={2000} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="venue" label={t('comp.train.venue')} rules={[{ max: LIMITS.textMax }]}>
            <Input maxLength={LIMITS.textMax} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="attachments" label={t('comp.train.attachments')} tooltip={t('comp.train.attachmentsHint')} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}>
            <Upload customRequest={uploadAttachment} maxCount={20} multiple>
              <Button icon={<UploadOutlined />}>{t('comp.train.upload')}</Button>
            </Upload>
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
