import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';

/**
 * A dialog that sends something to the server: its fields, the server's reason when it refuses
 * (as an alert, the dialog staying open), and Cancel and a submit button. While sending, it can be
 * neither closed nor submitted again.
 */
export function FormDialog(props: {
  title: ReactNode;
  /** the id of the title, which names the dialog */
  titleId: string;
  /** the label of the submit button, e.g. `Upload` */
  submitLabel: string;
  /** whether everything the request needs has been given */
  canSubmit: boolean;
  sending: boolean;
  error?: string;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}) {
  const { sending, error, onCancel } = props;
  return (
    <Dialog
      open
      onClose={sending ? undefined : onCancel}
      fullWidth
      maxWidth="sm"
      aria-labelledby={props.titleId}
    >
      <DialogTitle id={props.titleId}>{props.title}</DialogTitle>
      <DialogContent>
        {props.children}
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
          disabled={!props.canSubmit || sending}
          onClick={props.onSubmit}
        >
          {props.submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
