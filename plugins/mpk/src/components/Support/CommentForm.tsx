import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  mpkTicketCommentPermission,
  mpkTicketRespondPermission,
  Ticket,
} from '@mpk-portal/plugin-mpk-common';
import { FormEvent, useState } from 'react';
import { mpkApiRef } from '../../api';
import { errorMessage } from '../errorMessage';
import { usePersona } from '../persona';
import { newIdempotencyKey } from './idempotencyKey';
import { commentRefusal } from './supportWording';

/** The most characters of a comment, after trimming. */
export const COMMENT_MAX = 10000;

/**
 * The form that writes in a ticket's conversation, for users the permission policy allows to
 * (`mpk.ticket.comment` on the ticket's cluster); the others are told who can. Each draft has its
 * own Idempotency-Key: sending it again after a failure cannot post it twice. The support pod's
 * staff are told when their first comment will be the ticket's initial response: as the backend
 * judges it, the comment of provider staff allowed to respond on the cluster (a customer's
 * comment never is, whatever a policy allows).
 */
export function CommentForm(props: { ticket: Ticket; onSent(): void }) {
  const { ticket, onSent } = props;
  const mpkApi = useApi(mpkApiRef);
  const comment = usePermission({
    permission: mpkTicketCommentPermission,
    resourceRef: ticket.cluster,
  });
  const respond = usePermission({
    permission: mpkTicketRespondPermission,
    resourceRef: ticket.cluster,
  });
  const persona = usePersona();
  const firstCommentResponds =
    respond.allowed && persona.value?.kind === 'provider' && !ticket.response;
  const [draft, setDraft] = useState(() => ({
    body: '',
    key: newIdempotencyKey(),
  }));
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<Error>();

  if (comment.loading) return null;
  if (!comment.allowed) {
    return (
      <Typography variant="body2" color="textSecondary">
        {commentRefusal}.
      </Typography>
    );
  }

  const length = draft.body.trim().length;
  const tooLong = length > COMMENT_MAX;
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (length === 0 || tooLong) return;
    setSending(true);
    setError(undefined);
    try {
      await mpkApi.addTicketComment(ticket.id, draft.body, draft.key);
      setDraft({ body: '', key: newIdempotencyKey() });
      onSent();
    } catch (e) {
      // The draft keeps its key: sending it again cannot write it twice.
      setError(e as Error);
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={send} noValidate style={{ marginTop: 16 }}>
      {firstCommentResponds && (
        <Typography variant="body2" color="textSecondary" gutterBottom>
          Your first comment is this ticket's initial response: sending it stops
          the SLA clock.
        </Typography>
      )}
      <TextField
        id={`mpk-ticket-comment-${ticket.id}`}
        label="Comment"
        placeholder="Plain text; links and markup are shown as written"
        fullWidth
        multiline
        minRows={3}
        variant="outlined"
        value={draft.body}
        // Another text is another draft, with a key of its own.
        onChange={event =>
          setDraft({ body: event.target.value, key: newIdempotencyKey() })
        }
        error={tooLong}
        helperText={
          tooLong
            ? `At most ${COMMENT_MAX} characters (${length} now)`
            : `${length}/${COMMENT_MAX}`
        }
      />
      {error && (
        <Typography color="error" role="alert" variant="body2">
          Not sent: {errorMessage(error)}. Send it again; it will not be posted
          twice.
        </Typography>
      )}
      <Box display="flex" justifyContent="flex-end" mt={1}>
        <Button
          type="submit"
          color="primary"
          variant="contained"
          disabled={sending || length === 0 || tooLong}
        >
          {sending ? 'Sending…' : 'Send'}
        </Button>
      </Box>
    </form>
  );
}
