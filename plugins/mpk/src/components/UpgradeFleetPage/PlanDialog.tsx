import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  FleetUpgradeItem,
  UPGRADE_PLAN_STATES,
  UpgradePlan,
  UpgradePlanState,
} from '@mpk-portal/plugin-mpk-common';
import { FormEvent, useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { mpkApiRef } from '../../api';
import { errorMessage } from '../errorMessage';
import { planStateLabels } from '../upgradeWording';
import { PlanMaintenance } from './PlanMaintenance';
import { usePlanPermission } from './planPermission';

/**
 * Records the upgrade plan of a cluster, starting from the current one, or for a new plan from the
 * next maintenance window's day. The cluster's windows, freezes and next openings are shown, and
 * whether another cluster of the customer must go first. The server validates the plan (e.g. a day
 * outside the windows); what it rejects is shown in the dialog so it can be corrected. A user the
 * permission policy does not let record it is told why, and cannot save.
 */
export function PlanDialog(props: {
  item: FleetUpgradeItem;
  onClose(): void;
  onSaved(plan: UpgradePlan): void;
}) {
  const { item, onClose, onSaved } = props;
  const { cluster, next, plan } = item;
  const mpkApi = useApi(mpkApiRef);
  const { allowed, refusal } = usePlanPermission(item);
  const [plannedDate, setPlannedDate] = useState(plan?.plannedDate ?? '');
  const [state, setState] = useState<UpgradePlanState>(
    plan?.state ?? 'planned',
  );
  const [note, setNote] = useState(plan?.note ?? '');
  const upgrade = useAsync(
    () => mpkApi.getClusterUpgrade(parseEntityRef(cluster.entityRef)),
    [mpkApi, cluster.entityRef],
  );

  // A new plan starts on the day the next window opens, unless a date was entered meanwhile.
  const suggestedDate = plan
    ? undefined
    : upgrade.value?.maintenance?.nextWindows[0]?.date;
  useEffect(() => {
    if (suggestedDate) setPlannedDate(date => date || suggestedDate);
  }, [suggestedDate]);

  const [{ loading: saving, error }, save] = useAsyncFn(async () => {
    const saved = await mpkApi.saveUpgradePlan(
      parseEntityRef(cluster.entityRef),
      { plannedDate, state, note },
    );
    onSaved(saved);
  }, [mpkApi, cluster.entityRef, plannedDate, state, note, onSaved]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="upgrade-plan-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="upgrade-plan-title">
          Upgrade plan of {cluster.title}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            {next?.dueDate
              ? `Next deadline: ${next.what}, due ${next.dueDate}.`
              : 'No upgrade obligation of this cluster has a due date.'}
          </DialogContentText>
          <PlanMaintenance
            upgrade={upgrade.value}
            loading={upgrade.loading}
            error={upgrade.error}
          />
          {refusal && (
            <Typography variant="body2" color="textSecondary">
              {refusal}.
            </Typography>
          )}
          <TextField
            id="upgrade-plan-date"
            label="Planned date"
            type="date"
            required
            fullWidth
            margin="normal"
            InputLabelProps={{ shrink: true }}
            value={plannedDate}
            onChange={event => setPlannedDate(event.target.value)}
            helperText={
              suggestedDate && plannedDate === suggestedDate
                ? 'The day the next maintenance window opens'
                : undefined
            }
          />
          <TextField
            id="upgrade-plan-state"
            select
            label="State"
            fullWidth
            margin="normal"
            SelectProps={{ native: true }}
            value={state}
            onChange={event => setState(event.target.value as UpgradePlanState)}
          >
            {UPGRADE_PLAN_STATES.map(option => (
              <option key={option} value={option}>
                {planStateLabels[option]}
              </option>
            ))}
          </TextField>
          <TextField
            id="upgrade-plan-note"
            label="Note"
            fullWidth
            multiline
            minRows={3}
            margin="normal"
            value={note}
            onChange={event => setNote(event.target.value)}
          />
          {error && (
            <Typography color="error" role="alert">
              {errorMessage(error)}
            </Typography>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={!allowed || saving || !plannedDate}
          >
            Save
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
