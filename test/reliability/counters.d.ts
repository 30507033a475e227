/** See counters.js: the reliability suite's counters, summed over all jest workers of one run. */
export type Counter = 'bad_inputs' | 'requests_leaked' | 'faults' | 'retried_sends' | 'secret_hits';
export type Counts = Record<Counter, number>;
export declare const COUNTERS: readonly Counter[];
export declare const MUST_BE_ZERO: readonly Counter[];
export declare const ENV: string;
/** Adds `n` (default 1) to a counter of this run; does nothing outside `jest -c jest.reliability.config.js`. */
export declare function count(name: Counter, n?: number): void;
/** The totals written so far to this run's counts file (or `file`). */
export declare function readCounts(file?: string): Counts;
/** `reliability: bad_inputs=<n> requests_leaked=<n> faults=<n> retried_sends=<n> secret_hits=<n>` */
export declare function summaryLine(totals: Partial<Counts>): string;
/** This run's counts file, or undefined outside the reliability run. */
export declare function countsFile(): string | undefined;
