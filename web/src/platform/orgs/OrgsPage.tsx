import { CaretDownFilled, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Input, Row, Skeleton, Statistic, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import type { GetRef } from 'antd';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { useErrorText } from '../../app/hooks/useApiError';
import { useOrgTree } from '../../app/hooks/useOrgTree';
import { type TMsgKey, useT } from '../../app/i18n';
import { ORG_KINDS, type TOrgKind, type TOrgNode } from '../../app/types';

export const KIND_COLORS: Record<TOrgKind, string> = {
  city: 'red',
  district: 'blue',
  township: 'cyan',
  society: 'purple',
  enterprise: 'orange',
  university: 'green',
  park: 'gold',
};

/** Short kind label as a tag (the statistic cards use the long names). */
export function KindTag({ kind }: { kind: TOrgKind }) {
  const t = useT();
  return (
    <Tag color={KIND_COLORS[kind]} style={{ marginInlineStart: 6 }}>
      {t(`orgKindShort.${kind}` as TMsgKey)}
    </Tag>
  );
}

const matches = (n: TOrgNode, q: string) => n.name.toLowerCase().includes(q) || (n.shortName ?? '').toLowerCase().includes(q) || n.code.toLowerCase().includes(q);

function highlight(text: string, q: string): ReactNode {
  if (!q) return text;
  const i = text.toLowerCase().indexOf(q);
  if (i < 0) return text;
  return (
    <>
      {text.slice(0, i)}
      <mark style={{ padding: 0, background: '#ffe58f' }}>{text.slice(i, i + q.length)}</mark>
      {text.slice(i + q.length)}
    </>
  );
}

/** The tree filtered to matching nodes (with their subtrees) and their ancestors; `expand` lists the ancestors to open. */
export function filterTree(roots: TOrgNode[], q: string): { nodes: TOrgNode[]; expand: number[] } {
  if (!q) return { nodes: roots, expand: [] };
  const expand: number[] = [];
  const walk = (n: TOrgNode): TOrgNode | null => {
    if (matches(n, q)) return n; // a match keeps its whole subtree (closed), so it can be browsed
    const kids = n.children.map(walk).filter((c): c is TOrgNode => c !== null);
    if (kids.length > 0) expand.push(n.id);
    return kids.length > 0 ? { ...n, children: kids } : null;
  };
  return { nodes: roots.map(walk).filter((n): n is TOrgNode => n !== null), expand };
}

/** 组织机构: the org tree of the user's subtree, counts by kind, details of one org. */
export default function OrgsPage() {
  const t = useT();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const { roots, counts, index, isLoading, error } = useOrgTree();
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState<number[] | null>(null);
  const q = filter.trim().toLowerCase();
  const selectedId = Number(params.get('id')) || null;
  const selected = selectedId ? index.byId.get(selectedId) : undefined;

  const filtered = useMemo(() => filterTree(roots, q), [roots, q]);
  const treeData = useMemo(() => {
    const toData = (n: TOrgNode): DataNode => ({
      key: n.id,
      title: (
        <span>
          {highlight(n.name, q)}
          <KindTag kind={n.kind} />
        </span>
      ),
      children: n.children.map(toData),
    });
    return filtered.nodes.map(toData);
  }, [filtered, q]);

  // Default: roots open (and the path to a linked org); while filtering: every ancestor of a match.
  const defaultExpanded = useMemo(() => [...roots.map((r) => r.id), ...(selectedId ? index.ancestors(selectedId) : [])], [roots, index, selectedId]);
  const expandedKeys = q ? filtered.expand : (expanded ?? defaultExpanded);
  const total = Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
  const select = (id: number | null) => setParams(id ? { id: String(id) } : {}, { replace: true });

  // An org opened by link (global search, 上级组织) may sit deep in the tree: scroll it into view.
  const treeRef = useRef<GetRef<typeof Tree>>(null);
  useEffect(() => {
    if (!selectedId || isLoading) return;
    setExpanded((prev) => (prev ? [...new Set([...prev, ...index.ancestors(selectedId)])] : prev));
    const h = setTimeout(() => treeRef.current?.scrollTo({ key: selectedId, align: 'auto' }), 50);
    return () => clearTimeout(h);
  }, [selectedId, isLoading, index]);

  return (
    <Flex vertical gap={16}>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6} xl={3}>
          <Card variant="borderless" size="small">
            <Statistic title={t('orgs.total')} value={total} loading={isLoading} />
          </Card>
        </Col>
        {ORG_KINDS.filter((k) => (counts[k] ?? 0) > 0).map((kind) => (
          <Col key={kind} xs={12} md={6} xl={3}>
            <Card variant="borderless" size="small">
              <Statistic title={t(`orgKind.${kind}` as TMsgKey)} value={counts[kind] ?? 0} />
            </Card>
          </Col>
        ))}
      </Row>

      {error ? <Alert type="error" showIcon title={errorText(error)} /> : null}

      <Row gutter={16}>
        <Col xs={24} lg={11}>
          <Card variant="borderless" title={t('orgs.title')}>
            <Input
              allowClear
              prefix={<SearchOutlined aria-hidden />}
              placeholder={t('orgs.filterPlaceholder')}
              aria-label={t('orgs.filterPlaceholder')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              style={{ marginBottom: 12 }}
            />
            {isLoading ? (
              <Skeleton active />
            ) : treeData.length === 0 ? (
              <Empty description={t('orgs.noMatch')} />
            ) : (
              <Tree
                ref={treeRef}
                treeData={treeData}
                height={600}
                blockNode
                // aria-hidden: the default caret's "caret-down" label ended up in every item's accessible name
                switcherIcon={<CaretDownFilled aria-hidden />}
                expandedKeys={expandedKeys}
                onExpand={(keys) => setExpanded(keys.map(Number))}
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(keys) => select(keys.length ? Number(keys[0]) : null)}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={13}>
          <Card variant="borderless" title={t('orgs.detail')}>
            {selected ? (
              <OrgDetail
                org={selected}
                parent={selected.parentId ? index.byId.get(selected.parentId) : undefined}
                descendants={index.descendants(selected.id)}
                onSelect={select}
                actions={
                  <Flex wrap gap={8}>
                    {can('people:read') ? (
                      <Button type="primary" onClick={() => navigate(`/admin/people?orgId=${selected.id}`)}>
                        {t('orgs.viewPeople')}
                      </Button>
                    ) : null}
                    {can('users:read') ? <Button onClick={() => navigate(`/admin/users?orgId=${selected.id}`)}>{t('orgs.viewUsers')}</Button> : null}
                  </Flex>
                }
              />
            ) : (
              <Empty description={t('orgs.pickHint')} />
            )}
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

function OrgDetail(props: { org: TOrgNode; parent?: TOrgNode; descendants: number; onSelect: (id: number) => void; actions: ReactNode }) {
  const { org, parent, descendants, onSelect, actions } = props;
  const t = useT();
  const none = t('common.none');
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {org.name}
        <KindTag kind={org.kind} />
      </Typography.Title>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'shortName', label: t('orgs.shortName'), children: org.shortName || none },
          { key: 'kind', label: t('orgs.kind'), children: t(`orgKind.${org.kind}` as TMsgKey) },
          { key: 'code', label: t('orgs.code'), children: org.code },
          { key: 'adcode', label: t('orgs.adcode'), children: org.adcode || none },
          {
            key: 'parent',
            label: t('orgs.parent'),
            children: parent ? <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => onSelect(parent.id)}>{parent.name}</Button> : none,
          },
          { key: 'children', label: t('orgs.children'), children: org.children.length },
          { key: 'subtree', label: t('orgs.subtree'), children: descendants },
        ]}
      />
      {actions}
      {org.children.length > 0 ? (
        <div>
          <Typography.Text type="secondary">{t('orgs.children')}</Typography.Text>
          <Flex wrap gap={6} style={{ marginTop: 8 }}>
            {org.children.slice(0, 60).map((c) => (
              <Tag key={c.id} color={KIND_COLORS[c.kind]} style={{ cursor: 'pointer' }} onClick={() => onSelect(c.id)}>
                {c.shortName || c.name}
              </Tag>
            ))}
            {org.children.length > 60 ? <Tag>…</Tag> : null}
          </Flex>
        </div>
      ) : null}
    </Flex>
  );
}
