import { Col, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../../app/list';
import {
  NANTONG_BOUNDS as B,
  BASE_CATEGORIES,
  BASE_KINDS,
  BASE_LEVELS,
  baseKeys,
  createBase,
  KINDS_WITH_LEVEL,
  type TBase,
  type TBaseCategory,
  type TBaseInput,
  type TBaseKind,
  type TBaseLevel,
  updateBase,
} from './api';
import { DistrictSelect } from './DistrictSelect';
import { categoryLabel, kindLabel, levelLabel } from './labels';

interface TFormValues {
  kind?: TBaseKind;
  name: string;
  level?: TBaseLevel | null;
  category?: TBaseCategory | null;
  hostUnit?: string;
  address?: string;
  districtId?: number | null;
  orgId?: number;
  contactName?: string;
  contactPhone?: string;
  lng?: number | null;
  lat?: number | null;
  description?: string;
  isPublic?: boolean;
}

const clean = (v?: string | null) => v?.trim() || null;
const PHONE_RE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export function toBaseInput(v: TFormValues, editing: TBase | null): TBaseInput {
  const phone = clean(v.contactPhone);
  return {
    kind: v.kind!,
    name: v.name.trim(),
    level: v.level ?? null,
    category: v.kind === 'education_base' ? (v.category ?? null) : null,
    hostUnit: clean(v.hostUnit),
    address: clean(v.address),
    districtId: v.districtId ?? null,
    ...(v.orgId ? { orgId: v.orgId } : {}),
    contactName: clean(v.contactName),
    // The masked phone shown when editing is not sent back: only a newly typed number.
    ...(editing && phone === editing.contactPhone ? {} : { contactPhone: phone }),
    lng: v.lng ?? null,
    lat: v.lat ?? null,
    description: clean(v.description),
    isPublic: v.isPublic ?? true,
  };
}

export interface TBaseFormDrawerProps {
  open: boolean;
  base: TBase | null;
  defaultOrgId?: number;
  onClose: () => void;
}

/** Recommends (creates) or edits a base: kind, level and category, owner and district, contact, location. */
export function BaseFormDrawer({ open, base: b, defaultOrgId, onClose }: TBaseFormDrawerProps) {
  const t = useT();
  const [form] = Form.useForm<TFormValues>();
  const kind = Form.useWatch('kind', form);

  const initialValues: Partial<TFormValues> = b
    ? {
        kind: b.kind,
        name: b.name,
        level: b.level,
        category: b.category,
        hostUnit: b.hostUnit ?? undefined,
        address: b.address ?? undefined,
        districtId: b.districtId,
        orgId: b.orgId,
        contactName: b.contactName ?? undefined,
        contactPhone: b.contactPhone ?? undefined,
        lng: b.lng,
        lat: b.lat,
        description: b.description ?? undefined,
        isPublic: b.isPublic,
      }
    : { orgId: defaultOrgId, kind: 'education_base', level: 'municipal', isPublic: true };

  return (
    <FormDrawer
      title={b ? t('base.editTitle') : t('base.newTitle')}
      open={open}
      onClose={onClose}
      size={680}
      form={form}
      initialValues={initialValues}
      submit={(v: TFormValues) => (b ? updateBase(b.id, toBaseInput(v, b)) : createBase(toBaseInput(v, null)))}
      successMessage={b ? t('common.saved') : t('common.created')}
      invalidate={[baseKeys.all]}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="name" label={t('base.name')} rules={[{ required: true, whitespace: true, message: t('base.v.name') }, { max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="kind" label={t('base.kind')} rules={[{ required: true, message: t('base.v.kind') }]}>
            <Select options={BASE_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="level"
            label={t('base.level')}
            rules={kind && KINDS_WITH_LEVEL.has(kind) ? [{ required: true, message: t('base.v.level') }] : []}
          >
            <Radio.Group optionType="button" options={BASE_LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))} />
          </Form.Item>
        </Col>
        {kind === 'education_base' ? (
          <Col span={12}>
            <Form.Item name="category" label={t('base.category')}>
              <Select allowClear options={BASE_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c) }))} />
            </Form.Item>
          </Col>
        ) : null}
        <Col span={12}>
          <Form.Item name="hostUnit" label={t('base.hostUnit')} rules={[{ max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="orgId" label={t('base.org')}>
            <OrgTreeSelect placeholder={t('base.org')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="districtId" label={t('base.district')} tooltip={t('base.districtHint')}>
            <DistrictSelect placeholder={t('base.district')} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="address" label={t('base.address')} rules={[{ max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="lng" label={t('base.lng')} tooltip={t('base.coordsHint')} dependencies={['lat']} rules={[
            { type: 'number', min: B.lngMin, max: B.lngMax, message: t('base.v.lng') },
            ({ getFieldValue }) => ({ validator: (_, v) => ((v == null) === (getFieldValue('lat') == null) ? Promise.resolve() : Promise.reject(new Error(t('base.v.pair')))) }),
          ]}>
            <InputNumber style={{ width: '100%' }} min={B.lngMin} max={B.lngMax} step={0.001} precision={4} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="lat" label={t('base.lat')} dependencies={['lng']} rules={[
            { type: 'number', min: B.latMin, max: B.latMax, message: t('base.v.lat') },
            ({ getFieldValue }) => ({ validator: (_, v) => ((v == null) === (getFieldValue('lng') == null) ? Promise.resolve() : Promise.reject(new Error(t('base.v.pair')))) }),
          ]}>
            <InputNumber style={{ width: '100%' }} min={B.latMin} max={B.latMax} step={0.001} precision={4} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="contactName" label={t('base.contactName')} rules={[{ max: 50 }]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="contactPhone"
            label={t('base.contactPhone')}
            rules={[
              {
                validator: (_, v?: string) =>
                  !v || v === b?.contactPhone || PHONE_RE.test(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('base.v.phone'))),
              },
            ]}
          >
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label={t('base.description')} rules={[{ max: 5000 }]}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="isPublic" label={t('base.isPublic')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
