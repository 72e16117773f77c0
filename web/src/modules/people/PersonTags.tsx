import { Tag, Tooltip } from 'antd';
import { useT } from '../../app/i18n';
import type { TGender } from './api';

/** Small 演示 tag on demo records. */
export function DemoTag() {
  const t = useT();
  return (
    <Tooltip title={t('people.demoHint')}>
      <Tag color="orange" style={{ marginInlineStart: 6 }}>
        {t('people.demo')}
      </Tag>
    </Tooltip>
  );
}

export function useGenderLabel() {
  const t = useT();
  return (g: TGender | null | undefined) => (g === '男' ? t('people.male') : g === '女' ? t('people.female') : t('common.none'));
}
