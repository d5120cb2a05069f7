import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  mpkSecurityExceptionCreatePermission,
  mpkSecurityReportUploadPermission,
} from '@mpk-portal/plugin-mpk-common';
import { useState } from 'react';
import { errorMessage } from '../errorMessage';
import { SecurityDeviation } from '../security';
import { ExceptionDialog } from './ExceptionDialog';
import { ReportsUploadDialog } from './ReportsUploadDialog';
import { SecurityOverview } from './SecurityOverview';
import { useClusterSecurity } from './useClusterSecurity';

/**
 * The security posture of the cluster on the current entity page against its customer's agreed
 * baseline, with an upload of scan reports for users allowed to (the others are told who is) and
 * an Add exception button on each deviation for those allowed to approve one.
 */
export function SecurityCard() {
  const { value, loading, error, retry } = useClusterSecurity();
  const { entity } = useEntity();
  const clusterRef = stringifyEntityRef(entity);
  const upload = usePermission({
    permission: mpkSecurityReportUploadPermission,
    resourceRef: clusterRef,
  });
  const exceptions = usePermission({
    permission: mpkSecurityExceptionCreatePermission,
    resourceRef: clusterRef,
  });
  const [uploading, setUploading] = useState(false);
  const [excepting, setExcepting] = useState<SecurityDeviation>();

  let action;
  if (value && upload.allowed) {
    action = (
      <Button color="primary" onClick={() => setUploading(true)}>
        Upload scan reports
      </Button>
    );
  } else if (value && !upload.loading) {
    action = (
      <Typography variant="caption" color="textSecondary">
        Only the support pod of this cluster uploads scan reports
      </Typography>
    );
  }

  let content;
  if (error) {
    content = <ResponseErrorPanel error={error} title={errorMessage(error)} />;
  } else if (value) {
    // Kept on screen while it loads again after an upload or a new exception.
    content = (
      <SecurityOverview
        security={value}
        onAddException={exceptions.allowed ? setExcepting : undefined}
      />
    );
  } else if (loading) {
    content = <Progress />;
  }

  return (
    <InfoCard title="Security posture" action={action}>
      {content}
      {uploading && (
        <ReportsUploadDialog
          cluster={parseEntityRef(clusterRef)}
          onClose={() => setUploading(false)}
          onUploaded={() => {
            setUploading(false);
            retry();
          }}
        />
      )}
      {excepting && value && (
        <ExceptionDialog
          cluster={parseEntityRef(clusterRef)}
          deviation={excepting}
          today={value.today}
          onClose={() => setExcepting(undefined)}
          onCreated={() => {
            setExcepting(undefined);
            retry();
          }}
        />
      )}
    </InfoCard>
  );
}
