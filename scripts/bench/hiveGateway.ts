/**
 * Hive Gateway (`@graphql-hive/gateway`'s runtime) for the benchmark, on `schema/supergraph.graphql`
 * unchanged, with a plugin that signs the fixed benchmark caller on every subgraph request (over the
 * operation it actually sends) and points each subgraph at its benchmark port.
 * Env: PORT, SUPERGRAPH_PATH, <NAME>_URL.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { signedCallerHeaders, stopWithParent, subgraphSecret } from '@credit/http';
import { BENCH_CALLER } from './callers';

const supergraph = readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8');
/** The supergraph's URL of each subgraph → its name (join__graph). */
const names = new Map<string, string>();
for (const match of supergraph.matchAll(/(\w+) @join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) names.set(match[3]!, match[2]!);

const signing: GatewayPlugin = {
  onFetch({ url, setURL, options, setOptions }) {
    const name = names.get(url);
    if (!name) return;
    setURL(process.env[`${name.toUpperCase()}_URL`] ?? url);
    // Signed over what is actually sent: query, variables and operation name of the body.
    const body = JSON.parse(String(options.body ?? '{}')) as { query?: string; variables?: Record<string, unknown>; operationName?: string };
    const headers = signedCallerHeaders(subgraphSecret(name), BENCH_CALLER, { query: body.query ?? '', variables: body.variables, operationName: body.operationName });
    setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), ...headers } });
  },
};

const gateway = createGatewayRuntime({ supergraph, plugins: () => [signing], logging: 'error' });
const server = createServer(gateway);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`hive gateway ready on ${process.env.PORT}`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
// The benchmark stopped, even killed: stop too, rather than idle on beside its next run.
stopWithParent();
