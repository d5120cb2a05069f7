import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { Design, DesignVersion } from '@mpk-portal/plugin-mpk-common';
import { ReactNode } from 'react';
import { CardSection } from '../CardSection';
import { changesTitle, designNameOf, DesignStateChip } from '../design';
import { errorMessage } from '../errorMessage';
import { useCustomerTitle } from '../persona';
import { formatInstant } from '../sla/ticketWording';
import { Principal } from '../Support/Principal';
import { DecisionActions } from './DecisionActions';
import { useDesign } from './useDesign';
import { VersionHistoryTable } from './VersionHistoryTable';

/** Who did it and when, e.g. "Avery Brooks on Nov 9, 2026, 11:00 AM". */
function ByOn(props: { by: string | null; at: string | null }) {
  return (
    <>
      {props.by && (
        <>
          {' by '}
          <Principal principalRef={props.by} />
        </>
      )}
      {props.at && ` on ${formatInstant(props.at)}`}
    </>
  );
}

/** Where the version stands, in a sentence: whose decision it waits for, or who decided what. */
function StateSentence(props: {
  version: DesignVersion;
  customerTitle: string;
}): ReactNode {
  const { version: v, customerTitle } = props;
  switch (v.state) {
    case 'shared':
      return `Waiting for ${customerTitle}'s decision.`;
    case 'accepted':
      return (
        <>
          Accepted
          <ByOn by={v.decidedBy} at={v.decidedAt} />.
        </>
      );
    case 'changes-requested':
      return (
        <>
          Changes requested
          <ByOn by={v.decidedBy} at={v.decidedAt} />
          {v.comment ? `: ${v.comment}` : '.'}
        </>
      );
    case 'provisioned':
      return (
        <>
          Provisioned
          <ByOn by={v.provisionedBy} at={v.provisionedAt} />
          {(v.decidedBy || v.decidedAt) && (
            <>
              ; accepted
              <ByOn by={v.decidedBy} at={v.decidedAt} />
            </>
          )}
          .
        </>
      );
    case 'superseded':
    default:
      return 'Superseded by a later version.';
  }
}

function Changes(props: { version: DesignVersion }) {
  const { version } = props;
  if (version.changes.length > 0) {
    return (
      <List dense disablePadding aria-label="Changes">
        {version.changes.map((change, index) => (
          <ListItem key={index} disableGutters>
            <ListItemText primary={`• ${change}`} />
          </ListItem>
        ))}
      </List>
    );
  }
  return (
    <Typography variant="body2" color="textSecondary">
      {version.version === 1
        ? 'This is the first version: there is nothing before it to compare with.'
        : `Nothing in the design changed since version ${
            version.version - 1
          } (only its order or formatting).`}
    </Typography>
  );
}

function DesignDecision(props: { design: Design; onDecided(): void }) {
  const { design, onDecided } = props;
  const customerTitle = useCustomerTitle(design.customer);
  const latest = design.versions.at(-1);
  if (!latest) {
    return (
      <>
        <Typography variant="h6" component="h3">
          No version published yet
        </Typography>
        <Typography variant="body2" color="textSecondary">
          The Lead Architect shares the design with {customerTitle} here once
          its first version is published.
        </Typography>
      </>
    );
  }
  return (
    <>
      <section aria-label="Latest version">
        <Typography variant="h6" component="h3">
          Version {latest.version}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          Published on {formatInstant(latest.publishedAt)} by{' '}
          <Principal principalRef={latest.publishedBy} />
        </Typography>
        <Box display="flex" alignItems="center" mt={1} style={{ gap: 8 }}>
          <DesignStateChip state={latest.state} />
          <Typography variant="body2">
            <StateSentence version={latest} customerTitle={customerTitle} />
          </Typography>
        </Box>
      </section>
      <DecisionActions
        design={design}
        latest={latest}
        customerTitle={customerTitle}
        onDecided={onDecided}
      />
      <CardSection title={changesTitle(latest)}>
        <Changes version={latest} />
      </CardSection>
      <CardSection title="Version history">
        <VersionHistoryTable versions={design.versions} />
      </CardSection>
    </>
  );
}

const isNotFound = (error: Error) =>
  ResponseError.is(error) && error.statusCode === 404;

/**
 * The customer's decision on the design of the current entity page (a `cluster-design`
 * Resource): the latest version, where it stands and what changed since the previous one; Accept
 * and Request changes for the customer's admins while it is shared; and every version with its
 * decision. It reads the design again after a decision.
 */
export function DesignDecisionCard() {
  const { entity } = useEntity();
  const name = designNameOf(entity);
  const { value: design, loading, error, retry } = useDesign(name);

  let content;
  if (error && isNotFound(error)) {
    content = (
      <Typography variant="body2">
        {`Design ${name} was not found: no version of it has been published yet, or it belongs to a customer you may not see.`}
      </Typography>
    );
  } else if (error) {
    content = <ResponseErrorPanel error={error} title={errorMessage(error)} />;
  } else if (design) {
    content = <DesignDecision design={design} onDecided={retry} />;
  } else {
    content = <Progress />;
  }

  return (
    <InfoCard title="Design decision" subheader={`Design ${name}`}>
      {loading && design && (
        <LinearProgress aria-label="Reading the design again" />
      )}
      {content}
    </InfoCard>
  );
}
