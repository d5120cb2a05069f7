import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { CappedList } from '../CappedList';
import {
  CorrectedDeviation,
  days,
  describeCheck,
  describeDay,
  describeResource,
} from '../security';

/** The deviations corrected lately, latest first, with how long each took to correct. */
export function CorrectedList(props: { corrected: CorrectedDeviation[] }) {
  return (
    <CappedList items={props.corrected} noun="corrected deviations">
      {shown => (
        <List dense disablePadding aria-label="Corrected deviations">
          {shown.map(item => (
            <ListItem key={`${item.key}@${item.correctedAt}`} disableGutters>
              <ListItemText
                primary={item.title}
                secondary={`${describeCheck(item)} on ${describeResource(
                  item.resource,
                )}: corrected on ${describeDay(item.correctedAt)}, ${days(
                  item.daysToCorrect,
                )} after it was first seen`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </CappedList>
  );
}
