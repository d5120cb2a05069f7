import { ClusterEnvironment } from '../cluster/clusterEntity';
import { businessDayMinutes, SupportCalendar } from './supportCalendar';
import { responseTarget, TicketCategory, TicketSeverity } from './slaRules';

/**
 * What each severity means in the contract, for people choosing one.
 * @public
 */
export const SEVERITY_MEANINGS: Record<TicketSeverity, string> = {
  urgent: 'production business operations halted, no workaround',
  high: 'production operations substantially reduced, no workaround',
  normal: 'partial, non-critical loss (production, QA or staging)',
  low: 'low or no impact; also non-technical requests',
};

function plural(count: number, unit: string) {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

function durationWords(minutes: number, businessHours: boolean) {
  const unit = businessHours ? 'business hour' : 'hour';
  if (minutes % 60 === 0) return plural(minutes / 60, unit);
  return businessHours
    ? `${plural(minutes, 'minute')} of business hours`
    : plural(minutes, 'minute');
}

/**
 * The target that will apply to a ticket, in one sentence, before it is sent: e.g.
 * "non-production: urgent is answered within 1 business hour (urgent is defined for production;
 * on a non-production cluster the normal target applies)".
 * @public
 */
export function describeResponseTarget(
  input: {
    severity: TicketSeverity;
    category: TicketCategory;
    environment: ClusterEnvironment;
  },
  /** the provider's calendar, to say how long its business day is; without it, "1 business day" */
  calendar?: SupportCalendar,
): string {
  const target = responseTarget(input);
  const businessHours = target.clock === 'business-hours';
  let within = '1 business day';
  if (target.minutes !== 'business-day') {
    within = durationWords(target.minutes, businessHours);
  } else if (calendar) {
    within = `1 business day (${durationWords(
      businessDayMinutes(calendar),
      true,
    )})`;
  }
  if (input.category === 'non-technical') {
    return `non-technical requests carry no SLA: they are scheduled to be answered within ${within}`;
  }
  const clock = businessHours ? '' : ', around the clock';
  const why = target.notes.length ? ` (${target.notes.join('; ')})` : '';
  return `${input.environment}: ${input.severity} is answered within ${within}${clock}${why}`;
}
