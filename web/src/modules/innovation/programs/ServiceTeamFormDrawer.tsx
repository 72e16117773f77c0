import { Col, Form, Input, Row } from 'antd';
import { LIMITS } from '../../../../../shared/limits';
import { OrgTreeSelect } from '../../../app/components/OrgTreeSelect';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../../app/list';
import { ClusterSelect } from '../portal/ClusterSelect';
import { type TServiceTeam, type TServiceTeamInput, createServiceTeam, programKeys, updateServiceTeam } from './api';
import { clean, enterprisePick, expertPick } from './common';
import { RecordPicker } from './RecordPicker';

interface TFormValues {
  name: string;
  cluster?: string | null;
  orgId?: number;
  leadExpertId?: number | null;
  memberExpertIds?: number[];
  enterpriseIds?: number[];
  description?: string;
}

export function toTeamInput(v: TFormValues): TServiceTeamInput {
  return {
    name: v.name.trim(),
    cluster: v.cluster ?? null,
    ...(v.orgId ? { orgId: v.orgId } : {}),
    leadExpertId: v.leadExpertId ?? null,
    // The lead is listed on its own: not again among the members.
    memberExpertIds: (v.memberExpertIds ?? []).filter((id) => id !== v.leadExpertId),
    enterpriseIds: v.enterpriseIds ?? [],
    description: clean(v.description),
  };
}

export interface TServiceTeamFormDrawerProps {
  open: boolean;
  team: TServiceTeam | null;
  defaultOrgId?: number;
  onClose: () => void;
}

/** Forms or edits an expert service team: lead, members, the enterprises it serves. */
export function ServiceTeamFormDrawer({ open, team, defaultOrgId, onClose }: TServiceTeamFormDrawerProps) {
  const t = useT();
  const [form] = Form.useForm<TFormValues>();

  const initialValues: Partial<TFormValues> = team
    ? {
        name: team.name,
        cluster: team.cluster,
        orgId: team.orgId,
        leadExpertId: team.leadExpertId,
        memberExpertIds: team.memberExpertIds,
        enterpriseIds: team.enterpriseIds,
        description: team.description ?? undefined,
      }
    : { orgId: defaultOrgId, memberExpertIds: [], enterpriseIds: [] };

  const experts = team ? [...(team.lead ? [team.lead] : []), ...team.members].map(expertPick) : undefined;

  return (
    <FormDrawer
      title={team ? t('teams.editTitle') : t('teams.newTitle')}
      open={open}
      onClose={onClose}
      size={640}
      form={form}
      initialValues={initialValues}
      submit={(v: TFormValues) => (team ? updateServiceTeam(team.id, toTeamInput(v)) : createServiceTeam(toTeamInput(v)))}
      successMessage={team ? t('common.saved') : t('common.created')}
      invalidate={[programKeys.teams]}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="name" label={t('teams.name')} rules={[{ required: true, whitespace: true, message: t('teams.v.name') }, { max: 100 }]}>
            <Input maxLength={100} placeholder={t('teams.namePlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="cluster" label={t('kc.cluster')}>
            <ClusterSelect />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="orgId" label={t('teams.org')}>
            <OrgTreeSelect placeholder={t('docking.orgDefault')} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="leadExpertId" label={t('teams.lead')}>
            <RecordPicker kind="experts" known={experts} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="memberExpertIds" label={t('teams.members')}>
            <RecordPicker kind="experts" multiple maxCount={200} known={experts} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="enterpriseIds" label={t('teams.enterprises')} tooltip={t('teams.enterprisesHint')}>
            <RecordPicker kind="enterprises" multiple maxCount={500} known={team?.enterprises.map(enterprisePick)} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label={t('teams.description')} rules={[{ max: LIMITS.longTextMax }]}>
            <Input.TextArea rows={3} maxLength={LIMITS.longTextMax} />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
