import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import {
  CatalogAutocomplete,
  useEntityList,
} from '@backstage/plugin-catalog-react';
import {
  isSupportTier,
  SUPPORT_TIER_DEFINITIONS,
  SUPPORT_TIERS,
  SupportTier,
} from '@mpk-portal/plugin-mpk-common';
import { useEffect, useMemo, useState } from 'react';
import { SupportTierFilter, SupportTierFilters } from './SupportTierFilter';

/**
 * Props of {@link SupportTierPicker}.
 * @public
 */
export interface SupportTierPickerProps {
  /** Tiers selected when the URL does not name any. */
  initialSelectedTiers?: SupportTier[];
}

function inTierOrder(tiers: readonly SupportTier[]): SupportTier[] {
  // A fixed order keeps the URL and the backend query the same whatever the click order.
  return SUPPORT_TIERS.filter(tier => tiers.includes(tier));
}

/**
 * Catalog list filter on the support tier of stack components. The selection is kept in the URL
 * (`?filters[supportTier]=certified`), so a filtered list can be shared as a link.
 *
 * @remarks
 * In the legacy frontend system, add it to the filters of the catalog index page:
 *
 * ```tsx
 * <CatalogIndexPage
 *   filters={
 *     <>
 *       <DefaultFilters />
 *       <SupportTierPicker />
 *     </>
 *   }
 * />
 * ```
 *
 * @public
 */
export function SupportTierPicker(props: SupportTierPickerProps) {
  const { initialSelectedTiers = [] } = props;
  const {
    filters,
    updateFilters,
    queryParameters: { supportTier: queryValue },
  } = useEntityList<SupportTierFilters>();

  const queryTiers = useMemo(
    () => inTierOrder([queryValue ?? []].flat().filter(isSupportTier)),
    [queryValue],
  );
  const [selected, setSelected] = useState<SupportTier[]>(() =>
    queryTiers.length > 0
      ? queryTiers
      : filters.supportTier?.values ?? inTierOrder(initialSelectedTiers),
  );

  // The URL wins over the local selection, e.g. when the user navigates back to a filtered list.
  useEffect(() => {
    if (queryTiers.length > 0) {
      setSelected(queryTiers);
    }
  }, [queryTiers]);

  useEffect(() => {
    updateFilters({
      supportTier:
        selected.length > 0 ? new SupportTierFilter(selected) : undefined,
    });
  }, [selected, updateFilters]);

  return (
    <CatalogAutocomplete<SupportTier, true>
      multiple
      disableCloseOnSelect
      label="Support tier"
      name="support-tier-picker"
      options={[...SUPPORT_TIERS]}
      value={selected}
      onChange={(_event, tiers) => setSelected(inTierOrder(tiers))}
      getOptionLabel={tier => SUPPORT_TIER_DEFINITIONS[tier].title}
      renderOption={(tier, { selected: checked }) => (
        <FormControlLabel
          control={<Checkbox checked={checked} />}
          label={SUPPORT_TIER_DEFINITIONS[tier].title}
          // The option itself toggles the tier; a second toggle from the label would undo it.
          onClick={event => event.preventDefault()}
        />
      )}
    />
  );
}
