import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * A function run in a worker thread of its own: the module that defines the task calls
 * `workerTask(name, run)` at its top level, and `runInWorker(moduleUrl, name, input)` starts
 * that module in a new thread, which runs `run(input)` and hands back its result.
 *
 * Used where work waits on no one else's: each language's search index gets a thread (and so
 * a Pagefind process) of its own. Inputs and results cross threads by structured clone: plain data only.
 */
interface TaskMessage {
  task: string;
  input: unknown;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export function workerTask<I, T>(name: string, run: (input: I) => T | Promise<T>): void {
  const message = workerData as Partial<TaskMessage> | undefined;
  if (isMainThread || message?.task !== name) return;
  void (async () => {
    let outcome: Outcome<T>;
    try {
      outcome = { ok: true, value: await run(message.input as I) };
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(outcome);
  })();
}

/**
 * Runs the task `name` of `module` in a new worker thread. Rejects with the task's error, or if
 * the thread ends without an answer. The thread keeps the process alive until it ends: a
 * promise awaited alone does not, and the process would exit while waiting for it.
 */
export function runInWorker<I, T>(module: URL, name: string, input: I): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(module, { workerData: { task: name, input } satisfies TaskMessage });
    let outcome: Outcome<T> | undefined;
    worker.once('message', (message: Outcome<T>) => (outcome = message));
    worker.once('error', (error) => (outcome = { ok: false, error: error.message }));
    worker.once('exit', () => {
      if (outcome?.ok) resolve(outcome.value);
      else reject(new Error(outcome?.error ?? `${name}: the worker thread ended without an answer`));
    });
  });
}
