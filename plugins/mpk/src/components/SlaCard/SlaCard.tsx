import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  ClusterSlaResponse,
  SlaCompliance,
} from '@mpk-portal/plugin-mpk-common';
import { CardSection } from '../CardSection';
import { errorMessage } from '../errorMessage';
import { describeCompliance } from '../sla/ticketWording';
import { useNow } from '../sla/useNow';
import { OpenTicketsTable } from './OpenTicketsTable';
import { useClusterSla } from './useClusterSla';

function ComplianceWindow(props: { title: string; compliance: SlaCompliance }) {
  return (
    <div>
      <Typography variant="overline">{props.title}</Typography>
      <Typography variant="body1">
        {describeCompliance(props.compliance)}
      </Typography>
    </div>
  );
}

function SlaOverview(props: { sla: ClusterSlaResponse }) {
  const { openTickets, compliance } = props.sla;
  const now = useNow();
  return (
    <>
      <Box display="flex" flexWrap="wrap" style={{ gap: 32 }}>
        <ComplianceWindow
          title="Last 30 days"
          compliance={compliance.last30Days}
        />
        <ComplianceWindow
          title="Last 90 days"
          compliance={compliance.last90Days}
        />
      </Box>
      <CardSection title={`Open tickets (${openTickets.length})`}>
        <OpenTicketsTable tickets={openTickets} now={now} />
        <Typography variant="caption" color="textSecondary">
          Initial-response deadlines of the contract; hover over a state for how
          its deadline was counted.
        </Typography>
      </CardSection>
    </>
  );
}

/**
 * The ticket SLA of the cluster on the current entity page: its open tickets with live
 * countdowns and states, and how many initial responses were on time over 30 and 90 days.
 */
export function SlaCard() {
  const { value: sla, loading, error } = useClusterSla();

  let content;
  if (error) {
    content = <ResponseErrorPanel error={error} title={errorMessage(error)} />;
  } else if (sla) {
    // Kept on screen while a refresh loads, so the countdowns do not flicker away.
    content = <SlaOverview sla={sla} />;
  } else if (loading) {
    content = <Progress />;
  }

  return <InfoCard title="Ticket SLA">{content}</InfoCard>;
}
