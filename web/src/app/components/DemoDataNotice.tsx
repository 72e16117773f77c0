import { ExperimentTwoTone } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../i18n';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Whether a response holds demo records (the server marks each row `isDemo`). */
export function containsDemo(data: unknown): boolean {
  if (!isRecord(data)) return false;
  if (data.isDemo === true) return true;
  return Array.isArray(data.items) && data.items.some((i) => isRecord(i) && i.isDemo === true);
}

/** True once any loaded response held demo records. */
export function useHasDemoData(): boolean {
  const qc = useQueryClient();
  const [has, setHas] = useState(false);
  useEffect(() => {
    const cache = qc.getQueryCache();
    const check = () => {
      if (cache.getAll().some((q) => containsDemo(q.state.data))) setHas(true);
    };
    check();
    return cache.subscribe(check);
  }, [qc]);
  return has;
}

/** 演示数据 in the console header when the records on screen include demo data: the mark is chrome, not part of a name. */
export function DemoDataNotice() {
  const t = useT();
  const has = useHasDemoData();
  if (!has) return null;
  return (
    <Tooltip title={t('demo.noticeHint')}>
      <Tag color="orange" icon={<ExperimentTwoTone aria-hidden twoToneColor="#fa8c16" />} role="status">
        {t('demo.notice')}
      </Tag>
    </Tooltip>
  );
}
