import Button from '@material-ui/core/Button';
import GetAppIcon from '@material-ui/icons/GetApp';
import { FleetUpgradeItem } from '@mpk-portal/plugin-mpk-common';
import { downloadFile } from './downloadFile';
import { fleetCsv } from './fleetColumns';

/** Downloads the rows of the fleet table as a CSV file. */
export function CsvExportButton(props: {
  items: FleetUpgradeItem[];
  today: string;
}) {
  const { items, today } = props;
  return (
    <Button
      startIcon={<GetAppIcon />}
      disabled={items.length === 0}
      onClick={() =>
        downloadFile(
          `upgrade-fleet-${today}.csv`,
          // The byte order mark makes Excel read the file as UTF-8 rather than the local code page.
          `\uFEFF${fleetCsv(items)}`,
          'text/csv;charset=utf-8',
        )
      }
    >
      Export CSV
    </Button>
  );
}
