import type { TModulePart } from '../../../platform/module/parts.js';
import { seedActivityDemo } from './activity.demo.js';
import { ACTIVITY_FIGURES } from './activity.figures.js';
import { ACTIVITY_REMINDERS } from './activity.reminders.js';
import { ACTIVITY_TAG, registerActivityRoutes } from './activity.routes.js';
import { activitySearchProvider } from './activity.search.js';
import { activityTodos } from './activity.todos.js';

/** 科普活动 activities: filing, 备案, summaries due after the event, the public calendar and its iCalendar feed. */
export const activityPart: TModulePart = {
  tags: [{ name: ACTIVITY_TAG, description: '科普活动 Outreach activities: filing, 备案, summaries, totals; the public calendar (tag public)' }],
  register: registerActivityRoutes,
  searchProviders: [activitySearchProvider],
  figures: ACTIVITY_FIGURES,
  todos: activityTodos,
  reminders: ACTIVITY_REMINDERS,
  seedDemo: (db, { log }) => seedActivityDemo(db, { log }),
};
