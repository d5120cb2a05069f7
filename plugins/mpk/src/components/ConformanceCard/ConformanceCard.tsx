import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  ClusterConformanceResponse,
  mpkConformanceUploadPermission,
} from '@mpk-portal/plugin-mpk-common';
import { useState } from 'react';
import { CardSection } from '../CardSection';
import { ConformanceStatusChip } from '../ConformanceStatusChip';
import { errorMessage } from '../errorMessage';
import { formatInstant } from '../sla/ticketWording';
import { FailuresList } from './FailuresList';
import { HistorySparkline } from './HistorySparkline';
import { UploadDialog } from './UploadDialog';
import { useClusterConformance } from './useClusterConformance';

function Counts(props: {
  run: NonNullable<ClusterConformanceResponse['latest']>;
}) {
  const { run } = props;
  const counts = [
    ['Passed', run.passed],
    ['Failed', run.failed],
    ['Skipped', run.skipped],
    ['Flaked', run.flaked],
  ] as const;
  return (
    <Box display="flex" style={{ gap: 32 }} mt={2}>
      {counts.map(([label, value]) => (
        <div key={label}>
          <Typography variant="overline">{label}</Typography>
          <Typography variant="h5" component="p" aria-label={`${label} count`}>
            {value}
          </Typography>
        </div>
      ))}
    </Box>
  );
}

function ConformanceOverview(props: {
  conformance: ClusterConformanceResponse;
}) {
  const { assessment, latest, history, kubernetesVersion } = props.conformance;
  return (
    <>
      <Box display="flex" alignItems="center" style={{ gap: 16 }}>
        <ConformanceStatusChip assessment={assessment} size="medium" />
        <Typography variant="body2" color="textSecondary">
          Cluster on Kubernetes {kubernetesVersion}
        </Typography>
      </Box>
      <Box mt={2}>
        <Typography variant="body2">{assessment.explanation}</Typography>
      </Box>
      {latest && (
        <CardSection title="Latest run">
          <Typography variant="body2">
            Finished {formatInstant(latest.finishedAt)} on Kubernetes{' '}
            {latest.kubernetesVersion}, from a{' '}
            {latest.source === 'sonobuoy' ? 'Sonobuoy tarball' : 'junit report'}{' '}
            uploaded by {latest.uploadedBy}.
          </Typography>
          {latest.logSummary && (
            <Typography variant="caption" color="textSecondary">
              Checked against the e2e.log: {latest.logSummary}
            </Typography>
          )}
          <Counts run={latest} />
          {latest.failures.length > 0 && (
            <CardSection title={`Failed specs (${latest.failed})`}>
              <FailuresList
                failures={latest.failures}
                failedCount={latest.failed}
              />
            </CardSection>
          )}
        </CardSection>
      )}
      {history.length > 0 && (
        <CardSection
          title={`History (${history.length} run${
            history.length === 1 ? '' : 's'
          })`}
        >
          <HistorySparkline history={history} />
        </CardSection>
      )}
    </>
  );
}

/**
 * The CNCF conformance of the cluster on the current entity page: its status and why, the latest
 * run's counts and failed specs, the history of runs, and an upload for users allowed to; the
 * others are told who is.
 */
export function ConformanceCard() {
  const { value, loading, error, retry } = useClusterConformance();
  const { entity } = useEntity();
  const { allowed: canUpload, loading: deciding } = usePermission({
    permission: mpkConformanceUploadPermission,
    resourceRef: stringifyEntityRef(entity),
  });
  const [uploading, setUploading] = useState(false);

  let action;
  if (value && canUpload) {
    action = (
      <Button color="primary" onClick={() => setUploading(true)}>
        Upload results
      </Button>
    );
  } else if (value && !deciding) {
    action = (
      <Typography variant="caption" color="textSecondary">
        Only the support pod of this cluster uploads results
      </Typography>
    );
  }

  let content;
  if (error) {
    content = <ResponseErrorPanel error={error} title={errorMessage(error)} />;
  } else if (value) {
    content = <ConformanceOverview conformance={value} />;
  } else if (loading) {
    content = <Progress />;
  }

  return (
    <InfoCard title="CNCF conformance" action={action}>
      {content}
      {uploading && value && (
        <UploadDialog
          cluster={parseEntityRef(value.cluster)}
          onClose={() => setUploading(false)}
          onUploaded={() => {
            setUploading(false);
            retry();
          }}
        />
      )}
    </InfoCard>
  );
}
