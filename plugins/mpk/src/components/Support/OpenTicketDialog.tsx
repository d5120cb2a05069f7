import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  describeResponseTarget,
  SEVERITY_MEANINGS,
  SupportedWindowAt,
  Ticket,
  TICKET_SEVERITIES,
  TicketCategory,
  TicketSeverity,
} from '@mpk-portal/plugin-mpk-common';
import { FormEvent, useState } from 'react';
import { mpkApiRef } from '../../api';
import { errorMessage } from '../errorMessage';
import { lowerFirst } from '../persona/wording';
import { newIdempotencyKey } from './idempotencyKey';
import {
  DESCRIPTION_MAX,
  draftProblems,
  serverProblems,
  TicketDraft,
  TicketField,
  TITLE_MAX,
} from './ticketForm';
import { useSupportedWindowToday } from './useSupportedWindowToday';
import { TicketableCluster } from './useTicketableClusters';

const severityLabels: Record<TicketSeverity, string> = {
  urgent: 'Urgent',
  high: 'High',
  normal: 'Normal',
  low: 'Low',
};

const categoryChoices: Array<{
  value: TicketCategory;
  label: string;
  meaning: string;
}> = [
  {
    value: 'technical',
    label: 'Technical',
    meaning: 'something on the cluster does not work as it should',
  },
  {
    value: 'non-technical',
    label: 'Non-technical',
    meaning:
      'a question or request, e.g. about access, billing or the contract; non-technical requests have no SLA',
  },
];

/**
 * The response target the ticket will get, in one sentence, or what is missing to say it. A
 * cluster outside the supported window today gets no SLA, and the form says why instead; while
 * that is not known (`window` unset, or null when the server cannot tell), the target comes with
 * its condition.
 */
function targetText(
  cluster: TicketableCluster | undefined,
  draft: TicketDraft,
  window: SupportedWindowAt | null | undefined,
): string {
  if (!cluster) return 'Choose the cluster to see the response target.';
  if (!cluster.environment) {
    return `The response target cannot be worked out: the catalog does not give the environment of ${cluster.title}.`;
  }
  if (window && !window.within) {
    return `This ticket will carry no SLA: ${lowerFirst(window.explanation)}.`;
  }
  if (!draft.severity) return 'Choose a severity to see the response target.';
  const target = describeResponseTarget({
    severity: draft.severity,
    category: draft.category,
    environment: cluster.environment,
  });
  return window
    ? `Target: ${target}.`
    : `Target, if the cluster runs a supported version: ${target}.`;
}

/** A choice of a radio group, with its meaning under its label. */
function Choice(props: { value: string; label: string; meaning: string }) {
  return (
    <FormControlLabel
      value={props.value}
      control={<Radio color="primary" size="small" />}
      label={
        <Box py={0.5}>
          <Typography variant="body2">{props.label}</Typography>
          <Typography variant="caption" color="textSecondary">
            {props.meaning}
          </Typography>
        </Box>
      }
    />
  );
}

/**
 * The form that opens a support ticket: the cluster (among those the user may open tickets for),
 * the severity with what each means in the contract, the category, a title and a description. It
 * shows the response target that will apply before sending, and the server's objections on their
 * fields. `clusters` is unset while they load; `refusal` says why the user may open none. Each
 * draft has its own Idempotency-Key: sending it again after a failure opens one ticket.
 */
