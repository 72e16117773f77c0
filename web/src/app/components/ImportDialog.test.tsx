import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anonymous, mockApi, renderApp } from '../../test/setup';
import { ImportDialog, type TImportJob } from './ImportDialog';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const job = (patch: Partial<TImportJob>): TImportJob => ({
  id: 'j1',
  status: 'validating',
  total: 120,
  processed: 60,
  inserted: 0,
  updated: 0,
  errors: [],
  ...patch,
});

async function pickAndUpload(name = 'people.xlsx') {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  const file = new File(['x'], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  fireEvent.change(input, { target: { files: [file] } });
  await screen.findByText(name);
  fireEvent.click(screen.getByRole('button', { name: '开始导入' }));
}

function renderDialog(onDone = vi.fn()) {
  renderApp(
    <ImportDialog open onClose={() => {}} entityLabel="科技工作者" templateUrl="/api/v1/people/import/template" uploadUrl="/api/v1/people/import" onDone={onDone} />,
  );
  return onDone;
}

describe('import dialog', () => {
  it('lists the row errors of a failed job and says nothing was imported', async () => {
    let polls = 0;
    const { calls } = mockApi({
      'GET /api/v1/auth/me': anonymous,
      'POST /api/v1/people/import': () => ({ body: { jobId: 'j1' } }),
      'GET /api/v1/imports/j1': () => {
        polls++;
        return {
          body:
            polls < 2
              ? job({ status: 'validating' })
              : job({
                  status: 'failed',
                  processed: 120,
                  errors: [
                    { row: 3, column: '手机号', message: '格式不正确', messageEn: 'wrong format' },
                    { row: 7, column: '身份证号', message: '校验位不符', messageEn: 'bad check digit' },
                  ],
                }),
        };
      },
    });
    const onDone = renderDialog();
    await pickAndUpload();

    expect(await screen.findByText('导入失败，未导入任何数据', {}, { timeout: 4000 })).toBeTruthy();
    expect(screen.getByText('第 3 行')).toBeTruthy();
    expect(screen.getByText('手机号')).toBeTruthy();
    expect(screen.getByText('格式不正确')).toBeTruthy();
    expect(screen.getByText('第 7 行')).toBeTruthy();
    expect(screen.getByText(/共发现 2 处错误/)).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    // a clear failed state, not a half-filled red progress bar
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(document.querySelector('.ant-progress')).toBeNull();

    const upload = calls.find((c) => c.method === 'POST');
    expect(upload?.body).toBeInstanceOf(FormData);
    expect(((upload!.body as FormData).get('file') as File).name).toBe('people.xlsx');
    expect(screen.getByRole('button', { name: '重新选择文件' })).toBeTruthy();
  });

  it('shows the counts of a finished job and reports it once', async () => {
    mockApi({
      'GET /api/v1/auth/me': anonymous,
      'POST /api/v1/people/import': () => ({ body: { jobId: 'j2' } }),
      'GET /api/v1/imports/j2': () => ({ body: job({ id: 'j2', status: 'done', processed: 120, inserted: 100, updated: 20 }) }),
    });
    const onDone = renderDialog();
    await pickAndUpload('people.csv');
    expect(await screen.findByText('新增 100 条，更新 20 条')).toBeTruthy();
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });

  it('refuses files that are not .xlsx or .csv', async () => {
    const { calls } = mockApi({ 'GET /api/v1/auth/me': anonymous });
    renderDialog();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['x'], 'photo.png', { type: 'image/png' })] } });
    expect(await screen.findByText('仅支持 .xlsx 或 .csv 文件')).toBeTruthy();
    expect(screen.getByRole('button', { name: '开始导入' })).toHaveProperty('disabled', true);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
