import { INNOVATION_PERMISSIONS } from '../../../shared/innovation.js';
import type { TServerModule } from '../../platform/module/module.types.js';
import { registerDemandRoutes } from './demand/demand.routes.js';
import { demandSearchProvider } from './demand/demand.search.js';
import { registerInvitationRoutes } from './demand/invitation.routes.js';
import { registerDockingRoutes } from './docking/docking.routes.js';
import { registerEnterpriseRoutes } from './enterprise/enterprise.routes.js';
import { enterpriseSearchProvider } from './enterprise/enterprise.search.js';
import { registerExpertRoutes } from './expert/expert.routes.js';
import { expertSearchProvider } from './expert/expert.search.js';
import { DEMAND_REMINDERS } from './demand/demand.reminders.js';
import { seedInnovationDemo } from './innovation.demo.js';
import { INNOVATION_FIGURES } from './innovation.figures.js';
import { innovationTodos } from './innovation.todos.js';
import { registerPlatformRoutes } from './platform/platform.routes.js';
import { registerInnovationPortalRoutes } from './portal/portal.routes.js';
import { registerFundedProjectRoutes } from './project/funded-project.routes.js';
import { registerServiceTeamRoutes } from './team/service-team.routes.js';

/**
 * 科创服务: experts, enterprises, technical demands with matching and invitations, docking events,
 * expert service teams, platforms, funded projects, and the public demand hall (tag 'public').
 */
export const innovationModule: TServerModule = {
  name: 'innovation',
  tags: [
    { name: 'innovation', description: '科创服务 Innovation services: docking events, service teams, platforms, funded projects' },
    { name: 'innovation: experts', description: '专家库 Expert registry' },
    { name: 'innovation: enterprises', description: '企业库 Enterprise registry' },
    { name: 'innovation: demands', description: '技术需求 Technical demands and their review' },
    { name: 'innovation: matching', description: '智能匹配 Expert matching and invitations' },
  ],
  permissions: INNOVATION_PERMISSIONS,
  figures: INNOVATION_FIGURES,
  todos: innovationTodos,
  reminders: DEMAND_REMINDERS,
  register(app, deps) {
    registerDockingRoutes(app, deps);
    registerServiceTeamRoutes(app, deps);
    registerPlatformRoutes(app, deps);
    registerFundedProjectRoutes(app, deps);
    registerInnovationPortalRoutes(app, deps);
    registerExpertRoutes(app, deps);
    registerEnterpriseRoutes(app, deps);
    registerDemandRoutes(app, deps);
    registerInvitationRoutes(app, deps);
  },
  searchProviders: [expertSearchProvider, enterpriseSearchProvider, demandSearchProvider],
  seedDemo: async (db, { city, log }) => {
    await seedInnovationDemo(db, city, { log });
  },
};
