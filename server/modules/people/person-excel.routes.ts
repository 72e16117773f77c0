import { registerRegistryExcelRoutes } from '../../platform/excel/excel.routes.js';
import type { TAppDeps, TZodApp } from '../../platform/http/context.js';
import { ZPersonExportQuery, exportPeople, personExcel } from './person-excel.js';

/** Template download, upload (an import job), and export of 科技工作者 as .xlsx (masked like the list). */
export function registerPeopleExcelRoutes(app: TZodApp, deps: TAppDeps) {
  registerRegistryExcelRoutes(app, deps, {
    base: '/api/v1/people',
    tags: ['people'],
    def: personExcel(deps.city),
    writeAction: 'people:write',
    exportQuery: ZPersonExportQuery,
    exportRows: exportPeople,
  });
}
