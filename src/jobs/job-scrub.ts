import type { JobType, Queue } from 'bullmq';
import type { JobScrubber } from '../domain/privacy/gdpr.service';
import { openPayload } from './sealed-payload';

// Jobs that have not run yet; finished ones are kept only briefly by BullMQ and are removed too when they match.
const STATES: JobType[] = ['wait', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed'];
const PAGE = 500;

/**
 * Removes BullMQ jobs whose data mentions a person: a `contactId` among theirs, or any of their details (email, phone,
 * chat account) anywhere in the payload. Used by the GDPR erase, over the domain jobs and the inbound messages (kept
 * an hour after they are stored, for redelivery checks).
 */
export function createJobScrubber(queues: Queue[]): JobScrubber {
  return {
    async removeMatching({ contactIds, needles }) {
      const ids = new Set(contactIds);
      const lowered = needles.map((n) => n.toLowerCase()).filter(Boolean);
      const mentions = (data: unknown): boolean => {
        const json = JSON.stringify(data ?? {}).toLowerCase();
        if (lowered.some((n) => json.includes(n))) return true;
        let found = false;
        JSON.parse(JSON.stringify(data ?? {}), (key, value) => {
          if (key === 'contactId' && ids.has(value)) found = true;
          return value;
        });
        return found;
      };
      // collect first, remove after: removing while paging would shift the pages and skip jobs
      const matching = [];
      for (const queue of queues) {
        for (let start = 0; ; start += PAGE) {
          const jobs = await queue.getJobs(STATES, start, start + PAGE - 1);
          if (!jobs.length) break;
          // sealed payloads are opened to be checked (a payload that no longer opens is removed: nobody can use it)
          matching.push(...jobs.filter((job) => {
            if (!job) return false;
            try {
              return mentions(openPayload(queue.name, job.id, job.data));
            } catch {
              return true;
            }
          }));
        }
      }
      let removed = 0;
      for (const job of matching) {
        // a job that ran (or was removed) meanwhile is gone already: nothing left to scrub
        if (await job.remove().then(() => true, () => false)) removed++;
      }
      return removed;
    },
  };
}
