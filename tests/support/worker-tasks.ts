import { workerTask } from '../../src/lib/worker-task.ts';

/** Tasks for tests/unit/worker-task.test.ts, run in worker threads. */
workerTask('double', (input: number) => input * 2);
workerTask('thread-id', async () => (await import('node:worker_threads')).threadId);
workerTask('fail', () => {
  throw new Error('the task failed on purpose');
});
workerTask('exit', () => process.exit(0));
