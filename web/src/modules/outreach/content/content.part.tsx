import { DesktopOutlined, FileTextOutlined, ReadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { lazyPage as lazy } from '../../../app/lazyPage';
import type { TWebModulePart } from '../../module.types';
import type { contentZh } from './i18n.zh';

/** 科普内容 content, columns and the four channels (portal, big screen, WeChat, columns). */
export const contentPart: TWebModulePart<keyof typeof contentZh> = {
  consoleRoutes: [
    { path: 'outreach/contents', page: lazy(() => import('./ContentsPage')), action: 'content:read' },
    // the editor page carries Tiptap/ProseMirror: its own chunk, loaded only when writing
    { path: 'outreach/contents/new', page: lazy(() => import('./ContentEditorPage')), action: 'content:write' },
    { path: 'outreach/contents/:id/edit', page: lazy(() => import('./ContentEditorPage')), action: 'content:write' },
    { path: 'outreach/content-columns', page: lazy(() => import('./ColumnsPage')), action: 'content:read' },
    { path: 'outreach/screens', page: lazy(() => import('./ScreensPage')), action: 'content:read' },
  ],
  portalPages: [
    { path: 'kepu', page: lazy(() => import('./KepuListPage')) },
    { path: 'kepu/columns/:columnId', page: lazy(() => import('./KepuListPage')) },
    { path: 'kepu/:id', page: lazy(() => import('./KepuDetailPage')) },
  ],
  portalRoutes: [{ path: 'screen/:code', page: lazy(() => import('./ScreenPage')) }],
  portalLinks: [{ path: '/portal/kepu', label: 'content.portal.title', desc: 'content.portal.desc', icon: <ReadOutlined aria-hidden /> }],
  navItems: [
    { path: '/admin/outreach/contents', label: 'nav.outreach.content', icon: <FileTextOutlined aria-hidden />, action: 'content:read' },
    { path: '/admin/outreach/content-columns', label: 'nav.outreach.contentColumns', icon: <UnorderedListOutlined aria-hidden />, action: 'content:read' },
    { path: '/admin/outreach/screens', label: 'nav.outreach.screens', icon: <DesktopOutlined aria-hidden />, action: 'content:read' },
  ],
  searchEntities: {
    content: { label: 'content.entity.content', icon: <FileTextOutlined aria-hidden />, link: (id) => `/admin/outreach/contents?view=${id}` },
  },
  auditEntities: { content: 'content.entity.content', column: 'content.entity.column', screen: 'content.entity.screen' },
  auditActions: { publish: 'content.audit.publish', withdraw: 'content.audit.withdraw' },
};
