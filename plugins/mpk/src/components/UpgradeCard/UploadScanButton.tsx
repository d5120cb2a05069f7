import { parseEntityRef } from '@backstage/catalog-model';
import { usePermission } from '@backstage/plugin-permission-react';
import Button from '@material-ui/core/Button';
import { mpkDeprecatedApiReportUploadPermission } from '@mpk-portal/plugin-mpk-common';
import { useState } from 'react';
import { DeprecatedApiUploadDialog } from './DeprecatedApiUploadDialog';

/**
 * Opens the upload of a deprecated-API scan of the cluster, for users the permission policy lets
 * upload one; nothing for the others.
 */
export function UploadScanButton(props: {
  /** the cluster's entity ref */
  clusterRef: string;
  onUploaded(): void;
}) {
  const { clusterRef, onUploaded } = props;
  const { allowed } = usePermission({
    permission: mpkDeprecatedApiReportUploadPermission,
    resourceRef: clusterRef,
  });
  const [open, setOpen] = useState(false);
  if (!allowed) return null;
  return (
    <>
      <Button
        color="primary"
        variant="outlined"
        size="small"
        onClick={() => setOpen(true)}
      >
        Upload deprecated-API scan
      </Button>
      {open && (
        <DeprecatedApiUploadDialog
          cluster={parseEntityRef(clusterRef)}
          onClose={() => setOpen(false)}
          onUploaded={() => {
            setOpen(false);
            onUploaded();
          }}
        />
      )}
    </>
  );
}
