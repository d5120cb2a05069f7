import { IANAZone, Zone, ZoneOffsetFormat, ZoneOffsetOptions } from 'luxon';

/** Bounds the memory of a zone's memoised offsets; the cache starts afresh beyond it. */
const maxCachedOffsets = 100_000;

/**
 * An IANA time zone whose UTC offsets luxon computes once per instant. Luxon asks the Intl API
 * for the offset of every date it builds; deadlines over many tickets keep asking about the same
 * openings and closings, and those answers were most of their cost. Offsets, DST rules included,
 * still come from luxon's IANA zone.
 */
class MemoizedZone extends Zone {
  private readonly offsets = new Map<number, number>();

  constructor(private readonly zone: IANAZone) {
    super();
  }

  get type() {
    return this.zone.type;
  }
  get name() {
    return this.zone.name;
  }
  get isUniversal() {
    return this.zone.isUniversal;
  }
  get isValid() {
    return this.zone.isValid;
  }
  offsetName(ts: number, options: ZoneOffsetOptions) {
    return this.zone.offsetName(ts, options);
  }
  formatOffset(ts: number, format: ZoneOffsetFormat) {
    return this.zone.formatOffset(ts, format);
  }
  offset(ts: number): number {
    let offset = this.offsets.get(ts);
    if (offset === undefined) {
      if (this.offsets.size >= maxCachedOffsets) this.offsets.clear();
      offset = this.zone.offset(ts);
      this.offsets.set(ts, offset);
    }
    return offset;
  }
  equals(other: Zone): boolean {
    return other.type === this.type && other.name === this.name;
  }
}

const zones = new Map<string, Zone>();

/** The zone of an IANA name, one instance per name for the whole process. */
export function memoizedZone(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) {
    zone = new MemoizedZone(IANAZone.create(name));
    zones.set(name, zone);
  }
  return zone;
}
