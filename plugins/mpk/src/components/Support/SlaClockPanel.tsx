import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Ticket, TicketSla } from '@mpk-portal/plugin-mpk-common';
import { ReactNode } from 'react';
import { describeDue, liveSlaState } from '../sla/liveSla';
import { SlaStateChip } from '../sla/SlaStateChip';
import { formatInstant } from '../sla/ticketWording';
import { Principal } from './Principal';
import { responseKindLabels } from './supportWording';

/** The target of an SLA as people say it: "15 min, around the clock", "1 h of business hours". */
export function describeTarget(sla: Pick<TicketSla, 'target' | 'clock'>) {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(sla.target);
  const hours = Number(match?.[1] ?? 0);
  const minutes = Number(match?.[2] ?? 0);
  const span = [hours ? `${hours} h` : '', minutes ? `${minutes} min` : '']
    .filter(Boolean)
    .join(' ');
  return sla.clock === '24x7'
    ? `${span || sla.target}, around the clock`
    : `${span || sla.target} of business hours`;
}

function Line(props: { label: string; children: ReactNode }) {
  return (
    <Box mb={1}>
      <Typography variant="caption" color="textSecondary" component="div">
        {props.label}
      </Typography>
      <Typography variant="body2" component="div">
        {props.children}
      </Typography>
    </Box>
  );
}

/**
 * The initial-response clock of a ticket: its live state, target, due time and countdown, whether
 * it is at risk, the server's explanation, and the response that stopped it, if any.
 */
export function SlaClockPanel(props: { ticket: Ticket; now: number }) {
  const { ticket, now } = props;
  const { sla, response } = ticket;
  const state = liveSlaState(sla, now);
  return (
    <InfoCard title="Initial response">
      <Box display="flex" alignItems="center" style={{ gap: 8 }} mb={1}>
        <SlaStateChip state={state} explanation={sla.explanation} />
        {sla.applicable && (
          <Typography variant="body2">{describeDue(ticket, now)}</Typography>
        )}
      </Box>
      {sla.applicable ? (
        <>
          <Line label="Target">{describeTarget(sla)}</Line>
          <Line label="Due (your time)">{formatInstant(sla.dueAt)}</Line>
          {state === 'at-risk' && (
            <Line label="At risk">
              since {formatInstant(sla.atRiskFrom)}, and not answered yet
            </Line>
          )}
          {state === 'on-the-clock' && (
            <Line label="At risk from">{formatInstant(sla.atRiskFrom)}</Line>
          )}
        </>
      ) : (
        <Line label="Target">none: this ticket carries no SLA</Line>
      )}
      <Line label="Why">{sla.explanation}</Line>
      <Line label="Response">
        {response ? (
          <>
            {formatInstant(response.at)} by{' '}
            <Principal principalRef={response.by} />, with{' '}
            {responseKindLabels[response.kind]}
          </>
        ) : (
          'No response yet'
        )}
      </Line>
    </InfoCard>
  );
}
