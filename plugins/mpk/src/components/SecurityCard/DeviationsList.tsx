import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { CappedList } from '../CappedList';
import {
  describeAge,
  describeCheck,
  describeResource,
  SecurityDeviation,
  SeverityChip,
} from '../security';

/**
 * The open deviations, oldest first: what fails, where, for how long, how severe and how to fix
 * it; with an Add exception button each when `onAddException` is given.
 */
export function DeviationsList(props: {
  deviations: SecurityDeviation[];
  onAddException?(deviation: SecurityDeviation): void;
}) {
  const { deviations, onAddException } = props;
  return (
    <CappedList items={deviations} noun="deviations">
      {shown => (
        <List dense disablePadding aria-label="Open deviations">
          {shown.map(deviation => (
            <ListItem
              key={deviation.key}
              disableGutters
              alignItems="flex-start"
            >
              <ListItemText
                primary={
                  <Box
                    component="span"
                    display="flex"
                    alignItems="center"
                    flexWrap="wrap"
                    style={{ gap: 8 }}
                  >
                    {deviation.title}
                    {deviation.severity && (
                      <SeverityChip severity={deviation.severity} />
                    )}
                  </Box>
                }
                secondaryTypographyProps={{ component: 'div' }}
                secondary={
                  <>
                    <div>
                      {describeCheck(deviation)} on{' '}
                      {describeResource(deviation.resource)},{' '}
                      {describeAge(deviation)}, seen in {deviation.source}
                    </div>
                    {deviation.exceptionExpired && (
                      <div>
                        An exception covered it until{' '}
                        {deviation.exceptionExpired}.
                      </div>
                    )}
                    {deviation.remediation && (
                      <div>How to fix: {deviation.remediation}</div>
                    )}
                  </>
                }
              />
              {onAddException && (
                <Box flexShrink={0} ml={1}>
                  <Button
                    size="small"
                    color="primary"
                    aria-label={`Add an exception for ${deviation.title}`}
                    onClick={() => onAddException(deviation)}
                  >
                    Add exception
                  </Button>
                </Box>
              )}
            </ListItem>
          ))}
        </List>
      )}
    </CappedList>
  );
}
