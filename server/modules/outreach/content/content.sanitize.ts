import sanitizeHtml from 'sanitize-html';

// Every rich-text body is sanitized on the server when it is saved (and again when a channel renders it,
// so rows written before a rule changed cannot slip through). Allow-list only: formatting tags, links to
// http(s)/mailto with rel=noopener, images from http(s) or our own uploads (/api/v1/files/<id>), tables.
// No style attribute, no class, no on* handler, no javascript: or data: URL (data:image too: images are
// uploaded through /api/v1/files, so a pasted data: image is dropped rather than stored inline).

/** Our own uploads, as the editor inserts them. */
export const FILE_URL_RE = /^\/api\/v1\/files\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** A URL a content field may hold (cover, poster, images, video): http(s), or one of our uploads. */
export function isSafeUrl(url: string, opts: { allowFiles?: boolean } = { allowFiles: true }): boolean {
  const u = url.trim();
  if (opts.allowFiles !== false && FILE_URL_RE.test(u)) return true;
  try {
    const parsed = new URL(u);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && !/[\s<>"']/.test(u);
  } catch {
    return false;
  }
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'figure',
    'figcaption',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'hr',
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // script/style bodies go with their tags (sanitize-html's default nonTextTags)
  transformTags: {
    b: 'strong',
    i: 'em',
    a: (tagName, attribs) => {
      const href = attribs.href?.trim() ?? '';
      const external = /^https?:/i.test(href);
      return {
        tagName,
        attribs: { ...(href ? { href } : {}), rel: 'noopener noreferrer', ...(external ? { target: '_blank' } : {}) },
      };
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !isSafeImgSrc(frame.attribs.src ?? ''),
};

function isSafeImgSrc(src: string): boolean {
  return isSafeUrl(src);
}

/** The sanitized form of a rich-text body. */
export function sanitizeBody(html: string): string {
  // sanitize-html leaves relative srcs alone; exclusiveFilter drops any img not http(s) or an upload.
  return sanitizeHtml(html, OPTIONS).trim();
}

/** The text of a body (for summaries, search and the big screen's plain mode). */
export function bodyText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|h[2-4]|li|blockquote|figcaption|tr)>/gi, '$&\n'), { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** Upload ids a body and the content's URL fields refer to. */
export function referencedFileIds(body: string, urls: Array<string | null | undefined>): string[] {
  const ids = new Set<string>();
  for (const m of body.matchAll(/\/api\/v1\/files\/([0-9a-f-]{36})/gi)) ids.add(m[1].toLowerCase());
  for (const u of urls) {
    const m = u ? FILE_URL_RE.exec(u.trim()) : null;
    if (m) ids.add(m[1].toLowerCase());
  }
  return [...ids];
}

/** Public channels serve uploads through the published-content file route. */
export function publicFileUrls(html: string): string {
  return html.replace(/\/api\/v1\/files\/([0-9a-f-]{36})/gi, '/api/v1/public/content-files/$1');
}

export function publicUrl(url: string | null): string | null {
  if (!url) return null;
  const m = FILE_URL_RE.exec(url);
  return m ? `/api/v1/public/content-files/${m[1]}` : url;
}

/** Escapes text for HTML (the WeChat export builds its HTML by hand). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const WECHAT_STYLES: Record<string, string> = {
  p: 'margin:0 0 1em;line-height:1.75;font-size:16px;color:#333;',
  h2: 'margin:1.2em 0 0.6em;font-size:20px;font-weight:bold;color:#1f4e8c;line-height:1.4;',
  h3: 'margin:1em 0 0.5em;font-size:18px;font-weight:bold;color:#1f4e8c;line-height:1.4;',
  h4: 'margin:1em 0 0.5em;font-size:16px;font-weight:bold;color:#333;line-height:1.4;',
  strong: 'font-weight:bold;',
  em: 'font-style:italic;',
  u: 'text-decoration:underline;',
  s: 'text-decoration:line-through;',
  blockquote: 'margin:1em 0;padding:8px 12px;border-left:4px solid #1f4e8c;background:#f4f7fb;color:#555;',
  ul: 'margin:0 0 1em;padding-left:1.5em;',
  ol: 'margin:0 0 1em;padding-left:1.5em;',
  li: 'margin:0.3em 0;line-height:1.75;font-size:16px;color:#333;',
  a: 'color:#1f4e8c;text-decoration:underline;',
  img: 'max-width:100%;height:auto;display:block;margin:0.8em auto;',
  figure: 'margin:1em 0;',
  figcaption: 'text-align:center;font-size:14px;color:#888;',
  table: 'border-collapse:collapse;width:100%;margin:0 0 1em;',
  th: 'border:1px solid #ccc;padding:6px;background:#f4f7fb;font-weight:bold;',
  td: 'border:1px solid #ccc;padding:6px;',
  hr: 'border:none;border-top:1px solid #ddd;margin:1.5em 0;',
};

/**
 * The body as 公众号 editors accept it: the same allow-list, then an inline style on every element (no
 * class, no <style>), uploads rewritten to absolute public URLs.
 */
export function wechatBody(html: string, origin: string): string {
  const absolute = (u: string) => {
    const pub = publicUrl(u) ?? u;
    return pub.startsWith('/') ? `${origin}${pub}` : pub;
  };
  return sanitizeHtml(sanitizeBody(html), {
    ...OPTIONS,
    allowedAttributes: { ...OPTIONS.allowedAttributes, '*': ['style'] },
    allowedStyles: undefined,
    transformTags: Object.fromEntries(
      Object.entries(WECHAT_STYLES).map(([tag, style]) => [
        tag,
        (tagName: string, attribs: sanitizeHtml.Attributes) => {
          const out: sanitizeHtml.Attributes = { ...attribs, style };
          if (tag === 'img' && attribs.src) out.src = absolute(attribs.src);
          if (tag === 'a') delete out.target;
          return { tagName, attribs: out };
        },
      ]),
    ),
    // our uploads become absolute: only http(s) remains
    exclusiveFilter: (frame) => frame.tag === 'img' && !isSafeUrl(frame.attribs.src ?? '', { allowFiles: false }),
  });
}
