import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { LIMITS } from '../../../../../shared/limits';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../../app/list';
import { AWARD_GRADES, COMPETITION_LEVELS, compKeys, createEntry, type TEntry, type TEntryInput, type TGrade, type TLevel, updateEntry } from './api';
import { clean, fromDay, toDay } from './labels';

interface TFormValues {
  title: string;
  participants?: string[];
  school: string;
  instructor?: string;
  orgId?: number;
  category?: string;
  awardLevel?: TLevel | null;
  awardGrade?: TGrade | null;
  announcedOn?: Dayjs;
}

const toInput = (v: TFormValues): TEntryInput => ({
  title: v.title.trim(),
  participants: (v.participants ?? []).map((p) => p.trim()).filter(Boolean),
  school: v.school.trim(),
  instructor: clean(v.instructor),
  ...(v.orgId ? { orgId: v.orgId } : {}),
  category: clean(v.category),
  awardLevel: v.awardGrade ? (v.awardLevel ?? null) : null,
  awardGrade: v.awardGrade ?? null,
  announcedOn: toDay(v.announcedOn),
});

/** Adds or edits an entry of a competition and its result (award level and grade). */
export function EntryFormDrawer({ open, competitionId, entry: e, onClose }: { open: boolean; competitionId: number; entry: TEntry | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<TFormValues>();
  const initialValues: Partial<TFormValues> = e
    ? {
        title: e.title,
        participants: e.participantsMasked ? undefined : e.participants,
        school: e.school,
        instructor: e.instructor ?? undefined,
        orgId: e.orgId,
        category: e.category ?? undefined,
        awardLevel: e.awardLevel,
        awardGrade: e.awardGrade,
        announcedOn: fromDay(e.announcedOn),
      }
    : {};
  return (
    <FormDrawer
      title={e ? t('comp.entry.editTitle') : t('comp.entry.newTitle')}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={initialValues}
      submit={(v: TFormValues) => {
        const input = toInput(v);
        if (e?.participantsMasked) delete input.participants;
        return e ? updateEntry(e.id, input) : createEntry(competitionId, input);
      }}
      successMessage={e ? t('common.saved') : t('common.created')}
      invalidate={[compKeys.entries, compKeys.competitions]}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="title" label={t('comp.entry.title')} rules={[{ required: true, whitespace: true, message: t('comp.v.entryTitle') }, { max: LIMITS.textMax }]}>
            <Input maxLength={LIMITS.textMax} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="school" label={t('comp.entry.school')} rules={[{ required: true, whitespace: true, message: t('comp.v.school') }, { max: LIMITS.textMax }]}>
            <Input maxLength={LIMITS.textMax} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="instructor" label={t('comp.entry.instructor')} rules={[{ max: LIMITS.nameMax }]}>
            <Input maxLength={LIMITS.nameMax} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="participants" label={t('comp.entry.participants')} tooltip={t('comp.entry.participantsHint')}>
            <Select mode="tags" tokenSeparators={[',', '，', '、']} maxCount={20} open={false} suffixIcon={null} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="orgId" label={t('comp.entry.org')} tooltip={t('comp.entry.orgHint')}>
            <OrgTreeSelect />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="category" label={t('comp.entry.category')} rules={[{ max: LIMITS.nameMax }]}>
            <Input maxLength={LIMITS.nameMax} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="awardGrade" label={t('comp.entry.grade')}>
            <Select allowClear placeholder={t('comp.entry.noAward')} options={AWARD_GRADES.map((g) => ({ value: g, label: t(`comp.grade.${g}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="awardLevel" label={t('comp.entry.awardLevel')} tooltip={t('comp.entry.awardLevelHint')}>
            <Select allowClear options={COMPETITION_LEVELS.map((l) => ({ value: l, label: t(`comp.level.${l}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="announcedOn" label={t('comp.entry.announcedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
