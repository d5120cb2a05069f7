import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  Design,
  DesignDecisionRequest,
  DesignVersion,
  mpkDesignDecidePermission,
} from '@mpk-portal/plugin-mpk-common';
import { useState } from 'react';
import { mpkApiRef } from '../../api';
import {
  customerResourceRef,
  decisionRefusal,
  nothingToDecide,
} from '../design';
import { errorMessage } from '../errorMessage';
import { RequestChangesDialog } from './RequestChangesDialog';

const reasonId = 'mpk-design-decision-reason';

/**
 * Accept and Request changes for the latest version of a design: enabled for the users the
 * permission policy lets decide for the design's customer, while the version is shared; the
 * others are told why not. Requesting changes asks for a comment first.
 */
export function DecisionActions(props: {
  design: Design;
  latest: DesignVersion;
  customerTitle: string;
  onDecided(): void;
}) {
  const { design, latest, customerTitle, onDecided } = props;
  const mpkApi = useApi(mpkApiRef);
  const { allowed, loading } = usePermission({
    permission: mpkDesignDecidePermission,
    resourceRef: customerResourceRef(design.customer),
  });
  const [sending, setSending] = useState(false);
  const [requesting, setRequesting] = useState(false);
  const [error, setError] = useState<string>();

  const decide = async (request: DesignDecisionRequest) => {
    setSending(true);
    setError(undefined);
    try {
      await mpkApi.decideDesign(design.name, latest.version, request);
      setRequesting(false);
      onDecided();
    } catch (e) {
      setError(errorMessage(e as Error));
      // Someone decided first, or a new version came: show the design as it is now.
      if (ResponseError.is(e) && e.statusCode === 409) onDecided();
    } finally {
      setSending(false);
    }
  };

  const stateReason = nothingToDecide(latest);
  let reason = stateReason;
  if (!reason && !loading && !allowed) reason = decisionRefusal(customerTitle);
  const enabled = !stateReason && !loading && allowed && !sending;

  return (
    <Box mt={2}>
      <Box display="flex" style={{ gap: 8 }}>
        <Button
          color="primary"
          variant="contained"
          disabled={!enabled}
          aria-describedby={reason ? reasonId : undefined}
          onClick={() => decide({ decision: 'accept' })}
        >
          Accept
        </Button>
        <Button
          color="primary"
          variant="outlined"
          disabled={!enabled}
          aria-describedby={reason ? reasonId : undefined}
          onClick={() => {
            setError(undefined);
            setRequesting(true);
          }}
        >
          Request changes
        </Button>
      </Box>
      {reason && (
        <Box mt={1}>
          <Typography id={reasonId} variant="caption" color="textSecondary">
            {reason}
          </Typography>
        </Box>
      )}
      {error && !requesting && (
        <Box mt={1}>
          <Typography color="error" role="alert">
            {error}
          </Typography>
        </Box>
      )}
      {requesting && (
        <RequestChangesDialog
          version={latest.version}
          sending={sending}
          error={error}
          onCancel={() => {
            setRequesting(false);
            setError(undefined);
          }}
          onSend={comment => decide({ decision: 'request-changes', comment })}
        />
      )}
    </Box>
  );
}
