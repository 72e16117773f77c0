import type { TModulePart } from '../../../platform/module/parts.js';
import { seedProjectDemo } from './project.demo.js';
import { PROJECT_FIGURES } from './project.figures.js';
import { PROJECT_TAG, registerProjectRoutes } from './project.routes.js';
import { projectSearchProvider } from './project.search.js';
import { projectTodos } from './project.todos.js';

/** 智库项目 / 软科学课题: calls, applications, review, 立项, 中期, 结题, 资助, deliverables. */
export const projectPart: TModulePart = {
  tags: [{ name: PROJECT_TAG, description: '智库项目 / 软科学课题 Research projects: calls, applications, review, 立项, checks, funding' }],
  register: registerProjectRoutes,
  searchProviders: [projectSearchProvider],
  figures: PROJECT_FIGURES,
  todos: projectTodos,
  seedDemo: (db, { log }) => seedProjectDemo(db, { log }),
};
