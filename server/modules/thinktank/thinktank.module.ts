import { THINKTANK_PERMISSIONS } from '../../../shared/thinktank.js';
import type { TServerModule } from '../../platform/module/module.types.js';
import { composeParts } from '../../platform/module/parts.js';
import { projectPart } from './project/project.part.js';
import { suggestionPart } from './suggestion/suggestion.part.js';
import { surveyPart } from './survey/survey.part.js';

/**
 * 科智助力: research projects (智库项目 / 软科学课题), suggestions and the periodical 《科技工作者建议》 with
 * 报送 and leaders' 批示, surveys with stations and one-time answer codes. One folder per sub-domain.
 */
export const thinktankModule: TServerModule = {
  name: 'thinktank',
  permissions: THINKTANK_PERMISSIONS,
  ...composeParts([projectPart, suggestionPart, surveyPart]),
};
