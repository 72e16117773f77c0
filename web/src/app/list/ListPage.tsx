import { DownloadOutlined, ExportOutlined, FilterFilled, ImportOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Empty, Flex, Input, Popconfirm, Popover, Space, Table, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { downloadFile } from '../api';
import { ImportDialog } from '../components/ImportDialog';
import { useApiError, useErrorText } from '../hooks/useApiError';
import { type TTranslate, useT } from '../i18n';
import { isLockedColumn, layoutColumns, type TListColumn, useHiddenColumns } from './columns';
import type { TListPageState, TListQuery } from './useListPage';

export interface TListImport {
  /** What is imported, in the UI language (科技工作者). */
  entityLabel: string;
  templateUrl: string;
  uploadUrl: string;
}

export interface TListPageProps<R extends { id: number }> {
  title: ReactNode;
  /** The card header's right side (totals). */
  extra?: ReactNode;
  /** Names the table for the remembered column settings (`people`, `experts` …). */
  tableId: string;
  state: TListPageState<TListQuery, R>;
  columns: TListColumn<R>[];
  /** Columns hidden until the user shows them. */
  defaultHidden?: readonly string[];
  searchPlaceholder?: string;
  searchWidth?: number;
  /** Filter controls of the toolbar (selects, org tree, date range). */
  filters?: ReactNode;
  /** Shown above the toolbar (totals). */
  header?: ReactNode;
  /** Shown between the toolbar and the table (quick filters). */
  beforeTable?: ReactNode;
  rowClassName?: (row: R) => string;
  /** The create button (left out when the user may not create). */
  create?: { label: string; onClick: () => void };
  /** Import and template download (left out when the user may not import). */
  importer?: TListImport;
  /** Export with the list's filters, as `<fileName>.xlsx` when the server names none. */
  exportName?: string;
  /** More toolbar buttons. */
  actions?: ReactNode;
  /** Text of the empty table when no filter is set. */
  emptyText?: string;
  /** The drawers of the page. */
  children?: ReactNode;
}

/** antd's filter trigger is named "filter" (English) for screen readers and tests: name it in the UI language. */
export const filterIcon = (t: TTranslate) => (filtered: boolean) => (
  <FilterFilled aria-label={t('common.filter')} style={{ color: filtered ? '#1556d3' : undefined }} />
);

/** The show/hide checkboxes of a table's columns. */
function ColumnSettings<R>({ columns, hidden, toggle, reset }: { columns: TListColumn<R>[] } & ReturnType<typeof useHiddenColumns>) {
  const t = useT();
  const content = (
    <Flex vertical gap={4} style={{ minWidth: 160 }}>
      {columns.map((c, i) => (
        <Checkbox
          key={c.key}
          checked={isLockedColumn(i, c) || !hidden.includes(c.key)}
          disabled={isLockedColumn(i, c)}
          onChange={(e) => toggle(c.key, e.target.checked)}
        >
          {typeof c.title === 'string' ? c.title : c.key}
        </Checkbox>
      ))}
      <Typography.Link onClick={reset} style={{ marginTop: 4 }}>
        {t('list.columnsReset')}
      </Typography.Link>
    </Flex>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('list.columns')} content={content}>
      <Button icon={<SettingOutlined aria-hidden />} aria-label={t('list.columns')} />
    </Popover>
  );
}

/**
 * A console list page: search, filters, create / import / export in the toolbar; a server-paged, sorted
 * and filtered table with the first column fixed and horizontal scroll; column settings remembered per
 * table; an empty state that says whether filters hide the records. The state comes from `useListPage`.
 */
