import type { Job, Queue, Worker } from 'bullmq';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { InboundHandler, OutboundPort } from '../domain/channel-contract';

const LEAD_JOB = 'assign-lead';
const SLA_JOB = 'sla-check';

/**
 * The Prometheus metrics of one process (prom-client, served on /metrics). Each counter is counted where the work
 * happens: messages in by the gateway, job outcomes by the worker that ran them, sends by the process holding the
 * channel; queue depth and age are read from Redis when scraped, so every process shows the same shared queues.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'quayside_process_' });
  const queues: Queue[] = [];

  const messagesIn = new Counter({ name: 'quayside_messages_in_total', help: 'inbound messages handed over, by channel', labelNames: ['channel'], registers: [registry] });
  const jobFailures = new Counter({ name: 'quayside_job_failures_total', help: 'jobs that failed for good (no attempts left)', labelNames: ['queue', 'job'], registers: [registry] });
  const jobRetries = new Counter({ name: 'quayside_job_retries_total', help: 'failed job attempts that will be retried', labelNames: ['queue', 'job'], registers: [registry] });
  const sendSeconds = new Histogram({
    name: 'quayside_outbound_send_seconds',
    help: 'time to send one outbound message (outbox deliveries and replies) on its channel, rate-limit waits included',
    labelNames: ['channel'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const sendFailures = new Counter({ name: 'quayside_outbound_send_failures_total', help: 'outbound sends that failed, by channel', labelNames: ['channel'], registers: [registry] });
  const leadAssignment = new Histogram({
    name: 'quayside_lead_assignment_seconds',
    help: 'from a lead being queued to its assignment job finishing',
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60],
    registers: [registry],
  });
  const slaBreaches = new Counter({ name: 'quayside_sla_breaches_total', help: 'unanswered leads past their SLA, by what was done', labelNames: ['action'], registers: [registry] });

  new Gauge({
    name: 'quayside_queue_jobs',
    help: 'jobs in each queue by state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const queue of queues) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
        for (const [state, n] of Object.entries(counts)) this.set({ queue: queue.name, state }, n);
      }
    },
  });
  new Gauge({
    name: 'quayside_queue_oldest_waiting_seconds',
    help: 'age of the oldest job waiting to start, per queue (0 when none waits)',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const queue of queues) {
        const [oldest] = await queue.getJobs(['waiting', 'prioritized'], 0, 0, true);
        this.set({ queue: queue.name }, oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0);
      }
    },
  });

  return {
    registry,
    messagesIn,
    /** queues whose depth and age /metrics reports */
    watchQueue(queue: Queue) {
      if (!queues.some((q) => q.name === queue.name)) queues.push(queue);
    },
    /** counts the outcomes of the jobs this process's worker runs */
    watchWorker(worker: Worker) {
      worker.on('failed', (job: Job | undefined) => {
        if (!job) return;
        const labels = { queue: worker.name, job: job.name };
        if (job.attemptsMade < (job.opts.attempts ?? 1)) jobRetries.inc(labels);
        else jobFailures.inc(labels);
      });
      worker.on('completed', (job: Job, result: unknown) => {
        if (job.name === LEAD_JOB && job.finishedOn) leadAssignment.observe((job.finishedOn - job.timestamp) / 1000);
        if (job.name === SLA_JOB && result && typeof result === 'object') {
          const r = result as { reminded?: number; escalated?: number };
          if (r.reminded) slaBreaches.inc({ action: 'reminded' }, r.reminded);
          if (r.escalated) slaBreaches.inc({ action: 'escalated' }, r.escalated);
        }
      });
    },
    countingInbound(handler: InboundHandler): InboundHandler {
      return async (message) => {
        await handler(message);
        messagesIn.inc({ channel: message.channel });
      };
    },
    timingSends(port: OutboundPort): OutboundPort {
      return {
        capabilities: (channel) => port.capabilities(channel),
        async send(message) {
          const end = sendSeconds.startTimer({ channel: message.channel });
          try {
            return await port.send(message);
          } catch (error) {
            sendFailures.inc({ channel: message.channel });
            throw error;
          } finally {
            end();
          }
        },
      };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
