import type { TModuleKey, TWebModule, TWebNavItem } from '../module.types';

/**
 * One sub-domain of 科普惠民 on the web (activities/, bases/, content/, competitions/): the parts of the
 * module manifest it contributes; outreach.module.tsx composes them (menu items in part order).
 */
export type TOutreachWebPart<K extends string> = Partial<
  Pick<TWebModule<K>, 'consoleRoutes' | 'portalPages' | 'portalRoutes' | 'portalLinks' | 'searchEntities' | 'auditEntities' | 'auditActions'>
> & { navItems?: TWebNavItem<TModuleKey<K>>[] };
