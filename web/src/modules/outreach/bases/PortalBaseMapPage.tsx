import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { baseKeys, listPublicBases } from './api';
import { BaseMapView, useMapFilters } from './BaseMapView';
import { categoryLabel, KindTag, LevelTag } from './labels';

/** 科普阵地 on the public portal: recognized public bases on the map, with the list and the counts. No sign-in. */
export default function PortalBaseMapPage() {
  const t = useT();
  const errorText = useErrorText();
  const { filters, set } = useMapFilters();
  const [selected, setSelected] = useState<number | null>(null);
  const map = useQuery({
    queryKey: baseKeys.publicMap(filters),
    queryFn: ({ signal }) => listPublicBases(filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
  const chosen = map.data?.items.find((b) => b.id === selected);
  const none = t('common.none');

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('base.portal.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
          {t('base.portal.subtitle')}
        </Typography.Paragraph>
      </div>
      {map.error ? <Alert type="error" showIcon title={errorText(map.error)} /> : null}
      <BaseMapView
        points={map.data?.items ?? []}
        districts={map.data?.districts ?? []}
        loading={map.isLoading}
        filters={filters}
        onFilter={set}
        onOpen={setSelected}
        selectedId={selected}
      />
      {chosen ? (
        <Card variant="borderless" title={chosen.name} extra={<Typography.Link onClick={() => setSelected(null)}>{t('common.close')}</Typography.Link>}>
          <Flex gap={4} style={{ marginBottom: 12 }}>
            <KindTag kind={chosen.kind} />
            {chosen.level ? <LevelTag level={chosen.level} /> : null}
          </Flex>
          <Descriptions
            column={1}
            size="small"
            items={[
              ...(chosen.category ? [{ key: 'category', label: t('base.category'), children: categoryLabel(t, chosen.category) }] : []),
              { key: 'host', label: t('base.hostUnit'), children: chosen.hostUnit || none },
              { key: 'address', label: t('base.address'), children: chosen.address || none },
              { key: 'district', label: t('base.district'), children: chosen.districtName || none },
              { key: 'recognizedOn', label: t('base.recognizedOn'), children: chosen.recognizedOn ?? none },
              ...(chosen.description ? [{ key: 'description', label: t('base.description'), children: chosen.description }] : []),
            ]}
          />
        </Card>
      ) : null}
    </Flex>
  );
}
