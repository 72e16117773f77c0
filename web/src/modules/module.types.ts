import type { ComponentType, ReactNode } from 'react';
import type { TAppMsgKey } from '../app/i18n';
import type { TAction } from '../app/permissions';

// The web half of a module manifest (issue: module kit §1). A business module is one folder under
// web/src/modules/ with a `<name>.module.tsx` exporting a TWebModule; web/src/modules/index.ts lists
// them. The router, the console menu, the dictionaries (t()), the header search and the audit labels
// read that list; nothing central names a module.

/** Message keys a module may use: its own (K) and the app's. */
export type TModuleKey<K extends string> = K | TAppMsgKey;

/** A page of a module: a lazy component (`lazyPage(() => import('./XPage'))`, one chunk per page). */
export interface TWebRoute {
  /** Relative path: under /admin for console routes, under / for portal routes ('portal', 'demands/:id'). */
  path?: string;
  index?: boolean;
  page?: ComponentType;
  /** Instead of a page: where this path sends the browser. */
  redirect?: string;
  /** Only roles that may take this action see the page (the server checks again). */
  action?: TAction;
  /** Nested pages rendered in the parent page's <Outlet /> (a not-found page is added at the end). */
  children?: TWebRoute[];
}

export interface TWebNavItem<K extends string = string> {
  /** Absolute path: '/admin/people'. */
  path: string;
  label: K;
  icon: ReactNode;
  /** Shown only to roles that may take this action. */
  action?: TAction;
}

export interface TWebNavGroup<K extends string = string> {
  /**
   * Group id. A module group whose id is one of the platform's ('registry', 'system') puts its items
   * first in that group; any other id is a new group after the platform's registry group.
   */
  id: string;
  label: K;
  items: TWebNavItem<K>[];
}

/** A kind of header-search hit (`GET /api/v1/search` → items[].entity). */
export interface TSearchEntityDef<K extends string = string> {
  label: K;
  icon: ReactNode;
  /** Where a hit opens. */
  link: (id: number) => string;
}

/** A card on the public portal home page, and an item of the portal's header menu. */
export interface TPortalLink<K extends string = string> {
  path: string;
  label: K;
  desc: K;
  icon: ReactNode;
}

/** K: the module's own message keys (`keyof typeof xZh`); both dictionaries have exactly these. */
export interface TWebModule<K extends string = string> {
  /** Short English name (the server module's name): 'people', 'innovation'. */
  name: string;
  /** Pages inside the console (/admin/…), each behind its permission. */
  consoleRoutes: TWebRoute[];
  /**
   * Public pages (no sign-in) inside the portal frame (header menu, language, sign-in): children of
   * /portal, paths relative to it ('demands', 'activities/:id'). The frame is the platform's
   * (app/layout/PortalLayout.tsx); its menu lists every module's `portalLinks`.
   */
  portalPages?: TWebRoute[];
  /** Public pages (no sign-in) without the frame, mounted at the top level (a full-screen kiosk page). */
  portalRoutes?: TWebRoute[];
  navGroup?: TWebNavGroup<TModuleKey<K>>;
  /** Cards on the portal home page and items of the portal's header menu. */
  portalLinks?: TPortalLink<TModuleKey<K>>[];
  /** The module's i18n namespace: `i18n.zh.ts` and `i18n.en.ts` inside the module folder. */
  messages: { zh: Record<K, string>; en: Record<K, string> };
  /** Entity codes the server's search providers return → label and page. */
  searchEntities?: Record<string, TSearchEntityDef<TModuleKey<K>>>;
  /** Entity codes the module's services write into the audit log → label. */
  auditEntities?: Record<string, TModuleKey<K>>;
  /** Audit actions only this module writes → label. */
  auditActions?: Record<string, TModuleKey<K>>;
}

/** Message keys of a module list (the union TMsgKey is built from). */
export type TMessageKeysOf<M> = M extends TWebModule<infer K> ? K : never;

/**
 * One sub-domain of a module on the web (outreach's activities/, bases/…; thinktank's projects/…): the
 * parts of the manifest it contributes; the module's `<name>.module.tsx` composes them with composeWebParts.
 */
export type TWebModulePart<K extends string> = Partial<
  Pick<TWebModule<K>, 'consoleRoutes' | 'portalPages' | 'portalRoutes' | 'portalLinks' | 'searchEntities' | 'auditEntities' | 'auditActions'>
> & { navItems?: TWebNavItem<TModuleKey<K>>[] };

/** The manifest fields of several parts, in part order (menu items too), under one menu group. */
export function composeWebParts<K extends string>(
  parts: readonly TWebModulePart<K>[],
  group: { id: string; label: TModuleKey<K> },
): Omit<TWebModule<K>, 'name' | 'messages'> {
  return {
    consoleRoutes: parts.flatMap((p) => p.consoleRoutes ?? []),
    portalPages: parts.flatMap((p) => p.portalPages ?? []),
    portalRoutes: parts.flatMap((p) => p.portalRoutes ?? []),
    portalLinks: parts.flatMap((p) => p.portalLinks ?? []),
    navGroup: { ...group, items: parts.flatMap((p) => p.navItems ?? []) },
    searchEntities: Object.assign({}, ...parts.map((p) => p.searchEntities ?? {})),
    auditEntities: Object.assign({}, ...parts.map((p) => p.auditEntities ?? {})),
    auditActions: Object.assign({}, ...parts.map((p) => p.auditActions ?? {})),
  };
}