export function OpenTicketDialog(props: {
  clusters?: TicketableCluster[];
  loadError?: Error;
  refusal?: string;
  /** the entity ref of the cluster to choose to begin with */
  cluster?: string;
  onClose(): void;
  onOpened(ticket: Ticket): void;
}) {
  const { clusters, loadError, refusal, onClose, onOpened } = props;
  const mpkApi = useApi(mpkApiRef);
  const [draft, setDraft] = useState<TicketDraft>({
    cluster: '',
    severity: '',
    category: 'technical',
    title: '',
    description: '',
  });
  // Another text is another draft, with a key of its own.
  const [draftKey, setDraftKey] = useState(newIdempotencyKey);
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [rejected, setRejected] = useState<{
    fields: Partial<Record<TicketField, string>>;
    other: string[];
  }>({ fields: {}, other: [] });

  // The preselected cluster, while the user has not chosen another and may open tickets for it.
  const chosenRef =
    draft.cluster ||
    (clusters?.some(c => c.entityRef === props.cluster) ? props.cluster : '') ||
    (clusters?.length === 1 ? clusters[0].entityRef : '');
  const current = { ...draft, cluster: chosenRef ?? '' };
  const chosen = clusters?.find(c => c.entityRef === current.cluster);
  const supportedWindow = useSupportedWindowToday(chosen?.entityRef);
  const local = tried ? draftProblems(current) : {};
  const problemOf = (field: TicketField) =>
    rejected.fields[field] ?? local[field];

  const change = (field: keyof TicketDraft, value: string) => {
    setDraftKey(newIdempotencyKey());
    setDraft(previous => ({
      ...previous,
      cluster: chosenRef ?? '',
      [field]: value,
    }));
    setRejected(previous => ({
      fields: { ...previous.fields, [field]: undefined },
      other: previous.other,
    }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(draftProblems(current)).length > 0 || !current.severity) {
      return;
    }
    setSending(true);
    setRejected({ fields: {}, other: [] });
    try {
      const description = current.description.trim()
        ? current.description
        : undefined;
      const ticket = await mpkApi.openTicket(
        {
          cluster: current.cluster,
          severity: current.severity,
          category: current.category,
          title: current.title.trim(),
          ...(description !== undefined && { description }),
        },
        draftKey,
      );
      onOpened(ticket);
    } catch (error) {
      const message = errorMessage(error as Error);
      setRejected(
        ResponseError.is(error as Error) &&
          (error as ResponseError).statusCode === 400
          ? serverProblems(message)
          : { fields: {}, other: [message] },
      );
    } finally {
      setSending(false);
    }
  };

  let content;
  if (loadError) {
    content = (
      <Typography color="error" role="alert">
        The clusters could not be read: {errorMessage(loadError)}
      </Typography>
    );
  } else if (!clusters) {
    content = <Progress />;
  } else if (clusters.length === 0) {
    content = (
      <Typography variant="body1">
        {refusal ?? 'You may not open tickets for any cluster.'}
      </Typography>
    );
  } else {
    const titleLength = current.title.trim().length;
    content = (
      <>
        <TextField
          id="mpk-open-ticket-cluster"
          select
          label="Cluster"
          required
          fullWidth
          margin="normal"
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          value={current.cluster}
          onChange={event => change('cluster', event.target.value)}
          error={Boolean(problemOf('cluster'))}
          helperText={
            problemOf('cluster') ?? 'The clusters you may open tickets for.'
          }
        >
          <option value="" disabled>
            Choose a cluster
          </option>
          {clusters.map(cluster => (
            <option key={cluster.entityRef} value={cluster.entityRef}>
              {cluster.environment
                ? `${cluster.title} (${cluster.environment})`
                : cluster.title}
            </option>
          ))}
        </TextField>
        <FormControl
          component="fieldset"
          margin="normal"
          required
          error={Boolean(problemOf('severity'))}
        >
          <FormLabel component="legend">Severity</FormLabel>
          <RadioGroup
            aria-label="Severity"
            value={current.severity}
            onChange={event => change('severity', event.target.value)}
          >
            {TICKET_SEVERITIES.map(severity => (
              <Choice
                key={severity}
                value={severity}
                label={severityLabels[severity]}
                meaning={SEVERITY_MEANINGS[severity]}
              />
            ))}
          </RadioGroup>
          {problemOf('severity') && (
            <FormHelperText>{problemOf('severity')}</FormHelperText>
          )}
        </FormControl>
        <FormControl
          component="fieldset"
          margin="normal"
          required
          error={Boolean(problemOf('category'))}
        >
          <FormLabel component="legend">Category</FormLabel>
          <RadioGroup
            aria-label="Category"
            value={current.category}
            onChange={event => change('category', event.target.value)}
          >
            {categoryChoices.map(choice => (
              <Choice key={choice.value} {...choice} />
            ))}
          </RadioGroup>
          {problemOf('category') && (
            <FormHelperText>{problemOf('category')}</FormHelperText>
          )}
        </FormControl>
        <Box
          role="status"
          aria-label="Response target"
          my={1}
          p={1.5}
          border={1}
          borderRadius={4}
          borderColor="divider"
        >
          <Typography variant="body2">
            {targetText(chosen, current, supportedWindow.value)}
          </Typography>
        </Box>
        <TextField
          id="mpk-open-ticket-title"
          label="Title"
          required
          fullWidth
          margin="normal"
          value={current.title}
          onChange={event => change('title', event.target.value)}
          error={Boolean(problemOf('title'))}
          helperText={problemOf('title') ?? `${titleLength}/${TITLE_MAX}`}
        />
        <TextField
          id="mpk-open-ticket-description"
          label="Description"
          fullWidth
          multiline
          minRows={4}
          margin="normal"
          value={current.description}
          onChange={event => change('description', event.target.value)}
          error={Boolean(problemOf('description'))}
          helperText={
            problemOf('description') ??
            `What happened, since when, what you tried; plain text. ${current.description.length}/${DESCRIPTION_MAX}`
          }
        />
        {rejected.other.length > 0 && (
          <Typography color="error" role="alert">
            {rejected.other.join('; ')}
          </Typography>
        )}
      </>
    );
  }

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="mpk-open-ticket-title-label"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="mpk-open-ticket-title-label">
          Open a ticket
        </DialogTitle>
        <DialogContent>{content}</DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={sending || !clusters || clusters.length === 0}
          >
            {sending ? 'Opening…' : 'Open ticket'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
