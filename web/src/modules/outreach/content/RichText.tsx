import type { CSSProperties } from 'react';

/**
 * A content body as the server sanitized it (sanitize-html allow-list on save and again on the way out):
 * formatting tags, links with rel=noopener, images from http(s) or our uploads; no script, style or on*.
 * The only place the content pages put HTML into the page.
 */
export function RichText({ html, fontSize = 16, style, className = 'kx-rich-text' }: { html: string; fontSize?: number; style?: CSSProperties; className?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the server sanitized it (allow-list, see server/modules/outreach/content/content.sanitize.ts)
  return <div className={className} style={{ fontSize, lineHeight: 1.8, overflowWrap: 'anywhere', ...style }} dangerouslySetInnerHTML={{ __html: html }} />;
}
