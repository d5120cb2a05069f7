import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { FormDialog } from '../FormDialog';

/** The longest comment the backend takes. */
const maxCommentLength = 5000;

/**
 * Asks the customer admin what should change in a version; the request cannot be sent without a
 * comment. The server's reason is shown when it refuses the request.
 */
export function RequestChangesDialog(props: {
  version: number;
  sending: boolean;
  error?: string;
  onCancel(): void;
  onSend(comment: string): void;
}) {
  const { version, sending, error, onCancel, onSend } = props;
  const [comment, setComment] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = comment.trim() === '';
  return (
    <FormDialog
      title={`Request changes to version ${version}`}
      titleId="mpk-request-changes-title"
      submitLabel="Send request"
      canSubmit={!missing}
      sending={sending}
      error={error}
      onSubmit={() => onSend(comment.trim())}
      onCancel={onCancel}
    >
      <Typography variant="body2" gutterBottom>
        Say what should change: the Lead Architect reads it and publishes a new
        version for you to decide on.
      </Typography>
      <TextField
        id="mpk-design-change-comment"
        label="What should change"
        required
        multiline
        minRows={4}
        fullWidth
        margin="dense"
        variant="outlined"
        value={comment}
        onChange={event => setComment(event.target.value)}
        onBlur={() => setTouched(true)}
        error={touched && missing}
        helperText={
          touched && missing
            ? 'A comment is required to request changes.'
            : 'Required.'
        }
        inputProps={{ maxLength: maxCommentLength }}
        disabled={sending}
      />
    </FormDialog>
  );
}