export function ListPage<R extends { id: number }>(props: TListPageProps<R>) {
  const { state, columns, create, importer, exportName } = props;
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const { query, update, clear, list, hasFilters } = state;
  const [searchText, setSearchText] = useState(query.q ?? '');
  const [importOpen, setImportOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const columnState = useHiddenColumns(props.tableId, props.defaultHidden);
  const { visible, scrollX } = layoutColumns(columns, columnState.hidden);

  // The box follows the URL (back, clear filters, a link with ?q=).
  useEffect(() => setSearchText(query.q ?? ''), [query.q]);

  const doExport = async () => {
    if (!state.exportFile) return;
    setExporting(true);
    try {
      const name = await state.exportFile(`${exportName}.xlsx`);
      message.success(t('list.exported', { file: name }));
    } catch (err) {
      showError(err);
    } finally {
      setExporting(false);
    }
  };

  const clearAll = () => {
    setSearchText('');
    clear();
  };

  const empty = hasFilters ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('list.emptyFiltered')}>
      <Button onClick={clearAll}>{t('list.clearFilters')}</Button>
    </Empty>
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={props.emptyText ?? t('list.empty')}>
      {create ? (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={create.onClick}>
          {create.label}
        </Button>
      ) : null}
    </Empty>
  );

  return (
    <Card variant="borderless" title={props.title} extra={props.extra} styles={props.extra ? { header: { paddingBlock: 8 } } : undefined}>
      <Flex vertical gap={12}>
        {props.header}
        <Flex wrap gap={8} justify="space-between">
          <Flex wrap gap={8}>
            <Input.Search
              allowClear
              placeholder={props.searchPlaceholder}
              aria-label={t('common.search')}
              style={{ width: props.searchWidth ?? 320 }}
              value={searchText}
              onChange={(e) => {
                setSearchText(e.target.value);
                if (!e.target.value) update({ q: undefined });
              }}
              onSearch={(v) => update({ q: v.trim() || undefined })}
            />
            {props.filters}
            {hasFilters ? <Button onClick={clearAll}>{t('list.clearFilters')}</Button> : null}
          </Flex>
          <Flex wrap gap={8}>
            {create ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={create.onClick}>
                {create.label}
              </Button>
            ) : null}
            {importer ? (
              <Button icon={<ImportOutlined aria-hidden />} onClick={() => setImportOpen(true)}>
                {t('list.import')}
              </Button>
            ) : null}
            {state.exportFile && exportName ? (
              <Button icon={<ExportOutlined aria-hidden />} loading={exporting} onClick={doExport}>
                {t('list.export')}
              </Button>
            ) : null}
            {importer ? (
              <Button
                icon={<DownloadOutlined aria-hidden />}
                onClick={() => downloadFile(importer.templateUrl, undefined, `${importer.entityLabel}-template.xlsx`).catch((e) => message.error(errorText(e)))}
              >
                {t('list.template')}
              </Button>
            ) : null}
            {props.actions}
            <ColumnSettings columns={columns} {...columnState} />
          </Flex>
        </Flex>

        {props.beforeTable}
        {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}

        <Table<R>
          rowKey="id"
          size="middle"
          columns={visible}
          dataSource={state.rows}
          loading={list.isFetching}
          onChange={state.onTableChange}
          scroll={{ x: scrollX }}
          rowClassName={props.rowClassName}
          locale={list.isPending ? undefined : { emptyText: empty }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: state.total,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Flex>

      {props.children}
      {importer ? (
        <ImportDialog
          open={importOpen}
          onClose={() => setImportOpen(false)}
          entityLabel={importer.entityLabel}
          templateUrl={importer.templateUrl}
          uploadUrl={importer.uploadUrl}
          onDone={() => qc.invalidateQueries({ queryKey: state.listKey })}
        />
      ) : null}
    </Card>
  );
}

export interface TRowActionsProps {
  onView?: () => void;
  onEdit?: () => void;
  onDelete?: () => unknown;
  /** The delete confirmation ("删除“张三”？"). */
  deleteConfirm?: string;
}

/** 查看 · 编辑 · 删除 (with confirmation) in the actions column. */
export function RowActions({ onView, onEdit, onDelete, deleteConfirm }: TRowActionsProps) {
  const t = useT();
  return (
    <Space size={0}>
      {onView ? (
        <Button type="link" size="small" onClick={onView}>
          {t('common.view')}
        </Button>
      ) : null}
      {onEdit ? (
        <Button type="link" size="small" onClick={onEdit}>
          {t('common.edit')}
        </Button>
      ) : null}
      {onDelete ? (
        <Popconfirm
          title={deleteConfirm}
          okText={t('common.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={async () => {
            await onDelete();
          }}
        >
          <Button type="link" size="small" danger>
            {t('common.delete')}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
