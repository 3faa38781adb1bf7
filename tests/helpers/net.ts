import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Polls `check` until it holds; on time-out the error carries `context()` (e.g. a process's output). */
export async function waitFor(check: () => boolean | Promise<boolean>, ms = 10_000, context: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met in ${ms} ms${context() ? `; output so far:\n${context()}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
