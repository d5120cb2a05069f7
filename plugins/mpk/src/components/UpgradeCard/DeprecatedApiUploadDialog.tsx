import { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import { DeprecatedApiReport } from '@mpk-portal/plugin-mpk-common';
import { useState } from 'react';
import { mpkApiRef } from '../../api';
import { FilePicker, FileUploadDialog } from '../FileUploadDialog';

/**
 * Uploads a deprecated-API scan (kubent or pluto JSON) of a cluster; the server's reason is shown
 * when it refuses the report, and the dialog stays open to pick another file.
 */
export function DeprecatedApiUploadDialog(props: {
  cluster: CompoundEntityRef;
  onClose(): void;
  onUploaded(report: DeprecatedApiReport): void;
}) {
  const { cluster, onClose, onUploaded } = props;
  const mpkApi = useApi(mpkApiRef);
  const [report, setReport] = useState<File>();

  return (
    <FileUploadDialog
      title="Upload deprecated-API scan"
      titleId="mpk-deprecated-api-title"
      send={report && (() => mpkApi.uploadDeprecatedApiReport(cluster, report))}
      onUploaded={onUploaded}
      onClose={onClose}
    >
      <DialogContentText>
        The readiness of the cluster is judged on its latest scan.
      </DialogContentText>
      <FilePicker
        id="mpk-deprecated-api-report"
        label="Report: the output of kubent -o json or pluto detect-all-in-cluster -o json"
        accept=".json,application/json"
        onChange={setReport}
      />
    </FileUploadDialog>
  );
}
