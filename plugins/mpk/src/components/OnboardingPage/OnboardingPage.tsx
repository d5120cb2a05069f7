import {
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  Design,
  ONBOARDING_STEPS,
  ROLE_TITLES,
} from '@mpk-portal/plugin-mpk-common';
import useAsync from 'react-use/esm/useAsync';
import { mpkApiRef } from '../../api';
import {
  customerResourceRef,
  designEntityRef,
  DesignStateChip,
  formatDay,
  onboardingStepLabels,
} from '../design';
import { errorMessage } from '../errorMessage';

const none = '—';

const teamRoles = [
  ['engagementManager', ROLE_TITLES['engagement-manager']],
  ['leadArchitect', ROLE_TITLES['lead-architect']],
  ['seniorCkaEngineer', ROLE_TITLES['senior-cka-engineer']],
] as const;

function Team(props: { design: Design }) {
  return (
    <>
      {teamRoles.map(([key, title]) => (
        <Typography key={key} variant="body2" style={{ whiteSpace: 'nowrap' }}>
          {`${title}: `}
          <EntityRefLink
            entityRef={props.design.team[key]}
            defaultKind="user"
          />
        </Typography>
      ))}
    </>
  );
}

/** When the engagement reached the step, or a dash while it has not. */
function StepCell(props: {
  design: Design;
  step: (typeof ONBOARDING_STEPS)[number];
}) {
  const at = props.design.steps.find(s => s.step === props.step)?.at;
  return (
    <TableCell style={{ whiteSpace: 'nowrap' }}>
      {at ? formatDay(at) : none}
    </TableCell>
  );
}

/** Each engagement the user may read, with its team, state and the date of each onboarding step. */
export function EngagementsTable(props: { designs: Design[] }) {
  return (
    <Table size="small" aria-label="Engagements">
      <TableHead>
        <TableRow>
          <TableCell>Customer</TableCell>
          <TableCell>Design</TableCell>
          <TableCell>Pod</TableCell>
          <TableCell>Team</TableCell>
          <TableCell>State</TableCell>
          {ONBOARDING_STEPS.map(step => (
            <TableCell key={step}>{onboardingStepLabels[step]}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {props.designs.map(design => (
          <TableRow key={design.name}>
            <TableCell>
              <EntityRefLink
                entityRef={customerResourceRef(design.customer)}
                defaultKind="group"
              />
            </TableCell>
            <TableCell>
              <EntityRefLink
                entityRef={designEntityRef(design.name)}
                defaultKind="resource"
              />
            </TableCell>
            <TableCell>
              <EntityRefLink entityRef={design.owner} defaultKind="group" />
            </TableCell>
            <TableCell>
              <Team design={design} />
            </TableCell>
            <TableCell>
              <DesignStateChip state={design.state} />
            </TableCell>
            {ONBOARDING_STEPS.map(step => (
              <StepCell key={step} design={design} step={step} />
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The onboarding of each customer the user may see, for the Engagement Manager: the engagement's
 * design (linking to its catalog page), support pod, team and state, and when it reached each
 * step, from the pod's assignment to the first conformance run that passed. A customer's people
 * see their own customer's only (the backend leaves the others out).
 */
export function OnboardingPage() {
  const mpkApi = useApi(mpkApiRef);
  const designs = useAsync(() => mpkApi.listDesigns(), [mpkApi]);

  let content;
  if (designs.error) {
    content = (
      <ResponseErrorPanel
        error={designs.error}
        title={errorMessage(designs.error)}
      />
    );
  } else if (!designs.value) {
    content = <Progress />;
  } else if (designs.value.items.length === 0) {
    content = (
      <EmptyState
        missing="data"
        title="No engagements yet"
        description="An engagement starts when the Lead Architect publishes the first version of a customer's design."
      />
    );
  } else {
    content = (
      <Paper style={{ overflowX: 'auto' }}>
        <EngagementsTable designs={designs.value.items} />
      </Paper>
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title="Onboarding"
        subtitle="Each customer's engagement, from the support pod's assignment to the first conformance run that passed"
      />
      <Content>{content}</Content>
    </Page>
  );
}
