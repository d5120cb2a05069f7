import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { UpgradeReadiness } from '@mpk-portal/plugin-mpk-common';
import { ReactNode } from 'react';
import {
  describeReadiness,
  describeScan,
  describeWarnings,
} from '../upgradeWording';
import { ReadinessItemsList } from './ReadinessItemsList';

function SubHeading(props: { children: ReactNode }) {
  return (
    <Box mt={1}>
      <Typography variant="subtitle2" component="h4">
        {props.children}
      </Typography>
    </Box>
  );
}

/**
 * What stands between the cluster and its next minor version: a headline, the blockers and
 * warnings with how to fix each, and the deprecated-API scans they were judged on.
 */
export function ReadinessSection(props: {
  readiness: UpgradeReadiness;
  /** e.g. the upload button, for users allowed to upload a scan */
  action?: ReactNode;
}) {
  const { readiness, action } = props;
  const { blockers, warnings, scans } = readiness;
  const headline = describeReadiness(readiness);
  return (
    <>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 16 }}
      >
        <Typography variant="subtitle1" component="p">
          {warnings.length > 0
            ? `${headline} (${describeWarnings(warnings.length)})`
            : headline}
        </Typography>
        {action}
      </Box>
      {blockers.length > 0 && (
        <>
          <SubHeading>Blockers</SubHeading>
          <ReadinessItemsList label="Blockers" items={blockers} />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <SubHeading>Warnings</SubHeading>
          <ReadinessItemsList label="Warnings" items={warnings} />
        </>
      )}
      <SubHeading>Scans read</SubHeading>
      {scans.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No deprecated-API scan has been read for this cluster.
        </Typography>
      ) : (
        scans.map((scan, index) => (
          <Typography key={index} variant="body2" color="textSecondary">
            {describeScan(scan)}
          </Typography>
        ))
      )}
    </>
  );
}
