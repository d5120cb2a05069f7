import { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import { ApiSchemas } from '@mpk-portal/plugin-mpk-common';
import { useState } from 'react';
import { mpkApiRef } from '../../api';
import { FilesPicker, FileUploadDialog } from '../FileUploadDialog';

/**
 * Uploads security scan reports of a cluster, several at once; the server reads them all before
 * storing any, and its reason is shown when it refuses one, the dialog staying open.
 */
export function ReportsUploadDialog(props: {
  cluster: CompoundEntityRef;
  onClose(): void;
  onUploaded(result: ApiSchemas['SecurityReportUploadResponse']): void;
}) {
  const { cluster, onClose, onUploaded } = props;
  const mpkApi = useApi(mpkApiRef);
  const [files, setFiles] = useState<File[]>([]);

  return (
    <FileUploadDialog
      title="Upload scan reports"
      titleId="mpk-security-upload-title"
      send={
        files.length > 0
          ? () => mpkApi.uploadSecurityReports(cluster, files)
          : undefined
      }
      onUploaded={onUploaded}
      onClose={onClose}
    >
      <DialogContentText>
        The posture is judged on the latest report of each scanner and kind. A
        report uploaded before is read once.
      </DialogContentText>
      <FilesPicker
        id="mpk-security-reports"
        label="Reports: kube-bench --json, Trivy Operator reports, trivy image JSON, PolicyReport or Report, Polaris audit, or .tar.gz bundles of them"
        accept=".json,.yaml,.yml,.gz,.tgz,application/json,application/yaml,application/gzip"
        files={files}
        onChange={setFiles}
      />
    </FileUploadDialog>
  );
}
