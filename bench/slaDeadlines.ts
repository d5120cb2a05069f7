// Benchmark of our business-hours deadline engine (addBusinessMinutes of
// mpk-common: Mon-Fri 08:00-17:00 America/Los_Angeles, closed on observed US
// federal holidays) against the npm library dayjs-business-time configured with
// the same calendar, on the same generated tickets in the same run. It reports
// how many deadlines agree, why the others differ (one example per cause), and
// the median time of each engine over alternating rounds.
// Run with TZ=America/Los_Angeles (bench/run does): dayjs counts in the
// process's own time zone.
import dayjs, { BusinessHoursMap } from 'dayjs';
import businessTime from 'dayjs-business-time';
import baselinePackage from 'dayjs-business-time/package.json';
import { DateTime } from 'luxon';
import {
  addBusinessMinutes,
  DEFAULT_SUPPORT_CALENDAR,
} from '@mpk-portal/plugin-mpk-common';
import {
  BenchTicket,
  generateTickets,
  LOW_TARGET_MINUTES,
  NORMAL_TARGET_MINUTES,
} from './slaDeadlineTickets';

const calendar = DEFAULT_SUPPORT_CALENDAR;
const ticketCount = Number(process.env.MPK_BENCH_TICKETS ?? 100_000);
const rounds = Number(process.env.MPK_BENCH_ROUNDS ?? 5);
const firstYear = 2026;
const lastYear = 2028;
const baselineName = `dayjs-business-time ${baselinePackage.version}`;

const processTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
if (processTimeZone !== calendar.timeZone) {
  console.error(
    `bench/slaDeadlines.ts must run with TZ=${calendar.timeZone} (this ` +
      `process is in ${processTimeZone}): dayjs-business-time counts ` +
      'business hours in the local time zone, so its deadlines would be ' +
      'meaningless.',
  );
  process.exit(1);
}
if (!(ticketCount > 0 && rounds > 0)) {
  throw new Error('MPK_BENCH_TICKETS and MPK_BENCH_ROUNDS must be positive');
}

const weekdayNames = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

function configureBaseline(holidayDates: string[]) {
  dayjs.extend(businessTime);
  const hours = [
    { start: `${calendar.opens}:00`, end: `${calendar.closes}:00` },
  ];
  const businessHours = Object.fromEntries(
    weekdayNames.map((name, index) => [
      name,
      calendar.workdays.includes(index + 1) ? hours : null,
    ]),
  ) as unknown as BusinessHoursMap;
  dayjs.setBusinessTime(businessHours);
  dayjs.setHolidays(holidayDates);
}

// A deadline can run into January after the last year, and 1 January on a
// Saturday is observed on 31 December, which is in the next year's list.
const holidayDates = [
  ...new Set(
    Array.from({ length: lastYear - firstYear + 2 }, (_, i) =>
      calendar.holidays(firstYear + i).map(holiday => holiday.date),
    ).flat(),
  ),
].sort();
configureBaseline(holidayDates);

const tickets = generateTickets({
  count: ticketCount,
  firstYear,
  lastYear,
  timeZone: calendar.timeZone,
});

// Each engine writes due instants (epoch ms) into its own array, so both do
// the same bookkeeping and the comparison needs no object allocation.
const ourDue = new Float64Array(tickets.length);
const baselineDue = new Float64Array(tickets.length);

function runOurs(): void {
  for (let i = 0; i < tickets.length; i++) {
    const { opened, targetMinutes } = tickets[i];
    ourDue[i] = addBusinessMinutes(opened, targetMinutes).due.getTime();
  }
}

function runBaseline(): void {
  for (let i = 0; i < tickets.length; i++) {
    const { opened, targetMinutes } = tickets[i];
    baselineDue[i] = dayjs(opened).addBusinessMinutes(targetMinutes).valueOf();
  }
}

function timeMs(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
};

const ourTimes: number[] = [];
const baselineTimes: number[] = [];
for (let round = 0; round < rounds; round++) {
  // Alternating which engine goes first spreads warm-up and GC debt evenly.
  if (round % 2 === 0) {
    ourTimes.push(timeMs(runOurs));
    baselineTimes.push(timeMs(runBaseline));
  } else {
    baselineTimes.push(timeMs(runBaseline));
    ourTimes.push(timeMs(runOurs));
  }
}

const local = (epochMs: number) =>
  DateTime.fromMillis(epochMs, { zone: calendar.timeZone });
const show = (epochMs: number) =>
  local(epochMs).toFormat('ccc yyyy-MM-dd HH:mm:ss');
const count = (n: number) => n.toLocaleString('en-US');

function describe(ticket: BenchTicket, index: number): string {
  return (
    `opened ${show(ticket.opened.getTime())}, ${ticket.targetMinutes} min: ` +
    `ours ${show(ourDue[index])}, library ${show(baselineDue[index])}`
  );
}

interface DifferenceClass {
  label: string;
  reason: string;
  applies(ticket: BenchTicket, index: number): boolean;
  count: number;
  example?: string;
  largestGapSeconds: number;
}

const openedSeconds = (ticket: BenchTicket) =>
  (ticket.opened.getTime() % 60_000) / 1000;

