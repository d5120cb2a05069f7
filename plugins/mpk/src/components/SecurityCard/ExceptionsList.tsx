import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { CappedList } from '../CappedList';
import {
  describeApproval,
  describeCheck,
  describeResource,
  exceptionStateLabels,
  SecurityException,
} from '../security';

const stateOrder: Record<SecurityException['state'], number> = {
  expiring: 0,
  active: 1,
  expired: 2,
};

/** The exceptions to the baseline, expiring ones first: what, where, why, who and until when. */
export function ExceptionsList(props: { exceptions: SecurityException[] }) {
  const exceptions = [...props.exceptions].sort(
    (a, b) =>
      stateOrder[a.state] - stateOrder[b.state] ||
      a.expires.localeCompare(b.expires),
  );
  return (
    <CappedList items={exceptions} noun="exceptions">
      {shown => (
        <List dense disablePadding aria-label="Exceptions">
          {shown.map(exception => (
            <ListItem key={exception.id} disableGutters alignItems="flex-start">
              <ListItemText
                primary={
                  <Box
                    component="span"
                    display="flex"
                    alignItems="center"
                    flexWrap="wrap"
                    style={{ gap: 8 }}
                  >
                    {describeCheck(exception)} on{' '}
                    {describeResource(exception.scope)}
                    <Chip
                      size="small"
                      label={exceptionStateLabels[exception.state]}
                      color={
                        exception.state === 'active' ? 'default' : 'secondary'
                      }
                      variant={
                        exception.state === 'expired' ? 'outlined' : 'default'
                      }
                    />
                  </Box>
                }
                secondaryTypographyProps={{ component: 'div' }}
                secondary={
                  <>
                    <div>{exception.reason}</div>
                    <div>
                      {exception.state === 'expired'
                        ? `Expired after ${exception.expires}`
                        : `Applies until ${exception.expires}`}
                      ; approved by {describeApproval(exception)}
                      {exception.origin === 'baseline'
                        ? ', agreed in the baseline'
                        : ', recorded in the portal'}
                    </div>
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      )}
    </CappedList>
  );
}
