/**
 * Imported first by `main.ts`: the gateway never reports to Apollo's servers, however it is started
 * (with or without `pnpm start`, with or without APOLLO_KEY in the environment). Set before any
 * Apollo module loads, so that nothing reads the environment earlier. `buildGateway` also installs
 * the disabled usage- and schema-reporting plugins, which is what guarantees it for any caller.
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
delete process.env.APOLLO_KEY;
delete process.env.APOLLO_GRAPH_REF;
delete process.env.APOLLO_GRAPH_ID;
delete process.env.APOLLO_SCHEMA_REPORTING;

export {};
