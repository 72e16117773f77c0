import { ExperimentTwoTone } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useT } from '../../app/i18n';
import type { TGender } from './api';

/** Small 演示 tag on demo records. */
export function DemoTag() {
  const t = useT();
  // An icon with a label, not a word: the demo mark is chrome, and a word next to the name read as part
  // of it ("葛辉Demo"). The header says that demo data is loaded (DemoDataNotice).
  return (
    <Tooltip title={t('people.demoHint')}>
      <ExperimentTwoTone role="img" aria-label={t('people.demo')} twoToneColor="#fa8c16" style={{ marginInlineStart: 6 }} />
    </Tooltip>
  );
}

export function useGenderLabel() {
  const t = useT();
  return (g: TGender | null | undefined) => (g === '男' ? t('people.male') : g === '女' ? t('people.female') : t('common.none'));
}
