/** Where the core reports faults it recovers from (a widget that failed unexpectedly). */
export interface FaultLog {
  error(details: object, message: string): void;
}
