import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyMeeting } from '../../domain/meeting/topics.ts';
import { followingMeeting } from '../../domain/meeting/board.ts';
import type { Meeting, MeetingKnowledge } from '../../domain/meeting/meeting.ts';
import {
  ARCHIVE_LIMIT,
  readMeetings,
  writeArchive,
  writeCurrent,
  type ArchivedMeeting,
} from '../../data/meetingStore.ts';

/** Today as YYYY-MM-DD in the browser's time zone. */
export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export interface Meetings {
  ready: boolean;
  meeting: Meeting;
  /** Changed since it was last saved as a file or opened from one. */
  unsaved: boolean;
  archive: ArchivedMeeting[];
  damaged: number;
  /** When the meeting was last written to this browser's storage. */
  savedAt: Date | null;
  change: (f: (m: Meeting) => Meeting) => void;
  /** The meeting was written to a file: nothing unsaved any more. */
  markSaved: () => void;
  /** Replaces the current meeting (opened from a file or the archive); `keep` archives the current one first. */
  replace: (m: Meeting, opts: { keep: boolean; unsaved: boolean }) => void;
  /** The current meeting goes to the archive; the next one takes over its Themenspeicher. */
  next: () => Meeting;
  removeArchived: (id: string) => void;
  /** Opens an earlier meeting; the current one takes its place among the earlier ones. */
  openArchived: (id: string) => void;
}

const AUTOSAVE_MS = 400;

/**
 * What this page last had (the board is a full-screen layout of its own, so going from the
 * preparation to the board mounts the meeting anew): it continues at once from here instead of
 * reading back what it is still writing.
 */
let kept: { meeting: Meeting; unsaved: boolean; archive: ArchivedMeeting[]; damaged: number } | null = null;

/**
 * The meeting being edited and the earlier ones, autosaved to this browser's IndexedDB while
 * editing (a moment after the last change, and when the page is hidden) and nowhere else.
 */
export function useMeetings(k: MeetingKnowledge, defaultTitle: string): Meetings {
  const [ready, setReady] = useState(kept !== null);
  const [meeting, setMeeting] = useState<Meeting>(() => kept?.meeting ?? emptyMeeting(today(), defaultTitle));
  const [unsaved, setUnsaved] = useState(kept?.unsaved ?? false);
  const [archive, setArchive] = useState<ArchivedMeeting[]>(kept?.archive ?? []);
  const [damaged, setDamaged] = useState(kept?.damaged ?? 0);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const dirty = useRef(false);
  const latest = useRef({ meeting, unsaved });
  useEffect(() => {
    latest.current = { meeting, unsaved };
  });

  useEffect(() => {
    kept = { meeting, unsaved, archive, damaged };
  }, [meeting, unsaved, archive, damaged]);
  useEffect(() => {
    if (kept && ready) return;
    let live = true;
    void readMeetings(k).then((r) => {
      if (!live) return;
      if (r.current) {
        setMeeting(r.current.meeting);
        setUnsaved(r.current.unsaved);
      }
      setArchive(r.archive);
      setDamaged(r.damaged);
      setReady(true);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once; the knowledge is fixed
  }, []);

  const flush = useCallback(() => {
    if (!dirty.current) return;
    dirty.current = false;
    void writeCurrent(latest.current).then(() => setSavedAt(new Date()));
  }, []);
  useEffect(() => {
    if (!ready || !dirty.current) return;
    const timer = setTimeout(flush, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [ready, meeting, unsaved, flush]);
  useEffect(() => {
    const hide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', hide);
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      document.removeEventListener('visibilitychange', hide);
      window.removeEventListener('pagehide', flush);
    };
  }, [flush]);

  const change = useCallback((f: (m: Meeting) => Meeting) => {
    setMeeting((m) => {
      const next = f(m);
      if (next !== m) {
        dirty.current = true;
        setUnsaved(true);
      }
      return next;
    });
  }, []);
  const storeArchive = (list: ArchivedMeeting[]) => {
    const kept = list.slice(0, ARCHIVE_LIMIT);
    setArchive(kept);
    void writeArchive(kept);
  };
  const archived = (m: Meeting): ArchivedMeeting => ({
    id: `${m.datum || 'ohne-datum'}-${Date.now().toString(36)}`,
    meeting: m,
  });
  return {
    ready,
    meeting,
    unsaved,
    archive,
    damaged,
    savedAt,
    change,
    markSaved: () => {
      dirty.current = true;
      setUnsaved(false);
    },
    replace: (m, { keep, unsaved: u }) => {
      if (keep) storeArchive([archived(latest.current.meeting), ...archive]);
      dirty.current = true;
      setMeeting(m);
      setUnsaved(u);
    },
    next: () => {
      const current = latest.current.meeting;
      const after = followingMeeting(current);
      // Without a next date set the following meeting is dated today, to be changed.
      const following = after.datum ? after : { ...after, datum: today() };
      storeArchive([archived(current), ...archive]);
      dirty.current = true;
      setMeeting(following);
      setUnsaved(true);
      return following;
    },
    removeArchived: (id) => storeArchive(archive.filter((a) => a.id !== id)),
    openArchived: (id) => {
      const a = archive.find((x) => x.id === id);
      if (!a) return;
      storeArchive([archived(latest.current.meeting), ...archive.filter((x) => x.id !== id)]);
      dirty.current = true;
      setMeeting(a.meeting);
      setUnsaved(false);
    },
  };
}
