import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Progress, Result, Steps, Table, Typography, Upload, type UploadFile } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, downloadFile, request } from '../api';
import { useErrorText } from '../hooks/useApiError';
import { type TMsgKey, pick, useI18n } from '../i18n';

export type TImportStatus = 'queued' | 'parsing' | 'validating' | 'committing' | 'done' | 'failed';

export interface TImportRowError {
  row: number;
  column?: string | null;
  message: string;
  messageEn?: string | null;
}

/** GET /api/v1/imports/:jobId */
export interface TImportJob {
  id: string | number;
  status: TImportStatus;
  total: number;
  processed: number;
  inserted: number;
  updated: number;
  /** Overall progress 0–100 (when the server reports it; else processed/total). */
  percent?: number;
  /** The first errors (up to 1000) … */
  errors: TImportRowError[];
  /** … of this many. */
  errorCount?: number;
  message?: string | null;
  messageEn?: string | null;
}

export const IMPORT_POLL_MS = 500;
const ACCEPT = ['.xlsx', '.csv'];
const isTerminal = (s?: TImportStatus) => s === 'done' || s === 'failed';

export interface TImportDialogProps {
  open: boolean;
  onClose: () => void;
  /** What is imported, e.g. 科技工作者 (already in the UI language). */
  entityLabel: string;
  templateUrl: string;
  uploadUrl: string;
  /** Called once when a job finishes successfully (refresh the list). */
  onDone?: (job: TImportJob) => void;
}

/**
 * Excel/CSV import in three steps: pick a file → upload and watch the job (parse, validate, commit) →
 * the result. All-or-nothing: a failed job lists its row errors and nothing was written.
 */
export function ImportDialog(props: TImportDialogProps) {
  const { t } = useI18n();
  return (
    <Modal
      title={t('import.title', { entity: props.entityLabel })}
      open={props.open}
      onCancel={props.onClose}
      footer={null}
      width={760}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <ImportBody {...props} />
    </Modal>
  );
}

function ImportBody({ onClose, templateUrl, uploadUrl, onDone }: TImportDialogProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [jobId, setJobId] = useState<string | number | null>(null);

  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return request<{ jobId: string | number }>(uploadUrl, { method: 'POST', body: form });
    },
    onSuccess: (r) => setJobId(r.jobId),
  });

  const job = useQuery({
    queryKey: ['import', jobId],
    queryFn: () => api.get<TImportJob>(`/api/v1/imports/${jobId}`),
    enabled: jobId != null,
    refetchInterval: (q) => (isTerminal(q.state.data?.status) || q.state.error ? false : IMPORT_POLL_MS),
    staleTime: 0,
    gcTime: 0,
  });
  const status = job.data?.status;

  const reported = useRef(false);
  useEffect(() => {
    if (status === 'done' && job.data && !reported.current) {
      reported.current = true;
      onDone?.(job.data);
    }
  }, [status, job.data, onDone]);

  const restart = () => {
    setFiles([]);
    setJobId(null);
    upload.reset();
    reported.current = false;
  };

  const step = jobId == null ? 0 : isTerminal(status) ? 2 : 1;
  const file = files[0]?.originFileObj as File | undefined;

  return (
    <Flex vertical gap={16}>
      <Steps
        size="small"
        current={step}
        status={status === 'failed' ? 'error' : undefined}
        items={[{ title: t('import.step.pick') }, { title: t('import.step.check') }, { title: t('import.step.result') }]}
      />

      {step === 0 && (
        <>
          <Alert type="info" showIcon title={t('import.pickNote')} />
          <Upload.Dragger
            accept={ACCEPT.join(',')}
            maxCount={1}
            fileList={files}
            beforeUpload={(f) => {
              const ok = ACCEPT.some((ext) => f.name.toLowerCase().endsWith(ext));
              if (!ok) message.error(t('import.wrongType'));
              return ok ? false : Upload.LIST_IGNORE;
            }}
            onChange={({ fileList }) => setFiles(fileList.slice(-1))}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{t('import.pickHint')}</p>
          </Upload.Dragger>
          {upload.error ? <Alert type="error" showIcon title={errorText(upload.error)} /> : null}
          <Flex justify="space-between">
            <Button
              icon={<DownloadOutlined aria-hidden />}
              onClick={() => downloadFile(templateUrl, undefined, 'template.xlsx').catch((e) => message.error(errorText(e)))}
            >
              {t('import.downloadTemplate')}
            </Button>
            <Flex gap={8}>
              <Button onClick={onClose}>{t('common.cancel')}</Button>
              <Button
                type="primary"
                disabled={!file}
                loading={upload.isPending}
                onClick={() => (file ? upload.mutate(file) : message.warning(t('import.chooseFirst')))}
              >
                {t('import.start')}
              </Button>
            </Flex>
          </Flex>
        </>
      )}

      {step > 0 && (
        <>
          {/* A failed job shows its failed state below, not a half-filled red bar frozen where validation stopped. */}
          {status === 'failed' || job.error ? null : <JobProgress job={job.data} />}
          {job.error ? <Alert type="error" showIcon title={errorText(job.error)} /> : null}
          {status === 'failed' && job.data ? <FailedJob job={job.data} /> : null}
          {status === 'done' && job.data ? (
            <Result
              status="success"
              title={t('import.doneTitle')}
              subTitle={t('import.doneDesc', { inserted: job.data.inserted, updated: job.data.updated })}
            />
          ) : null}
          <Flex justify="flex-end" gap={8}>
            {status === 'failed' || job.error ? <Button onClick={restart}>{t('import.again')}</Button> : null}
            <Button type={status === 'done' ? 'primary' : 'default'} onClick={onClose}>
              {t('common.close')}
            </Button>
          </Flex>
        </>
      )}
    </Flex>
  );
}

