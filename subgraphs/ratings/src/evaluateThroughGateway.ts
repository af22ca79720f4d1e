/**
 * Runs an evaluation through the gateway of a running system and waits for it: the credit centre's
 * `runEvaluation` mutation, then `evaluationRun(id)` polled until the run completes or fails.
 * `pnpm start` calls it once every subgraph and the gateway are healthy (src/afterStart.ts), and
 * `pnpm evaluate` calls it on demand.
 */

export interface EvaluateOptions {
  gatewayUrl: string;
  /** A credit-centre token. */
  token: string;
  asOf?: string;
  /** Called on each poll with the subjects evaluated so far. */
  onProgress?: (subjectsDone: number) => void;
  pollMs?: number;
  timeoutMs?: number;
}

export interface EvaluationOutcome {
  runId: string;
  status: 'COMPLETED' | 'FAILED';
  subjectsDone: number;
  unknownInputs: string[];
  error: string | null;
  seconds: number;
}

async function call<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, purpose: encodeURIComponent('公共信用综合评价') },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(`evaluation: ${body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`}`);
  return body.data;
}

export async function evaluateThroughGateway(options: EvaluateOptions): Promise<EvaluationOutcome> {
  const { token } = options;
  const started = performance.now();
  const { runEvaluation } = await call<{ runEvaluation: { run: { id: string } } }>(
    options.gatewayUrl,
    token,
    `mutation StartEvaluation($input: RunEvaluationInput!) { runEvaluation(input: $input) { run { id } resumed } }`,
    { input: options.asOf ? { asOf: options.asOf } : {} },
  );
  const deadline = Date.now() + (options.timeoutMs ?? 30 * 60_000);
  for (;;) {
    const { evaluationRun: run } = await call<{
      evaluationRun: { status: string; subjectsDone: number; unknownInputs: string[]; error: string | null };
    }>(options.gatewayUrl, token, `query EvaluationProgress($id: ID!) { evaluationRun(id: $id) { status subjectsDone unknownInputs error } }`, {
      id: runEvaluation.run.id,
    });
    options.onProgress?.(run.subjectsDone);
    if (run.status !== 'RUNNING' || Date.now() > deadline) {
      return {
        runId: runEvaluation.run.id,
        status: run.status === 'COMPLETED' ? 'COMPLETED' : 'FAILED',
        subjectsDone: run.subjectsDone,
        unknownInputs: run.unknownInputs,
        error: run.status === 'RUNNING' ? 'timed out waiting for the run' : run.error,
        seconds: (performance.now() - started) / 1000,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
}
