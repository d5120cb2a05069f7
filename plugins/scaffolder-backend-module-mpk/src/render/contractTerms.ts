import {
  businessDayMinutes,
  CREDIT_TERMS,
  DEFAULT_SUPPORT_CALENDAR,
  DetailedDesign,
  listInWords,
  PRODUCTION_ONLY_SEVERITIES,
  RESPONSE_TARGETS,
  SlaClock,
  TICKET_SEVERITIES,
  UPGRADE_TERMS,
  WEEKDAY_NAMES,
} from '@mpk-portal/plugin-mpk-common';
import { isQualified, releaseLineOf } from './designFacts';
import { admonition, escapeMarkdown, markdownTable } from './markdown';

/** What the terms sections need to know about the day they are written. */
export interface TermsContext {
  today: string;
  /** title of the platform's release calendar, e.g. `Amazon EKS` */
  calendarTitle: string;
  /** release lines inside the supported window today, newest first */
  supportedLines: string[];
}

const CLOCK_TITLES: Record<SlaClock, string> = {
  '24x7': '24x7, around the clock',
  'business-hours': 'Business hours',
};

const capitalize = (text: string) => text[0].toUpperCase() + text.slice(1);

function workdaysText(workdays: number[]): string {
  const sorted = [...workdays].sort((a, b) => a - b);
  const contiguous = sorted.every(
    (day, index) => index === 0 || day === sorted[index - 1] + 1,
  );
  const names = sorted.map(day => WEEKDAY_NAMES[day - 1]);
  return contiguous && names.length > 2
    ? `${names[0]} to ${names[names.length - 1]}`
    : listInWords(names);
}

function durationText(minutes: number): string {
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return `${hours} hour${hours === 1 ? '' : 's'}`;
  }
  return `${minutes} minutes`;
}

const businessDayHours = () =>
  businessDayMinutes(DEFAULT_SUPPORT_CALENDAR) / 60;

function responseTargetsTable(): string {
  return markdownTable(
    ['Severity', 'Initial response within', 'Clock'],
    TICKET_SEVERITIES.map(severity => {
      const { minutes, clock } = RESPONSE_TARGETS[severity];
      const target =
        minutes === 'business-day'
          ? `1 business day (${businessDayHours()} business hours)`
          : durationText(minutes);
      return [capitalize(severity), target, CLOCK_TITLES[clock]];
    }),
  );
}

/**
 * Whether the upgrade deadlines are guaranteed, as a call-out: a note when the design has both
 * environment classes, a warning when it lacks one.
 */
export function guaranteeNotice(design: DetailedDesign): string {
  const names = (cls: string) =>
    design.environments
      .filter(env => env.class === cls)
      .map(env => escapeMarkdown(env.name));
  const production = names('production');
  const nonProduction = names('non-production');
  if (isQualified(design)) {
    return admonition(
      'note',
      'Upgrade deadlines guaranteed',
      `**Guaranteed.** The deadlines are guaranteed to a customer with at least one production and one non-production environment; this design has both (production: ${listInWords(
        production,
      )}; non-production: ${listInWords(nonProduction)}).`,
    );
  }
  const missing =
    nonProduction.length === 0
      ? 'no non-production environment'
      : 'no production environment';
  const acknowledgement = design.acknowledgeNotQualified
    ? ` The customer acknowledges going ahead with ${missing}.`
    : '';
  return admonition(
    'warning',
    'Not qualified: upgrade deadlines not guaranteed',
    `**Not guaranteed.** The deadlines are guaranteed only to a customer with at least one production and one non-production environment, and this design has ${missing}: the upgrade deadlines are not guaranteed.${acknowledgement}`,
  );
}

/** The upgrade terms of the contract, applied to the design. */
export function upgradeTermsSection(
  design: DetailedDesign,
  context: TermsContext,
): string {
  const pathDays = UPGRADE_TERMS.upgradePathDays;
  return `## Upgrade terms

- The provider upgrades the Kubernetes control plane, the worker nodes, the monitoring platform (Prometheus) and the logging platform (Fluentd) within **${
    UPGRADE_TERMS.daysAfterEndOfLife
  } days after the end of life** of the version they run.
- After a new Kubernetes release, an upgrade path to it is available within ${
    pathDays['side-by-side']
  } days for clusters upgraded side by side (a new cluster next to the old one) and ${
    pathDays['in-place']
  } days for clusters upgraded in place. This design upgrades **${escapeMarkdown(
    design.upgradeStrategy,
  )}**: within **${pathDays[design.upgradeStrategy]} days** of a release.
- Release and end-of-life dates are those of the ${escapeMarkdown(
    context.calendarTitle,
  )} release calendar.
- The portal shows each deadline with its due date; one within ${
    UPGRADE_TERMS.dueSoonDays
  } days is flagged as due soon.

${guaranteeNotice(design)}`;
}

/** The supported window the SLAs need: a note, or a warning when the design's version is outside it. */
function supportedWindowNotice(
  design: DetailedDesign,
  context: TermsContext,
): string {
  const line = releaseLineOf(design);
  const window =
    context.supportedLines.length > 0
      ? listInWords(context.supportedLines.map(escapeMarkdown))
      : 'none';
  const inside = context.supportedLines.includes(line);
  const within = inside ? 'is inside it' : '**is outside it**';
  return admonition(
    inside ? 'note' : 'warning',
    inside ? 'Supported window' : 'Outside the supported window',
    `The SLAs apply only while a cluster runs one of the **two most recent ${escapeMarkdown(
      context.calendarTitle,
    )} releases** that have not reached end of life (on ${escapeMarkdown(
      context.today,
    )}: ${window}). This design's version, ${escapeMarkdown(
      line,
    )}, ${within} today; a cluster that falls outside it has no SLA until it is upgraded.`,
  );
}

function creditCapText(): string {
  const share = CREDIT_TERMS.capShareOfMonthlyFee;
  return share === 1
    ? "the month's recurring support fee"
    : `${share * 100}% of the month's recurring support fee`;
}

/** The support terms of the contract: response targets, business hours, credits. */
export function supportTermsSection(
  design: DetailedDesign,
  context: TermsContext,
): string {
  const calendar = DEFAULT_SUPPORT_CALENDAR;
  const productionOnly = listInWords(
    PRODUCTION_ONLY_SEVERITIES.map(capitalize),
  );
  return `## Support terms

Initial-response targets for technical tickets:

${responseTargetsTable()}

- **Business hours** are ${workdaysText(calendar.workdays)}, ${
    calendar.opens
  } to ${calendar.closes} ${
    calendar.timeZone
  } time, excluding US federal holidays (observed dates). **One business day** is ${businessDayHours()} business hours.
- ${productionOnly} are defined for production clusters: a ticket of those severities about a non-production cluster gets the normal target.
- Non-technical requests are scheduled at the low target and carry no SLA.

${supportedWindowNotice(design, context)}
### Service credits

- Each missed initial response earns a credit of **$${
    CREDIT_TERMS.perEventUsd
  }**; the credits of a month are capped at ${creditCapText()}.
- A credit must be claimed within **${
    CREDIT_TERMS.claimWindowDays
  } days** after the breach.
- **Exclusions**: no credit is due for a breach during the customer's onboarding phase, while the customer is in breach of the agreement, when a party other than the provider caused it, for non-technical requests, or for a cluster outside the supported window.
`;
}
