import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { COMPETITION_SERIES, compKeys, listPublicResults, type TPublicResult, type TSeries } from './api';
import { GradeTag, LevelTag } from './labels';

/**
 * 竞赛获奖名单 on the portal: school, district and award only. The students are minors: their names are
 * never published (not even as initials) — the server does not send them.
 */
export default function CompetitionResultsPage() {
  const t = useT();
  const errorText = useErrorText();
  const [year, setYear] = useState<number | undefined>();
  const [series, setSeries] = useState<TSeries | undefined>();
  const [page, setPage] = useState(1);
  const x = { year, series, page, pageSize: 20 };
  const query = useQuery({ queryKey: compKeys.publicResults(x), queryFn: ({ signal }) => listPublicResults(x, signal) });
  const years = query.data?.years ?? [];
  return (
    <Card title={t('comp.portal.title')}>
      <Typography.Paragraph type="secondary">{t('comp.portal.intro')}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          aria-label={t('comp.year')}
          placeholder={t('comp.year')}
          style={{ width: 120 }}
          value={year}
          onChange={(v) => {
            setYear(v);
            setPage(1);
          }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
        <Select
          allowClear
          aria-label={t('comp.series')}
          placeholder={t('comp.series')}
          style={{ width: 200 }}
          value={series}
          onChange={(v) => {
            setSeries(v);
            setPage(1);
          }}
          options={COMPETITION_SERIES.map((s) => ({ value: s, label: t(`comp.series.${s}`) }))}
        />
      </Flex>
      {query.error ? <Alert type="error" showIcon message={errorText(query.error)} /> : null}
      <Table<TPublicResult>
        rowKey={(r) => `${r.competitionTitle}|${r.title}|${r.school}`}
        size="small"
        loading={query.isLoading}
        dataSource={query.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 20, total: query.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('comp.portal.competition'), dataIndex: 'competitionTitle', key: 'c', width: 300 },
          { title: t('comp.entry.title'), dataIndex: 'title', key: 'title', width: 240 },
          { title: t('comp.entry.school'), dataIndex: 'school', key: 'school', width: 200 },
          { title: t('comp.portal.district'), dataIndex: 'district', key: 'district', width: 120 },
          {
            title: t('comp.entry.award'),
            key: 'award',
            width: 170,
            render: (_, r) => (
              <span>
                <LevelTag level={r.awardLevel} label={t(`comp.level.${r.awardLevel}`)} />
                <GradeTag grade={r.awardGrade} label={t(`comp.grade.${r.awardGrade}`)} />
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
