import {
  InfoCard,
  StructuredMetadataTable,
  WarningPanel,
} from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  CLUSTER_LABELS,
  CLUSTER_PLATFORM_NAMES,
  readClusterFacts,
} from '@mpk-portal/plugin-mpk-common';
import { environmentNames } from '../clusterNames';

/**
 * The contract facts of the cluster on the current entity page, or what is missing from its
 * catalog entry.
 */
export function ClusterOverviewCard() {
  const { entity } = useEntity();
  const result = readClusterFacts(entity);

  if (!result.ok) {
    return (
      <InfoCard title="Managed cluster">
        <WarningPanel
          title="This cluster's catalog entry is incomplete"
          message={
            <>
              The portal cannot apply the contract rules until these are fixed
              in the entity's labels ({Object.values(CLUSTER_LABELS).join(', ')}
              ):
              <ul>
                {result.problems.map(problem => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </>
          }
        />
      </InfoCard>
    );
  }

  const { facts } = result;
  return (
    <InfoCard title="Managed cluster">
      <StructuredMetadataTable
        metadata={{
          customer: (
            <EntityRefLink
              entityRef={{
                kind: 'group',
                namespace: 'default',
                name: facts.customer,
              }}
            />
          ),
          environment: environmentNames[facts.environment],
          platform: CLUSTER_PLATFORM_NAMES[facts.platform].title,
          'Kubernetes version': facts.kubernetesVersion.line,
          'support pod': <EntityRefLink entityRef={facts.owner} />,
        }}
      />
    </InfoCard>
  );
}
