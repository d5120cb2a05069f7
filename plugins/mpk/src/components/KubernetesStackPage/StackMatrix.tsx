import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import {
  SUPPORT_TIER_DEFINITIONS,
  SUPPORT_TIERS,
} from '@mpk-portal/plugin-mpk-common';
import { StackMatrixRow } from '../../stack/stackMatrix';

const useStyles = makeStyles(theme => ({
  cell: { verticalAlign: 'top' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { padding: theme.spacing(0.25, 0) },
}));

/** The technologies of the stack, one row per category and one column per support tier. */
export function StackMatrix(props: { rows: StackMatrixRow[] }) {
  const classes = useStyles();
  return (
    <InfoCard title="Technologies by category and support tier" noPadding>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>Category</TableCell>
            {SUPPORT_TIERS.map(tier => (
              <TableCell key={tier}>
                {SUPPORT_TIER_DEFINITIONS[tier].title}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rows.map(({ category, components }) => (
            <TableRow key={category.id}>
              <TableCell component="th" scope="row" className={classes.cell}>
                {category.title}
              </TableCell>
              {SUPPORT_TIERS.map(tier => (
                <TableCell key={tier} className={classes.cell}>
                  <ul className={classes.list}>
                    {components[tier].map(component => (
                      <li
                        key={component.metadata.name}
                        className={classes.item}
                      >
                        <EntityRefLink entityRef={component} />
                      </li>
                    ))}
                  </ul>
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </InfoCard>
  );
}
