import { PEOPLE_PERMISSIONS } from '../../../shared/people.js';
import type { TServerModule } from '../../platform/module/module.types.js';
import { seedPeopleDemo } from './people.demo.js';
import { registerPeopleExcelRoutes } from './person-excel.routes.js';
import { registerPeopleRoutes } from './person.routes.js';
import { personSearchProvider } from './person.search.js';

/** 科技工作者 registry: list, detail, edit, 学会 memberships, Excel import/export, global search. */
export const peopleModule: TServerModule = {
  name: 'people',
  tags: [{ name: 'people', description: '科技工作者 People registry (科技工作者库)' }],
  permissions: PEOPLE_PERMISSIONS,
  register(app, deps) {
    registerPeopleRoutes(app, deps);
    registerPeopleExcelRoutes(app, deps);
  },
  searchProviders: [personSearchProvider],
  seedDemo: async (db, { city, log }) => {
    await seedPeopleDemo(db, city, { log });
  },
};
