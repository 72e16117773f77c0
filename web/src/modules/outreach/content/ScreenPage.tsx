import { useCallback, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { fetchPlaylist, type TPlaylist } from './api';
import { RichText } from './RichText';

// 科普大屏 kiosk (no login, no portal frame): a 1920×1080 stage scaled to the window, rotating through
// the content published to this screen, with a clock. It asks for its playlist every minute and keeps the
// last answer in localStorage, so a network loss (or a restart while offline) still shows content.

export const POLL_MS = 60_000;
const W = 1920;
const H = 1080;
export const playlistStorageKey = (code: string) => `kexie.screen.${code}`;

function readStored(code: string): TPlaylist | null {
  try {
    const raw = localStorage.getItem(playlistStorageKey(code));
    return raw ? (JSON.parse(raw) as TPlaylist) : null;
  } catch {
    return null;
  }
}

function useStageScale() {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const fitStage = () => setScale(Math.min(window.innerWidth / W, window.innerHeight / H) || 1);
    fitStage();
    window.addEventListener('resize', fitStage);
    return () => window.removeEventListener('resize', fitStage);
  }, []);
  return scale;
}

function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  const time = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(now);
  const date = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }).format(now);
  return (
    <time style={{ textAlign: 'right', display: 'block' }} dateTime={now.toISOString()}>
      <div style={{ fontSize: 64, fontWeight: 700, fontVariantNumeric: 'tabular-nums', lineHeight: 1 }}>{time}</div>
      <div style={{ fontSize: 26, opacity: 0.8, marginTop: 8 }}>{date}</div>
    </time>
  );
}

export default function ScreenPage() {
  const t = useT();
  const { code = '' } = useParams();
  const [playlist, setPlaylist] = useState<TPlaylist | null>(() => readStored(code));
  const [offline, setOffline] = useState(false);
  const [missing, setMissing] = useState(false);
  const [index, setIndex] = useState(0);
  const scale = useStageScale();
  const aborter = useRef<AbortController | null>(null);

  const load = useCallback(async () => {
    aborter.current?.abort();
    const ctl = new AbortController();
    aborter.current = ctl;
    try {
      const next = await fetchPlaylist(code, ctl.signal);
      setPlaylist(next);
      setOffline(false);
      setMissing(false);
      try {
        localStorage.setItem(playlistStorageKey(code), JSON.stringify(next));
      } catch {
        // storage full or disabled: the screen still plays what it has in memory
      }
    } catch (err) {
      if ((err as Error)?.name === 'AbortError') return;
      const status = (err as { status?: number }).status;
      if (status === 404) setMissing(true);
      setOffline(true);
    }
  }, [code]);

  useEffect(() => {
    void load();
    const id = setInterval(() => void load(), POLL_MS);
    return () => {
      clearInterval(id);
      aborter.current?.abort();
    };
  }, [load]);

  const items = playlist?.items ?? [];
  const seconds = Math.max(5, playlist?.screen.rotateSeconds ?? 20);
  useEffect(() => {
    if (items.length < 2) return;
    const id = setInterval(() => setIndex((i) => (i + 1) % items.length), seconds * 1000);
    return () => clearInterval(id);
  }, [items.length, seconds]);

  const item = items.length ? items[index % items.length] : null;

  return (
    <div style={{ position: 'fixed', inset: 0, background: '#061a3a', overflow: 'hidden' }}>
      <main
        data-testid="screen-stage"
        style={{
          width: W,
          height: H,
          transform: `scale(${scale})`,
          transformOrigin: 'top left',
          color: '#fff',
          background: 'linear-gradient(135deg, #0b2e66 0%, #061a3a 70%)',
          display: 'flex',
          flexDirection: 'column',
          padding: '48px 72px',
          boxSizing: 'border-box',
          fontFamily: '"PingFang SC", "Microsoft YaHei", sans-serif',
        }}
      >
        <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' }}>
          <div>
            <div style={{ fontSize: 30, letterSpacing: 6, color: '#7fc4ff' }}>{t('content.screen.brand')}</div>
            <div style={{ fontSize: 40, fontWeight: 700, marginTop: 8 }}>{playlist?.screen.name ?? code}</div>
          </div>
          <Clock />
        </header>
        <section style={{ flex: 1, display: 'flex', gap: 56, marginTop: 40, minHeight: 0 }}>
          {item ? (
            <article key={item.id} aria-live="polite" style={{ flex: 1, display: 'flex', gap: 56, minHeight: 0 }}>
              {item.kind === 'video' && item.videoUrl ? (
                <video
                  src={item.videoUrl}
                  poster={item.posterUrl ?? undefined}
                  autoPlay
                  muted
                  loop
                  playsInline
                  style={{ width: 960, height: 540, background: '#000', borderRadius: 12, alignSelf: 'center' }}
                />
              ) : item.coverUrl ? (
                <img src={item.coverUrl} alt="" style={{ width: 720, height: 540, objectFit: 'cover', borderRadius: 12, alignSelf: 'center' }} />
              ) : null}
              <div style={{ flex: 1, minWidth: 0, overflow: 'hidden' }}>
                {item.columnName ? <div style={{ fontSize: 30, color: '#ffd666', marginBottom: 16 }}>{item.columnName}</div> : null}
                <h1 style={{ fontSize: 72, lineHeight: 1.25, margin: '0 0 28px' }}>{item.title}</h1>
                {item.summary ? <p style={{ fontSize: 36, lineHeight: 1.6, opacity: 0.9, margin: '0 0 24px' }}>{item.summary}</p> : null}
                {/* server-sanitized HTML (allow-list), large type */}
                <RichText className="kx-screen-body" html={item.body} fontSize={34} style={{ lineHeight: 1.7 }} />
              </div>
            </article>
          ) : (
            <div style={{ margin: 'auto', fontSize: 48, opacity: 0.8 }}>{missing && !playlist ? t('content.screen.unknown') : t('content.screen.empty')}</div>
          )}
        </section>
        <footer style={{ display: 'flex', justifyContent: 'space-between', fontSize: 26, opacity: 0.75 }}>
          <span>{items.length ? `${(index % items.length) + 1} / ${items.length}` : ''}</span>
          <span role="status">{offline ? t('content.screen.offline') : (playlist?.screen.location ?? '')}</span>
        </footer>
      </main>
    </div>
  );
}
