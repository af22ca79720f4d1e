/**
 * What `pnpm start` runs for ratings once the system is up (the registry's after-start hook, after
 * sanctions' listings are in): grades the demo subjects through the gateway.
 */
import { evaluateThroughGateway } from './evaluateThroughGateway';

export interface AfterStartOptions {
  /** The gateway's GraphQL URL. */
  gatewayUrl: string;
  /** A credit-centre token (the ratings service's). */
  token: string;
  log?: (line: string) => void;
}

export async function afterStart(options: AfterStartOptions): Promise<void> {
  const outcome = await evaluateThroughGateway({ gatewayUrl: options.gatewayUrl, token: options.token });
  const unknown = outcome.unknownInputs.length ? ` (unknown inputs: ${outcome.unknownInputs.join(', ')})` : '';
  options.log?.(`ratings: evaluation run ${outcome.status.toLowerCase()}, ${outcome.subjectsDone} subjects in ${outcome.seconds.toFixed(1)} s${unknown}`);
  if (outcome.status !== 'COMPLETED') throw new Error(`the evaluation run failed: ${outcome.error ?? 'no reason given'}`);
}
