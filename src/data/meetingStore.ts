import { createStore, del, get, set } from 'idb-keyval';
import {
  meetingFile,
  parseMeetingFile,
  type Meeting,
  type MeetingKnowledge,
} from '../domain/meeting/meeting.ts';

/**
 * The Beirat's meetings, kept in this browser's IndexedDB (idb-keyval) and nowhere else: the meeting
 * being edited (autosaved) and the earlier ones (the archive the topic index and the next meeting's
 * Themenspeicher read). Each is stored as its file text and read back through the file's parser,
 * so a damaged entry is reported and skipped, never trusted.
 */
// One connection for the page: reads and writes then run in the order they were asked for (a view
// opened right after an edit reads what the edit wrote).
let shared: ReturnType<typeof createStore> | undefined;
const store = () => (shared ??= createStore('qx-sitzungen', 'sitzungen'));
const CURRENT = 'aktuell';
const ARCHIVE = 'archiv';
/** Earlier meetings kept (about three a year: more than fifteen years). */
export const ARCHIVE_LIMIT = 50;

export interface StoredCurrent {
  meeting: Meeting;
  /** Changed since it was last saved as a file or opened from one. */
  unsaved: boolean;
}

export interface ArchivedMeeting {
  id: string;
  meeting: Meeting;
}

interface RawCurrent {
  text: string;
  unsaved: boolean;
}
interface RawArchived {
  id: string;
  text: string;
}

const available = () => typeof indexedDB !== 'undefined';

export interface MeetingsRead {
  current: StoredCurrent | null;
  archive: ArchivedMeeting[];
  /** Entries that could not be read back (reported, not used). */
  damaged: number;
}

export async function readMeetings(k: MeetingKnowledge): Promise<MeetingsRead> {
  if (!available()) return { current: null, archive: [], damaged: 0 };
  let damaged = 0;
  const parse = (text: unknown): Meeting | null => {
    if (typeof text !== 'string') return (damaged++, null);
    const r = parseMeetingFile(text, k);
    return r.ok ? r.meeting : (damaged++, null);
  };
  try {
    const [cur, arch] = await Promise.all([
      get<RawCurrent>(CURRENT, store()),
      get<RawArchived[]>(ARCHIVE, store()),
    ]);
    const meeting = cur === undefined ? null : parse(cur?.text);
    const archive = (Array.isArray(arch) ? arch : []).flatMap((a) => {
      const m = parse(a?.text);
      return m && typeof a.id === 'string' ? [{ id: a.id, meeting: m }] : [];
    });
    return {
      current: meeting ? { meeting, unsaved: cur?.unsaved === true } : null,
      archive,
      damaged,
    };
  } catch {
    return { current: null, archive: [], damaged: 0 };
  }
}

export async function writeCurrent(c: StoredCurrent | null): Promise<void> {
  if (!available()) return;
  if (c) await set(CURRENT, { text: meetingFile(c.meeting), unsaved: c.unsaved }, store());
  else await del(CURRENT, store());
}

export async function writeArchive(list: readonly ArchivedMeeting[]): Promise<void> {
  if (!available()) return;
  const raw: RawArchived[] = list
    .slice(0, ARCHIVE_LIMIT)
    .map((a) => ({ id: a.id, text: meetingFile(a.meeting) }));
  await set(ARCHIVE, raw, store());
}
