/**
 * Time limits for every test and hook under the light runner (jest-light-runner runs test files in
 * plain Node.js processes, without jest's vm sandbox, and does not apply `testTimeout` or the third
 * argument of `it`/`beforeAll`): a test that never settles would otherwise hang the whole run.
 *
 * jest-circus announces each test and hook as it is declared; this handler, run after circus's own,
 * wraps the function just added so it fails with a plain message after its time — the limit given
 * to `it(name, fn, ms)` or the config's `testTimeout`. Under jest's own runner circus already does
 * this, and the handler is never called (its circus lives outside the test's sandbox).
 */
import { addEventHandler } from 'jest-circus';
import type { Circus } from '@jest/types';

/** The config's `testTimeout`: one number for both runners. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const defaultLimitMs = (require('../../jest.config.cjs') as { testTimeout: number }).testTimeout;
/** Taken before any test can replace the clock's functions. */
const startTimer = setTimeout;
const stopTimer = clearTimeout;

type Body = (this: unknown) => unknown;

function limited(fn: Body, ms: number, what: string): Body {
  return function (this: unknown) {
    return new Promise((resolve, reject) => {
      const timer = startTimer(() => reject(new Error(`${what}: not finished after ${ms} ms (the time limit of this test).`)), ms);
      Promise.resolve()
        .then(() => fn.call(this))
        .then(
          (value) => {
            stopTimer(timer);
            resolve(value);
          },
          (error: unknown) => {
            stopTimer(timer);
            reject(error);
          },
        );
    });
  };
}

addEventHandler((event: Circus.Event, state: Circus.State) => {
  const block = state.currentDescribeBlock;
  if (event.name === 'add_test') {
    const test = block.children[block.children.length - 1];
    if (test?.type === 'test' && test.fn === event.fn) test.fn = limited(test.fn as Body, event.timeout ?? defaultLimitMs, `«${event.testName}»`) as Circus.TestFn;
  } else if (event.name === 'add_hook') {
    const hook = block.hooks[block.hooks.length - 1];
    if (hook && hook.fn === event.fn) hook.fn = limited(hook.fn as Body, event.timeout ?? defaultLimitMs, event.hookType) as Circus.HookFn;
  }
});
