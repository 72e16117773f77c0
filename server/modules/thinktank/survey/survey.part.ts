import type { TModulePart } from '../../../platform/module/parts.js';
import { seedSurveyDemo } from './survey.demo.js';
import { SURVEY_FIGURES } from './survey.figures.js';
import { registerSurveyRoutes, SURVEY_TAG } from './survey.routes.js';
import { surveyTodos } from './survey.todos.js';

/** 调查: questionnaires (builder with skip logic), campaigns with stations 站点 and quotas, one-time codes 填答码, anonymous answers, progress, results, export. */
export const surveyPart: TModulePart = {
  tags: [{ name: SURVEY_TAG, description: '调查 Surveys: questionnaires, campaigns, stations, one-time answer codes, progress, results (the answer page is under tag public)' }],
  register: registerSurveyRoutes,
  figures: SURVEY_FIGURES,
  todos: surveyTodos,
  seedDemo: (db, { log }) => seedSurveyDemo(db, { log }),
};
