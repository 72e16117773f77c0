import type { MouseEvent, ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

/**
 * A record's name in a list: a real link (role link, an href that opens the record's view in a new tab)
 * that opens the record in place on a plain click. Typography.Link without href had no link role and
 * could not be opened in a new tab.
 */
export function RecordLink({ view, onOpen, children }: { view: number | string; onOpen: () => void; children: ReactNode }) {
  const { pathname, search } = useLocation();
  const params = new URLSearchParams(search);
  params.set('view', String(view));
  const open = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return; // new tab / window: the browser's
    e.preventDefault();
    onOpen();
  };
  return (
    <Link to={`${pathname}?${params}`} onClick={open}>
      {children}
    </Link>
  );
}
