import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/context.tsx';
import { useAnnounce } from '../../ui/announce.tsx';

/** A soft two-note chime (WebAudio, no file): quiet, short, no alarm. Silent where audio is unavailable. */
function chime(): void {
  const C = window.AudioContext;
  if (!C) return;
  try {
    const ctx = new C();
    [659.25, 523.25].forEach((hz, i) => {
      const o = ctx.createOscillator();
      const g = ctx.createGain();
      const t0 = ctx.currentTime + i * 0.45;
      o.type = 'sine';
      o.frequency.value = hz;
      g.gain.setValueAtTime(0.0001, t0);
      g.gain.exponentialRampToValueAtTime(0.12, t0 + 0.08);
      g.gain.exponentialRampToValueAtTime(0.0001, t0 + 1.4);
      o.connect(g).connect(ctx.destination);
      o.start(t0);
      o.stop(t0 + 1.5);
    });
    setTimeout(() => void ctx.close(), 2500);
  } catch {
    // No audio output: the display and the screen reader still say the time is up.
  }
}

interface Round {
  title: string;
  /** Running: when it ends (ms since epoch); paused: null. */
  endsAt: number | null;
  /** Paused: the time left. */
  leftMs: number;
  ended: boolean;
}

export interface RoundControl {
  start: (title: string, minutes: number) => void;
  stop: () => void;
  round: Round | null;
}

/** The round's state: started with a topic, ticking once a second, ending once. */
export function useRound(): RoundControl & { setRound: (r: Round | null, at?: number) => void; now: number } {
  const [round, setRoundState] = useState<Round | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const { t } = useI18n();
  const announce = useAnnounce();
  useEffect(() => {
    if (!round || round.endsAt === null || round.ended) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [round]);
  // The display is computed from `now`: it is set with the round, from the same instant.
  const setRound = useCallback((r: Round | null, at = Date.now()) => {
    setNow(at);
    setRoundState(r);
  }, []);
  const start = useCallback(
    (title: string, minutes: number) => {
      const t0 = Date.now();
      setRound({ title, endsAt: t0 + minutes * 60_000, leftMs: minutes * 60_000, ended: false }, t0);
      announce(t('timer.started', { title, n: minutes }));
    },
    [announce, t, setRound],
  );
  return { round, setRound, now, start, stop: () => setRound(null) };
}

const clock = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * The round timer, readable from the back of the room: minutes and seconds in large figures, the
 * topic, pause, "verlängern" by half a round after a show of hands, and restart. Screen readers
 * hear the start and the end only (the timer role is not live); at the end a soft chime sounds
 * if wanted and the display says so in words — nothing flashes.
 */
export function RoundTimer({ control, minutes }: { control: ReturnType<typeof useRound>; minutes: number }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [sound, setSound] = useState(true);
  const { round, setRound, now } = control;
  const left = round ? (round.endsAt === null ? round.leftMs : round.endsAt - now) : minutes * 60_000;
  const ended = useRef(false);
  useEffect(() => {
    if (!round || round.ended || round.endsAt === null || left > 0) {
      ended.current = false;
      return;
    }
    if (ended.current) return;
    ended.current = true;
    setRound({ ...round, ended: true, leftMs: 0 });
    announce(t('timer.ended', { title: round.title }));
    if (sound) chime();
  }, [round, left, setRound, announce, t, sound]);
  const extend = Math.max(1, Math.ceil(minutes / 2));
  const over = round?.ended === true;
  return (
    <section className={`round-timer${over ? ' over' : ''}`} aria-labelledby="runde-titel">
      <h2 id="runde-titel">{round ? t('timer.topic', { title: round.title }) : t('timer.label')}</h2>
      <p role="timer" className="round-clock" aria-label={t('timer.left', { time: clock(left) })}>
        {clock(left)}
      </p>
      <p className="round-state">{over ? t('timer.over') : round ? '' : t('timer.idle')}</p>
      {round && (
        <p className="round-actions">
          {!over && (
            <button
              type="button"
              onClick={() => {
                const at = Date.now();
                setRound(
                  round.endsAt === null
                    ? { ...round, endsAt: at + round.leftMs }
                    : { ...round, endsAt: null, leftMs: Math.max(0, round.endsAt - at) },
                  at,
                );
              }}
            >
              {round.endsAt === null ? t('timer.resume') : t('timer.pause')}
            </button>
          )}{' '}
          <button
            type="button"
            onClick={() => {
              const at = Date.now();
              const base = over ? 0 : round.endsAt === null ? round.leftMs : Math.max(0, round.endsAt - at);
              const paused = !over && round.endsAt === null;
              const leftMs = base + extend * 60_000;
              setRound({ ...round, ended: false, leftMs, endsAt: paused ? null : at + leftMs }, at);
            }}
          >
            {t('timer.extend', { n: extend })}
          </button>{' '}
          <button type="button" onClick={() => control.start(round.title, minutes)}>
            {t('timer.restart')}
          </button>
        </p>
      )}
      <p className="round-sound">
        <label>
          <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} />{' '}
          {t('timer.sound')}
        </label>
      </p>
    </section>
  );
}
