import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AreaKey } from '../../src/domain/ids.ts';
import type { MeetingKnowledge } from '../../src/domain/meeting/meeting.ts';
import { addCard, emptyMeeting } from '../../src/domain/meeting/topics.ts';

// idb-keyval over a Map: what the store writes is read back through the file's parser.
const db = new Map<string, unknown>();
vi.mock('idb-keyval', () => ({
  createStore: () => 'store',
  get: (key: string) => Promise.resolve(db.get(key)),
  set: (key: string, value: unknown) => Promise.resolve(void db.set(key, structuredClone(value))),
  del: (key: string) => Promise.resolve(void db.delete(key)),
}));
const { ARCHIVE_LIMIT, readMeetings, writeArchive, writeCurrent } =
  await import('../../src/data/meetingStore.ts');

const k: MeetingKnowledge = {
  areaKey: (s) => (s === '231' ? (s as AreaKey) : undefined),
  fields: new Set(['versorgung']),
};
const meeting = addCard(emptyMeeting('2026-12-09', 'Sitzung'), {
  titel: 'Nahversorgung Surheide',
  gebiete: ['231' as AreaKey],
  handlungsfeld: 'versorgung',
  ansicht: 'ansicht=karte&gebiet=231',
});

describe('meeting store', () => {
  beforeEach(() => {
    db.clear();
    vi.stubGlobal('indexedDB', {});
  });

  it('reads back the current meeting and the archive as written', async () => {
    await writeCurrent({ meeting, unsaved: true });
    await writeArchive([{ id: 'a1', meeting: { ...meeting, datum: '2026-06-01' } }]);
    const r = await readMeetings(k);
    expect(r.current).toEqual({ meeting, unsaved: true });
    expect(r.archive.map((a) => [a.id, a.meeting.datum])).toEqual([['a1', '2026-06-01']]);
    expect(r.damaged).toBe(0);
  });

  it('skips and counts damaged entries instead of trusting them', async () => {
    db.set('aktuell', { text: '{"format":"quartiersexplorer-sitzung","titel":""}', unsaved: false });
    db.set('archiv', [
      { id: 'x', text: 42 },
      { id: 'y', text: 'kein json' },
    ]);
    const r = await readMeetings(k);
    expect(r).toEqual({ current: null, archive: [], damaged: 3 });
  });

  it('keeps at most the archive limit and clears the current meeting', async () => {
    await writeArchive(Array.from({ length: ARCHIVE_LIMIT + 5 }, (_, i) => ({ id: `m${i}`, meeting })));
    await writeCurrent(null);
    const r = await readMeetings(k);
    expect(r.archive).toHaveLength(ARCHIVE_LIMIT);
    expect(r.current).toBeNull();
  });

  it('holds nothing where the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await writeCurrent({ meeting, unsaved: false });
    expect(db.size).toBe(0);
    expect(await readMeetings(k)).toEqual({ current: null, archive: [], damaged: 0 });
  });
});
