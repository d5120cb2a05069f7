import { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { ApiSchemas } from '@mpk-portal/plugin-mpk-common';
import { useState } from 'react';
import { mpkApiRef, SecurityExceptionRequest } from '../../api';
import { errorMessage } from '../errorMessage';
import { FormDialog } from '../FormDialog';
import {
  describeCheck,
  describeResource,
  SecurityDeviation,
} from '../security';
import { expiryRange } from './exceptionDates';

/** The exception a deviation asks for: its check, on its resource. */
function requestFor(
  deviation: SecurityDeviation,
  reason: string,
  expires: string,
): SecurityExceptionRequest {
  const { namespace, kind, name } = deviation.resource ?? {};
  const scope = Object.fromEntries(
    Object.entries({ namespace, kind, name }).filter(([, v]) => v),
  );
  return {
    set: deviation.set,
    check: deviation.check,
    ...(Object.keys(scope).length > 0 ? { scope } : {}),
    reason,
    expires,
  };
}

/**
 * Records an exception to the baseline for a deviation's check on its resource: the approver
 * gives the reason and the last day it applies; the server's reason is shown when it refuses.
 */
export function ExceptionDialog(props: {
  cluster: CompoundEntityRef;
  deviation: SecurityDeviation;
  /** the server's day, `YYYY-MM-DD`, which bounds the expiry */
  today: string;
  onClose(): void;
  onCreated(exception: ApiSchemas['SecurityException']): void;
}) {
  const { cluster, deviation, today, onClose, onCreated } = props;
  const mpkApi = useApi(mpkApiRef);
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const range = expiryRange(today);

  const submit = async () => {
    setError(undefined);
    setSending(true);
    try {
      onCreated(
        await mpkApi.createSecurityException(
          cluster,
          requestFor(deviation, reason.trim(), expires),
        ),
      );
    } catch (e) {
      setError(errorMessage(e as Error));
      setSending(false);
    }
  };

  return (
    <FormDialog
      title="Add an exception"
      titleId="mpk-security-exception-title"
      submitLabel="Add exception"
      canSubmit={reason.trim() !== '' && expires !== ''}
      sending={sending}
      error={error}
      onSubmit={submit}
      onCancel={onClose}
    >
      <DialogContentText>
        {deviation.title}: {describeCheck(deviation)} on{' '}
        {describeResource(deviation.resource)} stops counting as a deviation
        until the exception expires.
      </DialogContentText>
      <TextField
        id="mpk-security-exception-reason"
        label="Reason"
        required
        multiline
        minRows={2}
        value={reason}
        onChange={event => setReason(event.target.value)}
        fullWidth
        margin="dense"
      />
      <TextField
        id="mpk-security-exception-expires"
        label="Last day it applies"
        type="date"
        required
        value={expires}
        onChange={event => setExpires(event.target.value)}
        inputProps={range}
        helperText={`At most a year away: ${range.min} to ${range.max}`}
        InputLabelProps={{ shrink: true }}
        fullWidth
        margin="dense"
      />
    </FormDialog>
  );
}