function JobProgress({ job }: { job?: TImportJob }) {
  const { t } = useI18n();
  const status = job?.status ?? 'queued';
  const computed = job && job.total > 0 ? Math.min(99, Math.floor((job.processed / job.total) * 100)) : 0;
  const percent = status === 'done' ? 100 : Math.round(job?.percent ?? computed);
  return (
    <div>
      <Typography.Text strong>{t(`import.phase.${status}` as TMsgKey)}</Typography.Text>
      {job && job.total > 0 ? (
        <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
          {t('import.progress', { processed: job.processed, total: job.total })}
        </Typography.Text>
      ) : null}
      <Progress
        percent={percent}
        status={status === 'done' ? 'success' : 'active'}
        aria-label={t(`import.phase.${status}` as TMsgKey)}
      />
    </div>
  );
}

function FailedJob({ job }: { job: TImportJob }) {
  const { t, locale } = useI18n();
  const errors = job.errors ?? [];
  const count = Math.max(job.errorCount ?? 0, errors.length);
  const summary = job.message ? pick(locale, job.message, job.messageEn ?? job.message) : undefined;
  return (
    <>
      <Alert
        type="error"
        showIcon
        title={t('import.failedTitle')}
        description={
          // Row errors: our own summary (the server's says the same); otherwise the server's reason.
          count > 0 ? [t('import.failedDesc', { n: count }), count > errors.length ? t('import.firstN', { n: errors.length }) : ''].join(' ') : summary
        }
      />
      {errors.length > 0 ? (
        <Table<TImportRowError & { key: number }>
          size="small"
          rowKey="key"
          dataSource={errors.map((e, i) => ({ ...e, key: i }))}
          pagination={errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          columns={[
            { title: t('import.rowCol'), dataIndex: 'row', width: 100, render: (row: number) => t('import.row', { row }) },
            { title: t('import.columnCol'), dataIndex: 'column', width: 140, render: (c?: string | null) => c || t('common.none') },
            {
              title: t('import.messageCol'),
              dataIndex: 'message',
              render: (_: string, e) => pick(locale, e.message, e.messageEn || e.message),
            },
          ]}
        />
      ) : null}
    </>
  );
}
