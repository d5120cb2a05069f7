import { DateTime, IANAZone } from 'luxon';
import { memoizedZone } from './memoizedZone';

describe('memoizedZone', () => {
  it.each([
    // Both US switches of 2026, and Lord Howe's half-hour DST shift.
    ['America/Los_Angeles', '2026-03-08T09:00:00Z'],
    ['America/Los_Angeles', '2026-11-01T08:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T14:30:00Z'],
  ])(
    'gives the offsets of %s around %s that luxon computes itself',
    (name, switchAt) => {
      const zone = memoizedZone(name);
      const reference = IANAZone.create(name);
      const middle = Date.parse(switchAt);
      for (
        let ts = middle - 3 * 3600_000;
        ts <= middle + 3 * 3600_000;
        ts += 60_000
      ) {
        // Twice: once computed, once from the memory.
        expect(zone.offset(ts)).toBe(reference.offset(ts));
        expect(zone.offset(ts)).toBe(reference.offset(ts));
      }
    },
  );

  it('lets luxon build local times across a switch as with the plain zone', () => {
    const local = { year: 2026, month: 3, day: 8, hour: 3, minute: 30 };
    expect(
      DateTime.fromObject(local, {
        zone: memoizedZone('America/Los_Angeles'),
      }).toISO(),
    ).toBe(DateTime.fromObject(local, { zone: 'America/Los_Angeles' }).toISO());
    expect(memoizedZone('America/Los_Angeles')).toBe(
      memoizedZone('America/Los_Angeles'),
    );
    expect(memoizedZone('America/Los_Angeles').name).toBe(
      'America/Los_Angeles',
    );
  });
});
