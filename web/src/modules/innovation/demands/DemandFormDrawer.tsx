import { useQuery } from '@tanstack/react-query';
import { Alert, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useAuth } from '../../../app/auth';
import { useCityConfig } from '../../../app/hooks/useOrgTree';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../../app/list';
import {
  DEMAND_CATEGORIES,
  INNOVATION_LIMITS as L,
  type TConfidentiality,
  type TDemand,
  type TDemandCategory,
  type TDemandInput,
  createDemand,
  demandKeys,
  enterpriseKeys,
  listEnterprises,
  updateDemand,
} from '../api';
import { EnterpriseSelect } from '../enterprises/EnterpriseSelect';
import { allClusters, categoryLabel } from '../labels';

interface TFormValues {
  title: string;
  description: string;
  category?: TDemandCategory;
  cluster?: string | null;
  budgetMin?: number | null;
  budgetMax?: number | null;
  deadline?: Dayjs | null;
  confidentiality: TConfidentiality;
  keywords?: string[];
  industries?: string[];
  enterpriseId?: number;
}

const tags = (v?: string[]) => [...new Set((v ?? []).map((x) => x.trim()).filter(Boolean))];

/** Form values → request body. */
export function toDemandInput(v: TFormValues): TDemandInput {
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    category: v.category!,
    cluster: v.cluster || null,
    budgetMin: v.budgetMin ?? null,
    budgetMax: v.budgetMax ?? null,
    deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
    confidentiality: v.confidentiality,
    keywords: tags(v.keywords),
    industries: tags(v.industries),
    ...(v.enterpriseId ? { enterpriseId: v.enterpriseId } : {}),
  };
}

export interface TDemandFormDrawerProps {
  open: boolean;
  /** The demand to edit; null to file a new one. */
  demand: TDemand | null;
  onClose: () => void;
  onSaved?: (d: TDemand) => void;
}

/** 发布/编辑技术需求. Staff pick the enterprise; enterprise users file for their own. */
export function DemandFormDrawer({ open, demand, onClose, onSaved }: TDemandFormDrawerProps) {
  const t = useT();
  const { can } = useAuth();
  const [form] = Form.useForm<TFormValues>();
  const clusters = allClusters(useCityConfig().data?.clusters);
  const isStaff = can('demands:review');
  // Enterprise users see only the enterprises they act for.
  const ownQuery = { page: 1, pageSize: 50 };
  const own = useQuery({
    queryKey: enterpriseKeys.list(ownQuery),
    queryFn: () => listEnterprises(ownQuery),
    enabled: open && !demand && !isStaff,
  });
  const ownItems = own.data?.items ?? [];

  const initialValues: Partial<TFormValues> = demand
    ? {
        title: demand.title,
        description: demand.description,
        category: demand.category,
        cluster: demand.cluster,
        budgetMin: demand.budgetMin,
        budgetMax: demand.budgetMax,
        deadline: demand.deadline ? dayjs(demand.deadline) : null,
        confidentiality: demand.confidentiality,
        keywords: demand.keywords,
        industries: demand.industries,
      }
    : { confidentiality: 'public', keywords: [], industries: [] };

  const enterpriseField = () => {
    if (demand)
      return (
        <Form.Item label={t('demand.enterprise')}>
          <Typography.Text>{demand.enterpriseName}</Typography.Text>
        </Form.Item>
      );
    if (isStaff)
      return (
        <Form.Item name="enterpriseId" label={t('demand.enterprise')} rules={[{ required: true, message: t('demand.v.enterprise') }]}>
          <EnterpriseSelect />
        </Form.Item>
      );
    if (ownItems.length > 1)
      return (
        <Form.Item name="enterpriseId" label={t('demand.enterprise')} rules={[{ required: true, message: t('demand.v.enterprise') }]}>
          <Select options={ownItems.map((e) => ({ value: e.id, label: e.name }))} />
        </Form.Item>
      );
    return (
      <Form.Item label={t('demand.enterprise')}>
        {own.isLoading ? (
          <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>
        ) : ownItems.length === 1 ? (
          <Typography.Text strong>{ownItems[0].name}</Typography.Text>
        ) : (
          <Alert type="warning" showIcon title={t('demand.noEnterprise')} />
        )}
      </Form.Item>
    );
  };

  return (
    <FormDrawer
      title={demand ? t('demand.editTitle') : t('demand.newTitle')}
      open={open}
      onClose={onClose}
      size={720}
      form={form}
      initialValues={initialValues}
      submit={(v) => {
        const body = toDemandInput(v);
        if (demand) {
          const { enterpriseId: _e, ...patch } = body;
          return updateDemand(demand.id, patch);
        }
        if (!isStaff && !body.enterpriseId && ownItems.length === 1) body.enterpriseId = ownItems[0].id;
        return createDemand(body);
      }}
      successMessage={demand ? t('common.saved') : t('demand.createdDraft')}
      saveLabel={demand ? t('common.save') : t('demand.saveDraft')}
      invalidate={[demandKeys.all]}
      onSaved={onSaved}
    >
      {!demand ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('demand.draftHint')} /> : null}
      {enterpriseField()}
      <Form.Item name="title" label={t('demand.title')} rules={[{ required: true, whitespace: true, message: t('demand.v.title') }, { max: L.demandTitleMax }]}>
        <Input maxLength={L.demandTitleMax} showCount />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('demand.description')}
        extra={t('demand.descriptionHint')}
        rules={[{ required: true, whitespace: true, message: t('demand.v.description') }, { max: L.longTextMax }]}
      >
        <Input.TextArea rows={6} maxLength={L.longTextMax} showCount />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="category" label={t('demand.category')} rules={[{ required: true, message: t('demand.v.category') }]}>
            <Select options={DEMAND_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="cluster" label={t('demand.cluster')}>
            <Select allowClear showSearch options={clusters.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="budgetMin" label={t('demand.budgetMin')}>
            <InputNumber style={{ width: '100%' }} min={0} max={L.budgetMax} precision={2} suffix={t('demand.wan')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="budgetMax"
            label={t('demand.budgetMax')}
            dependencies={['budgetMin']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, v?: number | null) => {
                  const min = getFieldValue('budgetMin') as number | null | undefined;
                  return v == null || min == null || v >= min ? Promise.resolve() : Promise.reject(new Error(t('demand.v.budget')));
                },
              }),
            ]}
          >
            <InputNumber style={{ width: '100%' }} min={0} max={L.budgetMax} precision={2} suffix={t('demand.wan')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="deadline" label={t('demand.deadline')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="confidentiality" label={t('demand.confidentiality')} extra={t('demand.confidentialityHint')}>
            <Radio.Group
              options={[
                { value: 'public', label: t('demand.conf.public') },
                { value: 'staff', label: t('demand.conf.staff') },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="keywords"
        label={t('demand.keywords')}
        extra={t('demand.tagsHint')}
        rules={[{ type: 'array', max: L.tagsMax, message: t('demand.v.tags', { n: L.tagsMax }) }]}
      >
        <Select mode="tags" tokenSeparators={[',', '，', '、', ';', '；']} maxCount={L.tagsMax} open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item name="industries" label={t('demand.industries')} rules={[{ type: 'array', max: L.tagsMax, message: t('demand.v.tags', { n: L.tagsMax }) }]}>
        <Select mode="tags" tokenSeparators={[',', '，', '、', ';', '；']} maxCount={L.tagsMax} options={clusters.map((c) => ({ value: c, label: c }))} />
      </Form.Item>
    </FormDrawer>
  );
}
