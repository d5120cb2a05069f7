import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { ReactNode, useState } from 'react';
import { errorMessage } from '../errorMessage';
import { FormDialog } from '../FormDialog';

function UploadProgress(props: { sent?: number }) {
  const { sent } = props;
  if (sent === undefined) {
    return <LinearProgress aria-label="Upload progress" />;
  }
  const percent = Math.round(sent * 100);
  return (
    <>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label="Upload progress"
      />
      <Typography variant="caption">
        {sent < 1
          ? `${percent}% sent`
          : 'Sent; the server is checking the results'}
      </Typography>
    </>
  );
}

/**
 * Uploads what the fields (`children`, e.g. FilePickers) chose, showing that it is being sent;
 * the server's reason is shown when it refuses the upload, and the dialog stays open to choose
 * again. It closes by `onUploaded` (or Cancel).
 */
export function FileUploadDialog<T>(props: {
  title: string;
  /** the id of the title, which names the dialog */
  titleId: string;
  /** sends the upload, reporting the share sent (0 to 1) if it can; undefined until all is chosen */
  send?: (onProgress: (sent: number) => void) => Promise<T>;
  /** whether `send` reports the share sent: a bar filling up with the percentage, else a busy bar */
  reportsProgress?: boolean;
  onUploaded(result: T): void;
  onClose(): void;
  children: ReactNode;
}) {
  const { send, reportsProgress = false, onUploaded } = props;
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<number>();
  const [error, setError] = useState<string>();

  const upload = async () => {
    if (!send) return;
    setError(undefined);
    setSending(true);
    setSent(reportsProgress ? 0 : undefined);
    try {
      onUploaded(await send(setSent));
    } catch (e) {
      setError(errorMessage(e as Error));
      setSending(false);
      setSent(undefined);
    }
  };

  return (
    <FormDialog
      title={props.title}
      titleId={props.titleId}
      submitLabel="Upload"
      canSubmit={send !== undefined}
      sending={sending}
      error={error}
      onSubmit={upload}
      onCancel={props.onClose}
    >
      {props.children}
      {sending && (
        <Box mt={2}>
          <UploadProgress sent={sent} />
        </Box>
      )}
    </FormDialog>
  );
}
