import { renderInTestApp } from '@backstage/test-utils';
import { ObligationStatus } from '@mpk-portal/plugin-mpk-common';
import { screen } from '@testing-library/react';
import { statusLabels } from '../upgradeWording';
import { UpgradeStatusChip } from './UpgradeStatusChip';

async function chipColor(status: ObligationStatus) {
  const { unmount } = await renderInTestApp(
    <UpgradeStatusChip status={status} />,
  );
  const chip = screen.getByText(statusLabels[status]).parentElement!;
  const color = getComputedStyle(chip).backgroundColor;
  unmount();
  return color;
}

describe('UpgradeStatusChip', () => {
  it('names the status', async () => {
    await renderInTestApp(<UpgradeStatusChip status="due-soon" />);

    expect(screen.getByText('Due soon')).toBeInTheDocument();
  });

  it('gives each guaranteed status its own colour and the others one grey', async () => {
    const onTrack = await chipColor('on-track');
    const dueSoon = await chipColor('due-soon');
    const overdue = await chipColor('overdue');
    const notGuaranteed = await chipColor('not-guaranteed');

    expect(new Set([onTrack, dueSoon, overdue, notGuaranteed]).size).toBe(4);
    expect(await chipColor('outside-window')).toBe(notGuaranteed);
    expect(await chipColor('unknown')).toBe(notGuaranteed);
  });

  it('shows a met obligation in the colour of a kept promise and a late one in a colour of its own', async () => {
    const met = await chipColor('met');
    const metLate = await chipColor('met-late');

    expect(met).toBe(await chipColor('on-track'));
    expect(metLate).not.toBe(await chipColor('overdue'));
    expect(metLate).not.toBe(await chipColor('due-soon'));
    expect(metLate).not.toBe(await chipColor('not-guaranteed'));
    expect(metLate).not.toBe(met);
  });

  it('names the fulfilled statuses', async () => {
    await renderInTestApp(
      <>
        <UpgradeStatusChip status="met" />
        <UpgradeStatusChip status="met-late" />
      </>,
    );

    expect(screen.getByText('Met')).toBeInTheDocument();
    expect(screen.getByText('Met late')).toBeInTheDocument();
  });
});
