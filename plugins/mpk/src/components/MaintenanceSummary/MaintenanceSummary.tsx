import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import {
  ClusterMaintenance,
  describeMaintenanceOpening,
} from '@mpk-portal/plugin-mpk-common';
import { CappedList } from '../CappedList';
import {
  describeFreeze,
  describeWindow,
  describeWindowBeforeDeadline,
} from './maintenanceWording';

function Heading(props: { children: string }) {
  return (
    <Typography variant="subtitle2" component="h4">
      {props.children}
    </Typography>
  );
}

function TextList(props: { label: string; lines: string[] }) {
  return (
    <List dense disablePadding aria-label={props.label}>
      {props.lines.map(line => (
        <ListItem key={line} disableGutters>
          <ListItemText primary={line} />
        </ListItem>
      ))}
    </List>
  );
}

/**
 * When a cluster may be upgraded: its weekly windows and freezes in words with their time zone,
 * whether a window opens before the next deadline, and the next openings.
 */
export function MaintenanceSummary(props: {
  maintenance: ClusterMaintenance;
  /** the due date of the next obligation, if dated */
  deadline?: string;
  /** how many openings to show before "Show all" */
  openingsShown?: number;
}) {
  const { maintenance, deadline, openingsShown = 3 } = props;
  const { timeZone, windows, freezes, nextWindows } = maintenance;
  const beforeDeadline = describeWindowBeforeDeadline(maintenance, deadline);
  return (
    <>
      <Heading>Windows</Heading>
      {windows.length === 0 ? (
        <Typography variant="body2">No maintenance window is set.</Typography>
      ) : (
        <TextList
          label="Maintenance windows"
          lines={windows.map(window => describeWindow(window, timeZone))}
        />
      )}
      {freezes.length > 0 && (
        <>
          <Heading>Freezes</Heading>
          <CappedList items={freezes} noun="freezes">
            {shown => (
              <TextList label="Freezes" lines={shown.map(describeFreeze)} />
            )}
          </CappedList>
        </>
      )}
      {beforeDeadline && (
        <Typography variant="body2" gutterBottom>
          {beforeDeadline}
        </Typography>
      )}
      <Heading>Next openings</Heading>
      {nextWindows.length === 0 ? (
        <Typography variant="body2">
          No window opens outside a freeze in the next 90 days.
        </Typography>
      ) : (
        <CappedList items={nextWindows} limit={openingsShown} noun="openings">
          {shown => (
            <TextList
              label="Next openings"
              lines={shown.map(opening =>
                describeMaintenanceOpening(opening, timeZone),
              )}
            />
          )}
        </CappedList>
      )}
    </>
  );
}
