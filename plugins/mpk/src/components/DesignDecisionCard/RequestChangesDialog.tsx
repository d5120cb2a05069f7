import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';

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
    <Dialog
      open
      onClose={sending ? undefined : onCancel}
      fullWidth
      maxWidth="sm"
      aria-labelledby="mpk-request-changes-title"
    >
      <DialogTitle id="mpk-request-changes-title">
        Request changes to version {version}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" gutterBottom>
          Say what should change: the Lead Architect reads it and publishes a
          new version for you to decide on.
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
        {error && (
          <Box mt={2}>
            <Typography color="error" role="alert">
              {error}
            </Typography>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={sending}>
          Cancel
        </Button>
        <Button
          color="primary"
          variant="contained"
          disabled={missing || sending}
          onClick={() => onSend(comment.trim())}
        >
          Send request
        </Button>
      </DialogActions>
    </Dialog>
  );
}