// Ordered: a difference goes to the first class whose cause explains it
// exactly; the last class catches whatever nothing explains.
const differenceClasses: DifferenceClass[] = [
  {
    label: 'part-minute',
    reason:
      'opened inside business hours at a time with seconds and counted past ' +
      'a closing time: the library counts whole minutes and drops the ' +
      'part-minute before closing, so its deadline is later by 60 s minus ' +
      'those seconds',
    applies: (ticket, index) => {
      const seconds = openedSeconds(ticket);
      return (
        seconds !== 0 &&
        baselineDue[index] - ourDue[index] === (60 - seconds) * 1000
      );
    },
    count: 0,
    largestGapSeconds: 0,
  },
  {
    label: 'unexplained',
    reason: 'not explained by any known cause',
    applies: () => true,
    count: 0,
    largestGapSeconds: 0,
  },
];

const holidaySet = new Set(holidayDates);
function spansHoliday(ticket: BenchTicket, index: number): boolean {
  const lastDay = local(ourDue[index]).toISODate()!;
  for (
    let day = local(ticket.opened.getTime());
    day.toISODate()! <= lastDay;
    day = day.plus({ days: 1 })
  ) {
    if (holidaySet.has(day.toISODate()!)) return true;
  }
  return false;
}

// Inputs where the two models could plausibly part ways: report how many there
// were and how many of them agree, so a match is shown, not assumed; the
// others are counted under the class that explains them.
const riskyInputs = [
  {
    label: 'opened outside business hours',
    applies: (ticket: BenchTicket) => {
      const opened = local(ticket.opened.getTime());
      const time = opened.toFormat('HH:mm:ss.SSS');
      return (
        !calendar.workdays.includes(opened.weekday) ||
        holidaySet.has(opened.toISODate()!) ||
        time < `${calendar.opens}:00.000` ||
        time >= `${calendar.closes}:00.000`
      );
    },
  },
  {
    label: 'due exactly at closing time',
    applies: (_: BenchTicket, index: number) => {
      const due = local(ourDue[index]);
      return due.toFormat('HH:mm:ss.SSS') === `${calendar.closes}:00.000`;
    },
  },
  {
    label: 'counted across a DST switch',
    applies: (ticket: BenchTicket, index: number) =>
      local(ticket.opened.getTime()).offset !== local(ourDue[index]).offset,
  },
  {
    label: 'counted across an observed holiday',
    applies: spansHoliday,
  },
].map(input => ({
  ...input,
  total: 0,
  identical: 0,
  differing: new Map<DifferenceClass, number>(),
}));

let identical = 0;
tickets.forEach((ticket, index) => {
  const same = ourDue[index] === baselineDue[index];
  const difference = same
    ? undefined
    : differenceClasses.find(c => c.applies(ticket, index))!;
  for (const input of riskyInputs.filter(i => i.applies(ticket, index))) {
    input.total++;
    if (difference) {
      input.differing.set(
        difference,
        (input.differing.get(difference) ?? 0) + 1,
      );
    } else {
      input.identical++;
    }
  }
  if (!difference) {
    identical++;
    return;
  }
  difference.count++;
  difference.example ??= describe(ticket, index);
  difference.largestGapSeconds = Math.max(
    difference.largestGapSeconds,
    Math.abs(baselineDue[index] - ourDue[index]) / 1000,
  );
});

const normalCount = tickets.filter(
  t => t.targetMinutes === NORMAL_TARGET_MINUTES,
).length;
const ourMs = median(ourTimes);
const baselineMs = median(baselineTimes);

console.log(
  `SLA deadlines: ${count(tickets.length)} tickets ` +
    `(${count(normalCount)} x ${NORMAL_TARGET_MINUTES} min, ` +
    `${count(tickets.length - normalCount)} x ${LOW_TARGET_MINUTES} min), ` +
    `${firstYear}-${lastYear}, ${calendar.timeZone}`,
);
console.log(
  `identical deadlines: ${count(identical)} / ${count(tickets.length)}`,
);
for (const difference of differenceClasses.filter(c => c.count > 0)) {
  console.log(
    `differences: ${count(difference.count)}  ${difference.reason} ` +
      `(at most ${difference.largestGapSeconds} s; e.g. ${difference.example})`,
  );
}
const describeRiskyInput = (input: (typeof riskyInputs)[number]) => {
  const parts = [`${count(input.identical)} identical`];
  for (const [difference, n] of input.differing) {
    parts.push(`${count(n)} ${difference.label}`);
  }
  return `${input.label} ${count(input.total)} (${parts.join(', ')})`;
};
console.log(
  `inputs that could differ: ${riskyInputs.map(describeRiskyInput).join('; ')}`,
);
console.log(
  `timed: ours = addBusinessMinutes(Date, minutes) with its explanation; ` +
    `baseline = dayjs(Date).addBusinessMinutes(minutes); median of ${rounds} ` +
    `alternating round${rounds === 1 ? '' : 's'}`,
);
console.log(
  `ours (mpk-common addBusinessMinutes): ${Math.round(ourMs)} ms   ` +
    `baseline (${baselineName}): ${Math.round(baselineMs)} ms   ` +
    `ratio ${(ourMs / baselineMs).toFixed(2)}`,
);
