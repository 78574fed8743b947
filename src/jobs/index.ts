import { dormantSweepJob } from './dormant-sweep.job';
import type { JobDefinition } from './job';

/** Every scheduled or queued job. A new job is one file plus one line here. */
export const jobs: JobDefinition<any>[] = [dormantSweepJob];
