import type { TModulePart } from '../../../platform/module/parts.js';
import { seedBaseDemo } from './base.demo.js';
import { BASE_FIGURES } from './base.figures.js';
import { BASE_REMINDERS } from './base.reminders.js';
import { BASE_TAG, registerBaseRoutes } from './base.routes.js';
import { baseSearchProvider } from './base.search.js';
import { baseTodos } from './base.todos.js';

/** 科普阵地 bases: education bases, schools, demonstration counties, big screens and galleries; the review cycle and the map. */
export const basePart: TModulePart = {
  tags: [{ name: BASE_TAG, description: '科普阵地 bases: 科普教育基地, 科学教育示范/特色学校, 科普示范县(区), 科普大屏, 科普画廊; review cycle, map' }],
  register: registerBaseRoutes,
  searchProviders: [baseSearchProvider],
  figures: BASE_FIGURES,
  todos: baseTodos,
  reminders: BASE_REMINDERS,
  seedDemo: seedBaseDemo,
};
