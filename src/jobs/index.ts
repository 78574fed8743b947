import { dormantSweepJob } from './dormant-sweep.job';
import { assignLeadJob } from './assign-lead.job';
import { poolReleaseJob } from './pool-release.job';
import { poolWarningJob } from './pool-warning.job';
import { slaCheckJob } from './sla-check.job';
import { weightsRefreshJob } from './weights-refresh.job';
import type { JobDefinition } from './job';
import { bulkReadWatchJob } from './bulk-read-watch.job';
import { weeklyReportDigestJob } from './weekly-report-digest.job';
import { sopSweepJob } from './sop-sweep.job';
import { morningDigestJob } from './morning-digest.job';
import { taskNudgeJob } from './task-nudge.job';
import { wakeupScheduleJob } from './wakeup-schedule.job';
import { outboxSendJob } from './outbox-send.job';
import { outboxSweepJob } from './outbox-sweep.job';
import { approvalReminderJob } from './approval-reminder.job';
import { buyerMessageJob } from './buyer-message.job';
import { reactionSweepJob } from './reaction-sweep.job';

/** Every scheduled or queued job. A new job is one file plus one line here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- jobs differ in their payload type; each is checked where it is defined
export const jobs: JobDefinition<any>[] = [dormantSweepJob, assignLeadJob, poolReleaseJob, poolWarningJob, slaCheckJob, weightsRefreshJob, approvalReminderJob,
  sopSweepJob, morningDigestJob, taskNudgeJob, wakeupScheduleJob, outboxSendJob, outboxSweepJob,
  bulkReadWatchJob, weeklyReportDigestJob, buyerMessageJob, reactionSweepJob];
