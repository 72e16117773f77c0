import { OUTREACH_PERMISSIONS } from '../../../shared/outreach.js';
import type { TServerModule } from '../../platform/module/module.types.js';
import { activityPart } from './activity/activity.part.js';
import { basePart } from './base/base.part.js';
import { competitionPart } from './competition/competition.part.js';
import { contentPart } from './content/content.part.js';
import { composeParts } from '../../platform/module/parts.js';

/**
 * 科普惠民: activities and the public calendar, bases, content and its four channels, competitions,
 * literacy figures and target-group programmes. Each sub-domain is a folder with its `<x>.part.ts`.
 */
export const outreachModule: TServerModule = {
  name: 'outreach',
  permissions: OUTREACH_PERMISSIONS,
  ...composeParts([activityPart, basePart, contentPart, competitionPart]),
};
