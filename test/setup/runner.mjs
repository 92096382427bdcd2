/**
 * jest-light-runner's child-process runner, with one fix: each worker process, when it starts, asks the
 * runner for its settings through the task's message channel. jest-light-runner gives every task the
 * same channel and answers a request by writing to every worker that has registered on it, then forgets
 * them all — so a second worker still starting up misses the answer sent before it listened, and its
 * own request later finds no one: that worker waits for ever and so does the run (seen once in ten runs
 * on two workers). Here each task gets its own channel, which answers only its own worker.
 */
import LightRunner from 'jest-light-runner/child-process';
import process from 'node:process';
import { URL } from 'node:url';
import Tinypool from 'tinypool';

const workerRunner = new URL('./worker-runner.js', import.meta.resolve('jest-light-runner'));

export default class Runner extends LightRunner {
  _runTest(test) {
    // One worker (--runInBand): the tests run in jest's own process, with no channel to get wrong.
    if (this._runtime !== 'child_process') return super._runTest(test);
    const projectConfig = test.context.config;
    if (!this._testRunners.has(projectConfig)) {
      const workerData = { globalConfig: this._globalConfig, projectConfig, runtime: 'child_process' };
      const pool = new Tinypool({
        filename: workerRunner.href,
        runtime: 'child_process',
        minThreads: this._globalConfig.maxWorkers,
        maxThreads: this._globalConfig.maxWorkers,
        env: process.env,
        trackUnmanagedFds: false,
        workerData,
      });
      const run = (t) => {
        let toWorker;
        const channel = {
          onMessage(listener) {
            toWorker = listener;
          },
          postMessage(message) {
            if (message === 'jest-light-runner-get-worker-data') toWorker?.({ type: 'jest-light-runner-worker-data', workerData });
          },
        };
        return pool.run(t.path, { channel });
      };
      this._testRunners.set(projectConfig, { pool, run });
    }
    return this._testRunners.get(projectConfig).run(test);
  }
}
