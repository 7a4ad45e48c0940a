import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { threadId } from 'node:worker_threads';
import { runInWorker } from '../../src/lib/worker-task.ts';

const tasks = new URL('../support/worker-tasks.ts', import.meta.url);

describe('a task run in a worker thread', () => {
  it('runs in another thread and hands back its result', async () => {
    assert.equal(await runInWorker(tasks, 'double', 21), 42);
    const workerThread = await runInWorker<undefined, number>(tasks, 'thread-id', undefined);
    assert.notEqual(workerThread, threadId);
  });

  it('rejects with the task’s own message when it throws', async () => {
    await assert.rejects(runInWorker(tasks, 'fail', undefined), { message: 'the task failed on purpose' });
  });

  it('rejects when the thread ends without an answer, naming the task', async () => {
    await assert.rejects(runInWorker(tasks, 'exit', undefined), { message: 'exit: the worker thread ended without an answer' });
  });

  it('runs only the task it was asked for', async () => {
    await assert.rejects(runInWorker(tasks, 'no-such-task', undefined), /no-such-task: the worker thread ended without an answer/);
  });
});
