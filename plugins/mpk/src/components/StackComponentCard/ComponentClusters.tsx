import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { StackComponentEntity } from '@mpk-portal/plugin-mpk-common';
import { titleOf } from '../../stack/stackComponents';
import { useComponentDeployments } from './useComponentDeployments';

/** The managed clusters that run a stack component, with the version each runs. */
export function ComponentClusters(props: { component: StackComponentEntity }) {
  const { component } = props;
  const {
    value: deployments,
    loading,
    error,
  } = useComponentDeployments(component);

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!deployments || deployments.length === 0) {
    return (
      <Typography variant="body2">
        No managed cluster runs {titleOf(component)}.
      </Typography>
    );
  }
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>Cluster</TableCell>
          <TableCell>Customer</TableCell>
          <TableCell>Environment</TableCell>
          <TableCell>Version</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {deployments.map(({ cluster, customer, environment, version }) => (
          <TableRow key={cluster.metadata.name}>
            <TableCell>
              <EntityRefLink entityRef={cluster} />
            </TableCell>
            <TableCell>
              {customer ? (
                <EntityRefLink
                  entityRef={{
                    kind: 'group',
                    namespace: 'default',
                    name: customer,
                  }}
                />
              ) : (
                'unknown'
              )}
            </TableCell>
            <TableCell>{environment ?? 'unknown'}</TableCell>
            <TableCell>{version ?? 'unknown'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
