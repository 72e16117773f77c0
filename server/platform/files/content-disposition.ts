/**
 * `Content-Disposition` for a download with any (Chinese) file name: an ASCII fallback for old clients
 * and the real name in RFC 5987 form (`filename*=UTF-8''…`), which every current browser uses.
 */
export function contentDisposition(fileName: string, type: 'attachment' | 'inline' = 'attachment'): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const name = fileName.replace(/[\u0000-\u001f\u007f/\\]/g, '_') || 'download';
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).replace(/[^\x20-\x7e]/g, '') : '';
  const base = (dot > 0 ? name.slice(0, dot) : name).replace(/[^\x20-\x7e]/g, '_').replace(/["%;\\]/g, '_');
  const fallback = /^_*$/.test(base) ? `download${ext}` : `${base}${ext.replace(/["%;\\]/g, '_')}`;
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 20240501-0930: a sortable stamp for export file names (server local time). */
export function fileStamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}
