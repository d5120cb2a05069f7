import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { ReadinessItem } from '@mpk-portal/plugin-mpk-common';
import { CappedList } from '../CappedList';
import { readinessSourceLabels } from '../upgradeWording';

/** Blockers or warnings of a readiness: where each comes from, what it is and how to fix it. */
export function ReadinessItemsList(props: {
  /** names the list, e.g. `Blockers` */
  label: string;
  items: ReadinessItem[];
}) {
  const { label, items } = props;
  return (
    <CappedList items={items} noun={label.toLocaleLowerCase('en-US')}>
      {shown => (
        <List dense disablePadding aria-label={label}>
          {shown.map((item, index) => (
            <ListItem key={index} disableGutters alignItems="flex-start">
              <ListItemText
                primary={
                  <>
                    <Typography
                      variant="overline"
                      component="span"
                      color="textSecondary"
                    >
                      {readinessSourceLabels[item.source]}
                    </Typography>{' '}
                    {item.message}
                  </>
                }
                secondaryTypographyProps={{ component: 'div' }}
                secondary={
                  <>
                    <div>How to fix: {item.remedy}</div>
                    {item.evidence && <div>Evidence: {item.evidence}</div>}
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
