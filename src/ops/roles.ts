/** What one `crm start` process runs. `all` is the one-process default (`npm start`). */
export const processRoles = ['gateway', 'worker', 'scheduler', 'all'] as const;
export type ProcessRole = (typeof processRoles)[number];

export interface RoleParts {
  /** starts the channel adapters and hands inbound messages to the queue; sends what workers ask it to */
  channels: boolean;
  /** runs the inbound pipeline and the domain jobs */
  workers: boolean;
  /** registers the repeating jobs (upsertJobScheduler: idempotent if two run) */
  schedulers: boolean;
  /** sends go through the gateway process over Redis instead of an adapter in this process */
  relaySends: boolean;
}

export function roleParts(role: ProcessRole): RoleParts {
  switch (role) {
    case 'gateway':
      return { channels: true, workers: false, schedulers: false, relaySends: false };
    case 'worker':
      return { channels: false, workers: true, schedulers: false, relaySends: true };
    case 'scheduler':
      return { channels: false, workers: false, schedulers: true, relaySends: true };
    case 'all':
      return { channels: true, workers: true, schedulers: true, relaySends: false };
  }
}
