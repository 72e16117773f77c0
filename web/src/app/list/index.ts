// The shared console list page: URL query state, the table with its toolbar, the create/edit and detail drawers.
export { DEFAULT_COLUMN_WIDTH, layoutColumns, type TListColumn, useHiddenColumns } from './columns';
export { CardListPage, type TCardListPageProps } from './CardListPage';
export { DetailDrawer, type TDetailDrawerProps } from './DetailDrawer';
export { FilterSelect, type TFilterSelectProps } from './FilterSelect';
export { FormDrawer, type TFormDrawerProps } from './FormDrawer';
export { filterIcon, ListPage, RowActions, type TListImport, type TListPageProps } from './ListPage';
export { filtersOf, readListQuery, sortFrom, sortOrderOf, type TListPatch, type TListQuery, useDeleteRow, useListPage, useUrlParams } from './useListPage';
