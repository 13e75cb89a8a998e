import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { PARTS, TicketGenerator, type TicketChunk, type TicketPlan } from './ticket-rows';

/*
 * Where the tickets' rows come from: generated here, between writes (tests, small files), or by
 * PARTS workers on the other cores while this thread writes (the CLI). Both run the same
 * TicketGenerator parts on the same plan and hand over their chunks in the same order (part 0's
 * rows of a span of tickets, then part 1's of the same span, …), so both give the same rows. The
 * workers are read synchronously (shared counters and receiveMessageOnPort) so the seed steps
 * stay plain synchronous functions.
 */

/** One span of tickets: each part's rows for it, in part order. */
export interface ChunkSet {
  parts: TicketChunk[];
  /** Tickets generated so far. */
  done: number;
  series: TicketChunk['series'];
}

export interface ChunkSource {
  next(): ChunkSet | null;
  close(): void;
}

export type WorkerMessage = { kind: 'chunk'; chunk: TicketChunk } | { kind: 'end' } | { kind: 'error'; message: string };

/** Tickets per chunk: a few MB of rows, enough that handing one over costs nothing. */
export const CHUNK = 5000;

/**
 * Chunks a worker may tell before this thread takes them. Well above the two or three that keep
 * both sides busy, because this thread first builds the earlier steps' indexes (~20 s at 1.1M
 * tickets, deferred.ts buildPostponed) while the workers start.
 */
const AHEAD = 32;

function gather(chunks: (TicketChunk | null)[]): ChunkSet | null {
  const first = chunks[0];
  if (!first) return null;
  if (chunks.some((c) => !c || c.done !== first.done)) throw new Error('ticket parts out of step');
  return { parts: chunks as TicketChunk[], done: first.done, series: first.series };
}

export function inThread(plan: TicketPlan): ChunkSource {
  const generators = Array.from({ length: PARTS }, (_, part) => new TicketGenerator(plan, part, PARTS));
  return { next: () => gather(generators.map((g) => g.chunk(CHUNK))), close: () => {} };
}

interface Reader {
  next(): TicketChunk | null;
  close(): void;
}

/**
 * A worker started before its plan exists, so it is ready when the tickets step begins (the
 * plan follows on the port). The worker runs the generator bundled into one script by esbuild
 * (~0.5 s, once per seed): no TypeScript loader to start in each worker, and none of the helper
 * calls tsx adds around every function created at run time (closures made per ticket).
 */
interface Booted {
  worker: Worker;
  port: MessagePort;
  counters: Int32Array;
}

export interface BootedWorkers {
  parts: Booted[];
  close(): void;
}

function workerScript(): string {
  const built = buildSync({
    entryPoints: [fileURLToPath(new URL('./ticket-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  return built.outputFiles[0]!.text;
}

export function bootWorkers(): BootedWorkers {
  const script = workerScript();
  const parts = Array.from({ length: PARTS }, (_, part): Booted => {
    const { port1, port2 } = new MessageChannel();
    const signal = new SharedArrayBuffer(8);
    const worker = new Worker(script, {
      eval: true,
      workerData: { part, parts: PARTS, port: port2, signal, chunk: CHUNK, ahead: AHEAD },
      // The rows are short-lived garbage by the million: a larger young generation scavenges less.
      resourceLimits: { maxYoungGenerationSizeMb: 96 },
      transferList: [port2],
    });
    // A worker waiting for a plan that never comes (the seed failed earlier) must not keep the
    // process alive.
    worker.unref();
    return { worker, port: port1, counters: new Int32Array(signal) };
  });
  return {
    parts,
    close: () =>
      parts.forEach((b) => {
        b.port.close();
        void b.worker.terminate();
      }),
  };
}

function startWorker(plan: TicketPlan, booted: Booted, part: number): Reader {
  const { worker, port: port1, counters } = booted;
  port1.postMessage(plan);
  let received = 0;
  let finished = false;
  let waited = 0;
  const close = () => {
    port1.close();
    void worker.terminate();
  };
  return {
    next() {
      if (finished) return null;
      for (;;) {
        const got = receiveMessageOnPort(port1);
        if (got) {
          waited = 0;
          received++;
          Atomics.add(counters, 1, 1);
          Atomics.notify(counters, 1);
          const message = got.message as WorkerMessage;
          if (message.kind === 'chunk') return message.chunk;
          finished = true;
          if (message.kind === 'error') throw new Error(`ticket worker ${part}: ${message.message}`);
          return null;
        }
        // Nothing queued yet: sleep until the worker counts another message. A worker that died
        // while starting never will: give up after a minute without one.
        if (Atomics.wait(counters, 0, received, 10_000) === 'timed-out' && ++waited >= 6) {
          close();
          throw new Error(`ticket worker ${part}: no rows for 60 s (did it fail to start?)`);
        }
      }
    },
    close,
  };
}

/** Rows from workers: those booted earlier (bootWorkers), or new ones. */
export function inWorker(plan: TicketPlan, booted: BootedWorkers = bootWorkers()): ChunkSource {
  const readers = booted.parts.map((b, part) => startWorker(plan, b, part));
  return {
    next: () => gather(readers.map((r) => r.next())),
    close: () => readers.forEach((r) => r.close()),
  };
}
