import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Flex, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { ListPage, RowActions, readListQuery, type TListColumn, useDeleteRow, useListPage } from '../../../app/list';
import { DemoTag } from '../../people/PersonTags';
import { compKeys, deleteTraining, getProgramme, listTrainings, type TTraining, type TTrainingQuery } from './api';
import { TargetProgress, useTargetGroupLabel } from './labels';
import { TrainingFormDrawer } from './TrainingFormDrawer';

const SORTS = ['heldOn', 'traineeCount', 'title', 'createdAt'] as const;
const readTrainingQuery = (params: URLSearchParams): TTrainingQuery => {
  const year = Number(params.get('year'));
  return { ...readListQuery(params, SORTS), year: year >= 1990 && year <= 2100 ? year : undefined };
};

/** One programme: the target, progress overall and by district (antd Progress), and the trainings recorded against it. */
export default function ProgrammePage() {
  const t = useT();
  const errorText = useErrorText();
  const groupLabel = useTargetGroupLabel();
  const { can } = useAuth();
  const id = Number(useParams().id);
  const programme = useQuery({ queryKey: compKeys.programmeOne(id), queryFn: () => getProgramme(id), enabled: id > 0 });
  const canTrain = can('programmes:train');
  const state = useListPage({
    read: readTrainingQuery,
    queryKey: (q: TTrainingQuery) => compKeys.trainingList(id, q),
    fetch: (q, signal) => listTrainings(id, q, signal),
    recordParam: null,
  });
  const [editing, setEditing] = useState<TTraining | null | undefined>(undefined);
  const remove = useDeleteRow(state, { mutationFn: (tr: TTraining) => deleteTraining(tr.id), invalidate: compKeys.trainings });
  const none = t('common.none');

  if (programme.error) return <Alert type="error" showIcon message={errorText(programme.error)} />;
  const p = programme.data;
  if (!p) return <Skeleton active />;

  const columns: TListColumn<TTraining>[] = [
    {
      title: t('comp.train.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: state.sortOrder('title'),
      width: 300,
      render: (v: string, tr) => (
        <span>
          {v}
          {tr.isDemo ? <DemoTag /> : null}
        </span>
      ),
    },
    { title: t('comp.train.heldOn'), dataIndex: 'heldOn', key: 'heldOn', sorter: true, sortOrder: state.sortOrder('heldOn', '-heldOn'), sortDirections: ['descend', 'ascend'], width: 120 },
    { title: t('comp.train.trainees'), dataIndex: 'traineeCount', key: 'traineeCount', sorter: true, sortOrder: state.sortOrder('traineeCount'), width: 100, align: 'right' },
    { title: t('comp.train.org'), dataIndex: 'orgName', key: 'orgName', width: 180, ellipsis: true },
    { title: t('comp.train.hours'), dataIndex: 'hours', key: 'hours', width: 80, align: 'right', render: (v) => v ?? none },
    { title: t('comp.train.venue'), dataIndex: 'venue', key: 'venue', width: 200, ellipsis: true, render: (v) => v ?? none },
    { title: t('comp.train.attachments'), dataIndex: 'attachmentIds', key: 'attachments', width: 80, align: 'right', render: (a: string[]) => a.length || none },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: canTrain ? 120 : 60,
      render: (_, tr) => (
        <RowActions
          onEdit={canTrain ? () => setEditing(tr) : undefined}
          onDelete={canTrain ? () => remove.mutateAsync(tr) : undefined}
          deleteConfirm={t('comp.train.deleteConfirm', { name: tr.title })}
        />
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Link to="/admin/outreach/programmes">
        <ArrowLeftOutlined aria-hidden /> {t('comp.prog.back')}
      </Link>
      <Card>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {p.name}
          {p.isLivelihood ? (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t('comp.prog.livelihoodTag')}
            </Tag>
          ) : null}
          {p.isDemo ? <DemoTag /> : null}
        </Typography.Title>
        <Descriptions
          size="small"
          column={3}
          style={{ marginTop: 12 }}
          items={[
            { key: 'group', label: t('comp.prog.group'), children: groupLabel(p.targetGroup) },
            { key: 'period', label: t('comp.prog.period'), children: `${p.startYear}–${p.endYear}` },
            { key: 'owner', label: t('comp.prog.owner'), children: p.orgName },
            { key: 'description', label: t('comp.description'), children: p.description ?? none, span: 3 },
          ]}
        />
        <Row gutter={24} style={{ marginTop: 16 }} align="middle">
          <Col xs={12} md={4}>
            <Statistic title={t('comp.prog.target')} value={p.targetCount} suffix={p.unit} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('comp.prog.trained')} value={p.trainees} suffix={p.unit} />
          </Col>
          <Col xs={24} md={16}>
            <Typography.Text type="secondary">{t('comp.prog.overall')}</Typography.Text>
            <TargetProgress percent={p.percent} label={t('comp.prog.overall')} />
          </Col>
        </Row>
      </Card>
      <Card title={t('comp.prog.byDistrict')} extra={<Typography.Text type="secondary">{t('comp.prog.byDistrictHint')}</Typography.Text>}>
        <Flex vertical gap={6} role="list" aria-label={t('comp.prog.byDistrict')}>
          {p.byDistrict.map((d) => (
            <Row key={d.orgId ?? 'city'} gutter={12} align="middle" role="listitem" aria-label={d.orgName}>
              <Col flex="120px">{d.orgName}</Col>
              <Col flex="auto">
                <TargetProgress percent={d.percent} size="small" label={t('comp.prog.progressOf', { name: d.orgName })} />
              </Col>
              <Col flex="160px" style={{ textAlign: 'right' }}>
                <span data-testid="district-trainees">{t('comp.prog.districtCount', { n: d.trainees.toLocaleString(), unit: p.unit, trainings: d.trainings })}</span>
              </Col>
            </Row>
          ))}
        </Flex>
      </Card>
      <ListPage<TTraining>
        title={t('comp.train.listTitle')}
        tableId="trainings"
        state={state}
        columns={columns}
        searchPlaceholder={t('comp.train.searchPlaceholder')}
        create={canTrain ? { label: t('comp.train.new'), onClick: () => setEditing(null) } : undefined}
        extra={state.list.data ? <Typography.Text type="secondary">{t('comp.train.sum', { n: state.list.data.trainees.toLocaleString(), unit: p.unit })}</Typography.Text> : null}
      >
        <TrainingFormDrawer open={editing !== undefined} programme={p} training={editing ?? null} onClose={() => setEditing(undefined)} />
      </ListPage>
    </Flex>
  );
}
