import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { LIMITS } from '../../../../../shared/limits';
import { useCityConfig } from '../../../app/hooks/useOrgTree';
import { useT } from '../../../app/i18n';
import { ACHIEVEMENT_KINDS, INNOVATION_LIMITS as L, type TAchievement, type TAchievementKind, type TExpert, type TExpertProfileInput } from '../api';
import { achievementKindLabel, allClusters } from '../labels';

export interface TAchievementValues {
  kind?: TAchievementKind;
  title?: string;
  abstract?: string;
  keywords?: string[];
  year?: number | null;
}

export interface TProfileValues {
  name: string;
  unit?: string;
  title?: string;
  disciplines?: string[];
  industries?: string[];
  keywords?: string[];
  bio?: string;
  isPublic?: boolean;
  achievements?: TAchievementValues[];
}

const clean = (v?: string | null) => {
  const s = v?.trim();
  return s ? s : null;
};
const tags = (v?: string[]) => [...new Set((v ?? []).map((x) => x.trim()).filter(Boolean))];
const THIS_YEAR = new Date().getFullYear();
const SEPARATORS = [',', '，', '、', ';', '；'];

export function profileValuesOf(e: TExpert): TProfileValues {
  return {
    name: e.name,
    unit: e.unit ?? undefined,
    title: e.title ?? undefined,
    disciplines: e.disciplines,
    industries: e.industries,
    keywords: e.keywords,
    bio: e.bio ?? undefined,
    isPublic: e.isPublic,
    achievements: e.achievements.map((a) => ({ kind: a.kind, title: a.title, abstract: a.abstract ?? undefined, keywords: a.keywords, year: a.year })),
  };
}

/** Form values → the profile part of the request body (achievements replace the stored list). */
export function toProfileInput(v: TProfileValues): TExpertProfileInput {
  return {
    name: v.name.trim(),
    unit: clean(v.unit),
    title: clean(v.title),
    disciplines: tags(v.disciplines),
    industries: tags(v.industries),
    keywords: tags(v.keywords),
    bio: clean(v.bio),
    isPublic: v.isPublic ?? true,
    achievements: (v.achievements ?? [])
      .filter((a): a is TAchievementValues & { kind: TAchievementKind; title: string } => !!a?.kind && !!a.title?.trim())
      .map(
        (a): TAchievement => ({
          kind: a.kind,
          title: a.title.trim(),
          abstract: clean(a.abstract),
          keywords: tags(a.keywords),
          year: a.year ?? null,
        }),
      ),
  };
}

/** The profile fields of an expert (staff form and the expert's own page), with the achievements list. */
export function ExpertProfileFields() {
  const t = useT();
  const config = useCityConfig().data;
  const dict = config?.dictionary;
  const clusters = allClusters(config?.clusters);
  const options = (list?: string[]) => (list ?? []).map((x) => ({ value: x, label: x }));

  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="name" label={t('expert.name')} rules={[{ required: true, whitespace: true, message: t('expert.v.name') }, { max: LIMITS.nameMax }]}>
            <Input maxLength={LIMITS.nameMax} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="title" label={t('expert.titleField')} rules={[{ max: 50 }]}>
            <Select allowClear showSearch options={options(dict?.titles)} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="unit" label={t('expert.unit')} rules={[{ max: LIMITS.textMax }]}>
            <Input maxLength={LIMITS.textMax} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="disciplines"
            label={t('expert.disciplines')}
            rules={[{ type: 'array', max: L.expertTagsMax, message: t('demand.v.tags', { n: L.expertTagsMax }) }]}
          >
            <Select mode="tags" tokenSeparators={SEPARATORS} options={options(dict?.disciplines)} maxCount={L.expertTagsMax} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="industries"
            label={t('expert.industries')}
            rules={[{ type: 'array', max: L.expertTagsMax, message: t('demand.v.tags', { n: L.expertTagsMax }) }]}
          >
            <Select mode="tags" tokenSeparators={SEPARATORS} options={options(clusters)} maxCount={L.expertTagsMax} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="keywords"
            label={t('expert.keywords')}
            extra={t('demand.tagsHint')}
            rules={[{ type: 'array', max: L.expertKeywordsMax, message: t('demand.v.tags', { n: L.expertKeywordsMax }) }]}
          >
            <Select mode="tags" tokenSeparators={SEPARATORS} maxCount={L.expertKeywordsMax} open={false} suffixIcon={null} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="bio" label={t('expert.bio')} rules={[{ max: L.longTextMax }]}>
            <Input.TextArea rows={4} maxLength={L.longTextMax} showCount />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="isPublic" label={t('expert.isPublic')} valuePropName="checked" extra={t('expert.isPublicHint')}>
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="achievements">
        {(fields, { add, remove }) => (
          <Form.Item label={t('expert.achievements')}>
            <Flex vertical gap={8}>
              {fields.map((field, i) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('expert.achievementN', { n: i + 1 })}
                  extra={<Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)} aria-label={t('common.delete')} />}
                >
                  <Row gutter={8}>
                    <Col span={8}>
                      <Form.Item name={[field.name, 'kind']} label={t('expert.achKind')} rules={[{ required: true, message: t('expert.v.achKind') }]}>
                        <Select options={ACHIEVEMENT_KINDS.map((k) => ({ value: k, label: achievementKindLabel(t, k) }))} />
                      </Form.Item>
                    </Col>
                    <Col span={16}>
                      <Form.Item name={[field.name, 'year']} label={t('expert.achYear')} rules={[{ type: 'number', min: 1900, max: THIS_YEAR + 1 }]}>
                        <InputNumber precision={0} style={{ width: '100%' }} placeholder={String(THIS_YEAR)} />
                      </Form.Item>
                    </Col>
                    <Col span={24}>
                      <Form.Item
                        name={[field.name, 'title']}
                        label={t('expert.achTitle')}
                        rules={[{ required: true, whitespace: true, message: t('expert.v.achTitle') }, { max: L.achievementTitleMax }]}
                      >
                        <Input maxLength={L.achievementTitleMax} />
                      </Form.Item>
                    </Col>
                    <Col span={24}>
                      <Form.Item name={[field.name, 'abstract']} label={t('expert.achAbstract')} rules={[{ max: L.longTextMax }]}>
                        <Input.TextArea rows={2} maxLength={L.longTextMax} />
                      </Form.Item>
                    </Col>
                    <Col span={24}>
                      <Form.Item name={[field.name, 'keywords']} label={t('expert.keywords')} style={{ marginBottom: 0 }}>
                        <Select mode="tags" tokenSeparators={SEPARATORS} maxCount={20} open={false} suffixIcon={null} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ kind: 'paper', keywords: [] })} disabled={fields.length >= 200}>
                {t('expert.addAchievement')}
              </Button>
            </Flex>
          </Form.Item>
        )}
      </Form.List>
    </>
  );
}
