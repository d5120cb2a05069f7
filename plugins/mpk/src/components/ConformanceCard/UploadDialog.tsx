import { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import LinearProgress from '@material-ui/core/LinearProgress';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { ConformanceRun } from '@mpk-portal/plugin-mpk-common';
import { useState } from 'react';
import { mpkApiRef } from '../../api';
import { errorMessage } from '../errorMessage';

function FilePicker(props: {
  id: string;
  label: string;
  accept: string;
  file?: File;
  onChange(file?: File): void;
}) {
  return (
    <Box mb={2}>
      <Typography variant="subtitle2" component="label" htmlFor={props.id}>
        {props.label}
      </Typography>
      <input
        id={props.id}
        type="file"
        accept={props.accept}
        style={{ display: 'block', marginTop: 4 }}
        onChange={event => props.onChange(event.target.files?.[0])}
      />
    </Box>
  );
}

/**
 * Uploads a conformance result for a cluster, showing how much has been sent; the server's
 * reason is shown when it refuses the upload.
 */
export function UploadDialog(props: {
  cluster: CompoundEntityRef;
  onClose(): void;
  onUploaded(run: ConformanceRun): void;
}) {
  const { cluster, onClose, onUploaded } = props;
  const mpkApi = useApi(mpkApiRef);
  const [results, setResults] = useState<File>();
  const [log, setLog] = useState<File>();
  const [kubernetesVersion, setKubernetesVersion] = useState('');
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();

  const upload = async () => {
    if (!results) return;
    setError(undefined);
    setProgress(0);
    try {
      onUploaded(
        await mpkApi.uploadConformance(
          cluster,
          {
            results,
            log,
            kubernetesVersion: kubernetesVersion.trim() || undefined,
          },
          setProgress,
        ),
      );
    } catch (e) {
      setError(errorMessage(e as Error));
      setProgress(undefined);
    }
  };

  const sending = progress !== undefined;
  return (
    <Dialog
      open
      onClose={sending ? undefined : onClose}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle>Upload conformance results</DialogTitle>
      <DialogContent>
        <FilePicker
          id="mpk-conformance-results"
          label="Results: a Sonobuoy retrieve tarball (.tar.gz) or a junit XML (junit_01.xml)"
          accept=".gz,.tgz,.xml,application/gzip,application/xml,text/xml"
          file={results}
          onChange={setResults}
        />
        <FilePicker
          id="mpk-conformance-log"
          label="e2e.log (optional: the counts are checked against its summary)"
          accept=".log,.txt,text/plain"
          file={log}
          onChange={setLog}
        />
        <TextField
          id="mpk-conformance-version"
          label="Kubernetes version (needed for a junit XML)"
          placeholder="v1.35.2"
          value={kubernetesVersion}
          onChange={event => setKubernetesVersion(event.target.value)}
          fullWidth
          margin="dense"
        />
        {sending && (
          <Box mt={2}>
            <LinearProgress
              variant="determinate"
              value={Math.round(progress * 100)}
              aria-label="Upload progress"
            />
            <Typography variant="caption">
              {progress < 1
                ? `${Math.round(progress * 100)}% sent`
                : 'Sent; the server is checking the results'}
            </Typography>
          </Box>
        )}
        {error && (
          <Box mt={2}>
            <Typography color="error" role="alert">
              {error}
            </Typography>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={sending}>
          Cancel
        </Button>
        <Button
          color="primary"
          variant="contained"
          disabled={!results || sending}
          onClick={upload}
        >
          Upload
        </Button>
      </DialogActions>
    </Dialog>
  );
}
