import type { TModulePart } from '../../../platform/module/parts.js';
import { seedCompetitionDemo } from './competition.demo.js';
import { COMPETITION_FIGURES } from './competition.figures.js';
import { registerCompetitionRoutes } from './competition.routes.js';
import { competitionSearchProvider, programmeSearchProvider } from './competition.search.js';
import { competitionTodos } from './competition.todos.js';
import { registerLiteracyRoutes } from './literacy.routes.js';
import { registerProgrammeRoutes } from './programme.routes.js';

/** competitions and awards, 公民科学素质 per district and year, target-group programmes with their trainings. */
export const competitionPart: TModulePart = {
  tags: [
    { name: 'outreach: competitions', description: '赛事与获奖 Competitions, entries and awards' },
    { name: 'outreach: literacy', description: '公民科学素质比例 Citizens’ scientific literacy by area and year' },
    { name: 'outreach: programmes', description: '重点人群项目 Target-group programmes and their trainings' },
  ],
  register(app, deps) {
    registerCompetitionRoutes(app, deps);
    registerLiteracyRoutes(app, deps);
    registerProgrammeRoutes(app, deps);
  },
  searchProviders: [competitionSearchProvider, programmeSearchProvider],
  figures: COMPETITION_FIGURES,
  todos: competitionTodos,
  seedDemo: async (db, { log }) => seedCompetitionDemo(db, log),
};
