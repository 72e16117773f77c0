import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import { LIMITS } from '../../../../shared/limits';
import { isValidIdNumber, PHONE_RE } from '../../../../shared/validators';
import { OrgTreeSelect } from '../../app/components/OrgTreeSelect';
import { usePiiUnlock } from '../../app/components/RevealPii';
import { useCityConfig } from '../../app/hooks/useOrgTree';
import { useT } from '../../app/i18n';
import { FormDrawer } from '../../app/list';
import { createPerson, peopleKeys, type TGender, type TPerson, type TPersonInput, updatePerson } from './api';

const MAX_DISCIPLINES = 10;
const MAX_BIRTH_YEAR = new Date().getFullYear() - 14;

interface TFormValues {
  name: string;
  gender?: TGender | null;
  birthYear?: number | null;
  unit?: string;
  title?: string;
  education?: string;
  disciplines?: string[];
  phone?: string;
  idNumber?: string;
  email?: string;
  orgId?: number;
  memberships?: Array<{ orgId?: number; role?: string }>;
}

const clean = (v?: string | null) => {
  const s = v?.trim();
  return s ? s : null;
};

/** Form values → request body. Masked PII is left out: it cannot be edited by a role that sees it masked. */
export function toPersonInput(v: TFormValues, opts: { keepPii: boolean }): TPersonInput {
  const body: TPersonInput = {
    name: v.name.trim(),
    gender: v.gender ?? null,
    birthYear: v.birthYear ?? null,
    unit: clean(v.unit),
    title: clean(v.title),
    education: clean(v.education),
    disciplines: v.disciplines ?? [],
    email: clean(v.email),
    orgId: v.orgId!,
    memberships: (v.memberships ?? [])
      .filter((m): m is { orgId: number; role?: string } => m?.orgId != null)
      .map((m) => ({ orgId: m.orgId, ...(clean(m.role) ? { role: clean(m.role)! } : {}) })),
  };
  if (opts.keepPii) {
    body.phone = clean(v.phone);
    body.idNumber = clean(v.idNumber)?.toUpperCase() ?? null;
  }
  return body;
}

export interface TPersonFormDrawerProps {
  open: boolean;
  /** The record to edit; null to create. */
  person: TPerson | null;
  /** Org preselected for a new record (the list's org filter). */
  defaultOrgId?: number;
  onClose: () => void;
  onSaved?: (p: TPerson) => void;
}

