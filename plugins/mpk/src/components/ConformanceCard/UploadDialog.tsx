import { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import { ConformanceRun } from '@mpk-portal/plugin-mpk-common';
import { useState } from 'react';
import { mpkApiRef } from '../../api';
import { FilePicker, FileUploadDialog } from '../FileUploadDialog';

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

  return (
    <FileUploadDialog
      title="Upload conformance results"
      titleId="mpk-conformance-upload-title"
      reportsProgress
      send={
        results &&
        (onProgress =>
          mpkApi.uploadConformance(
            cluster,
            {
              results,
              log,
              kubernetesVersion: kubernetesVersion.trim() || undefined,
            },
            onProgress,
          ))
      }
      onUploaded={onUploaded}
      onClose={onClose}
    >
      <FilePicker
        id="mpk-conformance-results"
        label="Results: a Sonobuoy retrieve tarball (.tar.gz) or a junit XML (junit_01.xml)"
        accept=".gz,.tgz,.xml,application/gzip,application/xml,text/xml"
        onChange={setResults}
      />
      <FilePicker
        id="mpk-conformance-log"
        label="e2e.log (optional: the counts are checked against its summary)"
        accept=".log,.txt,text/plain"
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
    </FileUploadDialog>
  );
}
