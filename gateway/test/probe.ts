/**
 * A small second subgraph for tests of the gateway's operations: it extends `Subject` with
 * `probeNote`, answers after a delay the test sets, can be stopped and started again on the same
 * port, fails on demand, and counts the TCP connections the gateway opens to it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { createSubgraphApp, subgraphSecret } from '@credit/http';
import { GraphQLError, parse } from 'graphql';

/** What composition sees (Federation 2). */
const PROBE_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
type Subject @key(fields: "id") {
  id: ID!
  "Answered by the probe subgraph after its current delay."
  probeNote: String
}
type Query {
  "Answered after the current delay."
  probe: String
  "Fails with an internal error whose message holds a personal ID number and a password."
  probeFailure: String
  "Fails with FORBIDDEN, a known code that must reach the client unchanged."
  probeForbidden: String
}
`;

/** What the probe serves: the same, with `_entities` written out (no @apollo/subgraph needed). */
const SERVED_SDL = `
scalar _Any
type Subject { id: ID! probeNote: String }
union _Entity = Subject
type Query {
  _entities(representations: [_Any!]!): [_Entity]!
  probe: String
  probeFailure: String
  probeForbidden: String
}
`;

export const LEAKY_ID_NUMBER = '110101199003074518';

export interface Probe {
  url: string;
  /** Milliseconds each answer waits. */
  delayMs: number;
  /** TCP connections accepted since start. */
  connections: number;
  /** Requests answered since start. */
  requests: number;
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startProbe(secret = subgraphSecret('probe')): Promise<Probe> {
  const probe: Probe = { url: '', delayMs: 0, connections: 0, requests: 0, stop: async () => {}, start: async () => {} };
  const slow = async <T>(value: T) => {
    await sleep(probe.delayMs);
    return value;
  };
  const server = new ApolloServer({
    typeDefs: SERVED_SDL,
    resolvers: {
      _Entity: { __resolveType: () => 'Subject' },
      Query: {
        _entities: (_: unknown, { representations }: { representations: { id: string }[] }) =>
          slow(representations.map(({ id }) => ({ id }))),
        probe: () => slow('ok'),
        probeFailure: () => {
          throw new Error(`connection to records-db failed for subject ${LEAKY_ID_NUMBER}: password=hunter2`);
        },
        probeForbidden: () => {
          throw new GraphQLError('Your role may not read the probe', { extensions: { code: 'FORBIDDEN' } });
        },
      },
      Subject: { probeNote: ({ id }: { id: string }) => `note on ${id}` },
    },
  });
  await server.start();
  const app = createSubgraphApp({
    server,
    secret,
    healthy: async () => true,
    context: async () => {
      probe.requests++;
      return {};
    },
  });

  let listening: Server | undefined;
  let port = 0;
  probe.start = () =>
    new Promise((resolve, reject) => {
      const http = app.listen(port, '127.0.0.1');
      http.on('connection', () => probe.connections++);
      http.once('error', reject);
      http.once('listening', () => {
        port = (http.address() as AddressInfo).port;
        probe.url = `http://127.0.0.1:${port}/graphql`;
        listening = http;
        resolve();
      });
    });
  probe.stop = () =>
    new Promise((resolve) => {
      if (!listening) return resolve();
      listening.close(() => resolve());
      listening.closeAllConnections();
      listening = undefined;
    });
  await probe.start();
  return probe;
}

/** A supergraph of the subjects subgraph and the probe, in a fresh temporary file. */
export function composeWithProbe(probeUrl: string): string {
  const subjectsSdl = readFileSync(fileURLToPath(new URL('../../schema/subjects.graphql', import.meta.url)), 'utf8');
  const result = composeServices([
    { name: 'subjects', url: 'http://127.0.0.1:4001/graphql', typeDefs: parse(subjectsSdl) },
    { name: 'probe', url: probeUrl, typeDefs: parse(PROBE_SDL) },
  ]);
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  const path = join(mkdtempSync(join(tmpdir(), 'supergraph-probe-')), 'supergraph.graphql');
  writeFileSync(path, result.supergraphSdl);
  return path;
}