export function PersonFormDrawer({ open, person, defaultOrgId, onClose, onSaved }: TPersonFormDrawerProps) {
  const t = useT();
  const [form] = Form.useForm<TFormValues>();
  const dict = useCityConfig().data?.dictionary;
  const pii = usePiiUnlock<{ phone: string | null; idNumber: string | null }>({
    id: person?.id,
    masked: !!person?.piiMasked,
    revealable: !!person?.piiRevealable,
    url: `/api/v1/people/${person?.id}/pii`,
    onRevealed: (full) => form.setFieldsValue({ phone: full.phone ?? undefined, idNumber: full.idNumber ?? undefined }),
  });
  const masked = pii.masked;
  const close = () => {
    pii.reset(); // the full numbers are not kept once the form closes
    onClose();
  };

  const initialValues: Partial<TFormValues> = person
    ? {
        name: person.name,
        gender: person.gender,
        birthYear: person.birthYear,
        unit: person.unit ?? undefined,
        title: person.title ?? undefined,
        education: person.education ?? undefined,
        disciplines: person.disciplines,
        phone: person.phone ?? undefined,
        idNumber: person.idNumber ?? undefined,
        email: person.email ?? undefined,
        orgId: person.orgId,
        memberships: person.memberships.map((m) => ({ orgId: m.orgId, role: m.role })),
      }
    : { orgId: defaultOrgId, disciplines: [], memberships: [] };

  const options = (list?: string[]) => (list ?? []).map((x) => ({ value: x, label: x }));

  return (
    <FormDrawer<TFormValues, TPerson>
      title={person ? t('people.editTitle') : t('people.newTitle')}
      open={open}
      onClose={close}
      form={form}
      initialValues={initialValues}
      submit={(v) => {
        const body = toPersonInput(v, { keepPii: !masked });
        return person ? updatePerson(person.id, body) : createPerson(body);
      }}
      successMessage={person ? t('common.saved') : t('common.created')}
      invalidate={[peopleKeys.all]}
      onSaved={onSaved}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="name" label={t('people.name')} rules={[{ required: true, whitespace: true, message: t('people.v.name') }, { max: LIMITS.nameMax }]}>
            <Input maxLength={LIMITS.nameMax} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="gender" label={t('people.gender')}>
            <Radio.Group
              options={[
                { value: '男', label: t('people.male') },
                { value: '女', label: t('people.female') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="birthYear"
            label={t('people.birthYear')}
            rules={[{ type: 'number', min: 1900, max: MAX_BIRTH_YEAR, message: t('people.v.birthYear', { max: MAX_BIRTH_YEAR }) }]}
          >
            <InputNumber style={{ width: '100%' }} precision={0} placeholder="1980" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="orgId" label={t('people.org')} rules={[{ required: true, message: t('people.v.org') }]}>
            <OrgTreeSelect allowClear={false} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="unit" label={t('people.unit')} rules={[{ max: LIMITS.textMax }]}>
            <Input maxLength={LIMITS.textMax} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="title" label={t('people.titleField')}>
            <Select allowClear showSearch options={options(dict?.titles)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="education" label={t('people.education')}>
            <Select allowClear options={options(dict?.education)} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="disciplines"
            label={t('people.disciplines')}
            rules={[{ type: 'array', max: MAX_DISCIPLINES, message: t('people.v.disciplines', { n: MAX_DISCIPLINES }) }]}
          >
            <Select mode="multiple" allowClear options={options(dict?.disciplines)} maxCount={MAX_DISCIPLINES} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="phone"
            label={t('people.phone')}
            tooltip={pii.hint}
            rules={masked ? [] : [{ pattern: PHONE_RE, message: t('people.v.phone') }]}
          >
            <Input readOnly={masked} variant={masked ? "filled" : undefined} inputMode="tel" suffix={pii.unlockButton(t('people.phone'))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="idNumber"
            label={t('people.idNumber')}
            tooltip={pii.hint}
            rules={
              masked
                ? []
                : [
                    {
                      validator: (_, v?: string) =>
                        !v?.trim() || isValidIdNumber(v.trim().toUpperCase()) ? Promise.resolve() : Promise.reject(new Error(t('people.v.idNumber'))),
                    },
                  ]
            }
          >
            <Input readOnly={masked} variant={masked ? "filled" : undefined} maxLength={18} suffix={pii.unlockButton(t('people.idNumber'))} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="email" label={t('people.email')} rules={[{ type: 'email', message: t('people.v.email') }, { max: LIMITS.textMax }]}>
            <Input type="email" />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="memberships">
        {(fields, { add, remove }) => (
          <Form.Item label={t('people.memberships')}>
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Space.Compact key={field.key} style={{ width: '100%' }}>
                  <Form.Item name={[field.name, 'orgId']} noStyle rules={[{ required: true, message: t('people.v.org') }]}>
                    <OrgTreeSelect style={{ width: '60%' }} aria-label={t('people.org')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} noStyle>
                    <Input
                      style={{ width: '30%' }}
                      placeholder={t('people.membershipRolePlaceholder')}
                      aria-label={t('people.membershipRole')}
                      maxLength={30}
                    />
                  </Form.Item>
                  <Button icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)} aria-label={t('common.delete')} />
                </Space.Compact>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ role: '' })} disabled={fields.length >= 20}>
                {t('people.addMembership')}
              </Button>
            </Flex>
          </Form.Item>
        )}
      </Form.List>
    </FormDrawer>
  );
}
